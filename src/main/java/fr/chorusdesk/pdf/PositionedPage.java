package fr.chorusdesk.pdf;

import java.util.List;

/**
 * The text of one page with its positions: lines top to bottom, each cut into segments where the
 * page leaves a wide gap (a table's columns, a label and its value).
 *
 * @param page   page number, from 1
 * @param last   whether it is the document's last page (where totals sit)
 */
record PositionedPage(int page, boolean last, float width, float height, List<TextLine> lines) {

    PositionedPage {
        lines = List.copyOf(lines);
    }

    boolean hasText() {
        return !lines.isEmpty();
    }

    /**
     * A page known by its text only (a line of the text stripper's output per line of the page,
     * 12 points apart, blank lines left out): each line is one segment, its words in their order, as a person reads them.
     */
    static PositionedPage ofText(int number, boolean last, String text) {
        List<TextLine> lines = new java.util.ArrayList<>();
        String[] rows = text.split("\\R", -1);
        for (int i = 0; i < rows.length; i++) {
            String row = rows[i];
            if (row.isBlank()) {
                continue;
            }
            float baseline = 40 + 12 * i;
            float[] starts = new float[row.length()];
            for (int c = 0; c < starts.length; c++) {
                starts[c] = 40 + 5 * c;
            }
            lines.add(new TextLine(lines.size() + 1, baseline,
                    List.of(new TextSegment(row, 40, 40 + 5 * row.length(), baseline, 10, starts))));
        }
        return new PositionedPage(number, last, 595, 842, lines);
    }

    /** More lines than any invoice page holds: a page past it is a generated or damaged one. */
    static final int MAX_LINES = 600;
    /** Longer than any label, value or sentence of an invoice: a longer run is cut here. */
    static final int MAX_SEGMENT = 400;

    /**
     * The page cut to what an invoice can hold: a content stream of one run of 200,000 characters
     * (a damaged or hostile PDF) must not cost the label search seconds and hundreds of megabytes.
     */
    PositionedPage bounded() {
        boolean fits = lines.size() <= MAX_LINES && lines.stream().flatMap(l -> l.segments().stream())
                .allMatch(s -> s.text().length() <= MAX_SEGMENT);
        if (fits) {
            return this;
        }
        List<TextLine> cut = lines.stream().limit(MAX_LINES).map(line -> new TextLine(line.index(), line.baseline(),
                line.segments().stream().map(PositionedPage::cut).toList())).toList();
        return new PositionedPage(page, last, width, height, cut);
    }

    private static TextSegment cut(TextSegment s) {
        if (s.text().length() <= MAX_SEGMENT) {
            return s;
        }
        float[] starts = java.util.Arrays.copyOf(s.starts(), Math.min(MAX_SEGMENT, s.starts().length));
        return new TextSegment(s.text().substring(0, MAX_SEGMENT), s.x0(), s.xAt(MAX_SEGMENT), s.baseline(), s.size(),
                starts);
    }

    /** The line with this index (from 1). */
    TextLine line(int index) {
        return lines.get(index - 1);
    }
}
