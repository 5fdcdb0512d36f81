package fr.chorusdesk.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A one-page PDF with strings placed where a test wants them (points from the top-left corner,
 * Helvetica 10, WinAnsi), as invoicing programs place labels and values.
 */
final class Sheet {

    private record Text(float x, float y, String text, float size) {
    }

    private final List<List<Text>> pages = new ArrayList<>();

    Sheet() {
        pages.add(new ArrayList<>());
    }

    Sheet at(float x, float y, String text) {
        return at(x, y, text, 10);
    }

    Sheet at(float x, float y, String text, float size) {
        pages.get(pages.size() - 1).add(new Text(x, y, text, size));
        return this;
    }

    /** Right-aligned on {@code right}, as a column of amounts. */
    Sheet right(float right, float y, String text) throws IOException {
        return at(right - HELVETICA.getStringWidth(text) / 100f, y, text);
    }

    Sheet newPage() {
        pages.add(new ArrayList<>());
        return this;
    }

    private static final PDType1Font HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    Path save(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (List<Text> texts : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    for (Text t : texts) {
                        content.beginText();
                        content.setFont(HELVETICA, t.size());
                        content.newLineAtOffset(t.x(), PDRectangle.A4.getHeight() - t.y());
                        content.showText(t.text());
                        content.endText();
                    }
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }
}
