package fr.chorusdesk.pdf.corpus;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * A paper invoice scanned: the page of another layout ({@code variant}, fr-classic by default)
 * rendered to a grey JPEG, slightly askew, and that image alone on the page. No text layer.
 */
final class FrScan implements Layout {

    @Override
    public void draw(PDDocument doc, Fonts fonts, CorpusCase c) {
        String source = c.document().variant() == null ? "fr-classic" : c.document().variant();
        try (PDDocument paper = new PDDocument()) {
            Layout.named(source).draw(paper, new Fonts(paper), c);
            BufferedImage scan = new PDFRenderer(paper).renderImageWithDPI(0, 100, ImageType.GRAY);
            PDImageXObject image = JPEGFactory.createFromImage(doc, scan, 0.6f);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.saveGraphicsState();
                content.transform(org.apache.pdfbox.util.Matrix.getRotateInstance(Math.toRadians(0.7), 8, -4));
                content.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                content.restoreGraphicsState();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
