package fr.chorusdesk.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads where each character of a page sits ({@link TextPosition}s from PDFBox's text stripper)
 * and groups them as a person reads a page: characters on one baseline make a line, and a gap
 * wider than a word space cuts the line into segments. A word space is recognised both as a space
 * character and as a plain gap (typesetting programs draw words one by one without spaces); two
 * spaces in a row (padded columns of a monospaced printout) cut like a wide gap. Not thread-safe:
 * one instance per reading.
 */
final class PositionStripper extends PDFTextStripper {

    /** A gap wider than this many font sizes separates segments. */
    private static final float SEGMENT_GAP = 0.9f;
    /** A gap wider than this many font sizes is a word space when no space character was drawn. */
    private static final float WORD_GAP = 0.15f;

    private final List<TextPosition> glyphs = new ArrayList<>();

    PositionStripper() throws IOException {
        setSortByPosition(true);
    }

    /** The positioned text of page {@code number} (from 1); empty lines when it has none. */
    PositionedPage read(PDDocument document, int number, boolean last) throws IOException {
        glyphs.clear();
        setStartPage(number);
        setEndPage(number);
        getText(document);
        PDPage page = document.getPage(number - 1);
        float width = page.getCropBox().getWidth();
        float height = page.getCropBox().getHeight();
        if (page.getRotation() % 180 != 0) {
            float w = width;
            width = height;
            height = w;
        }
        return new PositionedPage(number, last, width, height, lines(glyphs));
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        String unicode = text.getUnicode();
        if (unicode == null || unicode.isEmpty() || text.getFontSizeInPt() <= 0) {
            return;
        }
        glyphs.add(text);
    }

    @Override
    protected void writePage() {
        // the glyphs are kept for read(); nothing is written as plain text
    }

    static List<TextLine> lines(List<TextPosition> glyphs) {
        List<TextPosition> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(TextPosition::getYDirAdj).thenComparingDouble(TextPosition::getXDirAdj));
        List<List<TextPosition>> rows = new ArrayList<>();
        List<TextPosition> row = new ArrayList<>();
        float rowY = Float.NaN;
        for (TextPosition g : sorted) {
            float tolerance = Math.max(1.5f, 0.3f * size(g));
            if (!row.isEmpty() && Math.abs(g.getYDirAdj() - rowY) > tolerance) {
                rows.add(row);
                row = new ArrayList<>();
            }
            if (row.isEmpty()) {
                rowY = g.getYDirAdj();
            }
            row.add(g);
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        List<TextLine> lines = new ArrayList<>();
        for (List<TextPosition> r : rows) {
            r.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
            List<TextSegment> segments = segments(r);
            if (!segments.isEmpty()) {
                lines.add(new TextLine(lines.size() + 1, r.get(0).getYDirAdj(), segments));
            }
        }
        return lines;
    }

    private static List<TextSegment> segments(List<TextPosition> row) {
        List<TextSegment> out = new ArrayList<>();
        Builder current = null;
        TextPosition previous = null;
        int spacesInRow = 0;
        for (TextPosition g : row) {
            if (previous != null && duplicate(previous, g)) {
                continue; // drawn twice to look bold
            }
            String unicode = g.getUnicode();
            boolean space = unicode.isBlank() && !isNoBreakSpace(unicode);
            if (space) {
                spacesInRow++;
                if (spacesInRow >= 2 && current != null) {
                    out.add(current.build());
                    current = null;
                }
                previous = g;
                continue;
            }
            if (current != null && previous != null) {
                float gap = g.getXDirAdj() - (previous.getXDirAdj() + previous.getWidthDirAdj());
                float size = Math.max(size(g), size(previous));
                if (gap > SEGMENT_GAP * size) {
                    out.add(current.build());
                    current = null;
                } else if (spacesInRow == 1 || gap > WORD_GAP * size) {
                    current.space(previous.getXDirAdj() + previous.getWidthDirAdj());
                }
            }
            spacesInRow = 0;
            if (current == null) {
                current = new Builder(g);
            }
            current.add(g);
            previous = g;
        }
        if (current != null) {
            out.add(current.build());
        }
        return out;
    }

    private static boolean duplicate(TextPosition a, TextPosition b) {
        return a.getUnicode().equals(b.getUnicode())
                && Math.abs(a.getXDirAdj() - b.getXDirAdj()) < 0.3f * Math.max(0.5f, a.getWidthDirAdj())
                && Math.abs(a.getYDirAdj() - b.getYDirAdj()) < 0.5f;
    }

    private static boolean isNoBreakSpace(String unicode) {
        char c = unicode.charAt(0);
        return c == '\u00a0' || c == '\u202f' || c == '\u2007';
    }

    private static float size(TextPosition g) {
        float size = g.getFontSizeInPt();
        return size > 0 ? size : Math.max(1f, g.getHeightDir());
    }

    /** Collects one segment's characters and their left edges. */
    private static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private final List<Float> starts = new ArrayList<>();
        private final float baseline;
        private final float size;
        private float x1;

        Builder(TextPosition first) {
            baseline = first.getYDirAdj();
            size = size(first);
        }

        void add(TextPosition g) {
            String unicode = g.getUnicode();
            for (int i = 0; i < unicode.length(); i++) {
                text.append(unicode.charAt(i));
                starts.add(g.getXDirAdj());
            }
            x1 = g.getXDirAdj() + g.getWidthDirAdj();
        }

        void space(float at) {
            if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
                text.append(' ');
                starts.add(at);
            }
        }

        TextSegment build() {
            float[] xs = new float[starts.size()];
            for (int i = 0; i < xs.length; i++) {
                xs[i] = starts.get(i);
            }
            return new TextSegment(text.toString(), xs.length == 0 ? x1 : xs[0], x1, baseline, size, xs);
        }
    }
}
