package fr.chorusdesk.pdf.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Draws on one page the way invoicing software does: strings at positions, right-aligned amounts,
 * rules and filled cells. {@link #words} draws each word on its own, without space characters, as
 * some generators do; a reader has to see the gaps.
 */
final class Pen implements AutoCloseable {

    static final float WIDTH = PDRectangle.A4.getWidth();
    static final float HEIGHT = PDRectangle.A4.getHeight();

    private final PDPageContentStream content;

    Pen(PDDocument doc) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try {
            content = new PDPageContentStream(doc, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Left-aligned text whose baseline is at {@code y}. */
    Pen text(PDFont font, float size, float x, float y, String text) {
        try {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, y);
            content.showText(text);
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Text ending at {@code right}, as a column of amounts is aligned. */
    Pen right(PDFont font, float size, float right, float y, String text) {
        return text(font, size, right - width(font, size, text), y, text);
    }

    Pen center(PDFont font, float size, float middle, float y, String text) {
        return text(font, size, middle - width(font, size, text) / 2, y, text);
    }

    /** Each word drawn by itself, separated by the width of a space but with no space character. */
    Pen words(PDFont font, float size, float x, float y, String text) {
        float space = width(font, size, " ");
        float at = x;
        for (String word : text.split(" ")) {
            if (!word.isEmpty()) {
                text(font, size, at, y, word);
                at += width(font, size, word);
            }
            at += space;
        }
        return this;
    }

    Pen line(float x1, float y1, float x2, float y2) {
        try {
            content.setLineWidth(0.6f);
            content.moveTo(x1, y1);
            content.lineTo(x2, y2);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    Pen box(float x, float y, float w, float h) {
        try {
            content.setLineWidth(0.6f);
            content.addRect(x, y, w, h);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** A grey cell, for table headers; the text drawn after it stays black. */
    Pen fill(float x, float y, float w, float h, float grey) {
        try {
            content.setNonStrokingColor(grey, grey, grey);
            content.addRect(x, y, w, h);
            content.fill();
            content.setNonStrokingColor(0f, 0f, 0f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Grey text (labels of some layouts); later text is black again. */
    Pen grey(PDFont font, float size, float x, float y, String text) {
        try {
            content.setNonStrokingColor(0.45f, 0.45f, 0.45f);
            text(font, size, x, y, text);
            content.setNonStrokingColor(0f, 0f, 0f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    static float width(PDFont font, float size, String text) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            content.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
