package fr.chorusdesk.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.chorusdesk.pdf.PageRenderer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Wizard page previews: real PDFs rendered by PDFBox, French messages when a page cannot be drawn. */
class PagePreviewServiceTest {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @TempDir
    Path dir;

    private final PagePreviewService previews = new PagePreviewService(new PageRenderer(), Locale.FRENCH);

    private Path twoPagesA4() throws IOException {
        Path file = dir.resolve("deux-pages.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage(PDRectangle.A4));
            doc.addPage(new PDPage(PDRectangle.A4));
            doc.save(file.toFile());
        }
        return file;
    }

    @Test
    void aPageComesAsPngOfAboutSixHundredByEightHundredFiftyWithThePageCount() throws Exception {
        PagePreviewService.PagePreview preview = previews.page(twoPagesA4(), 1);
        assertEquals(1, preview.pageIndex());
        assertEquals(2, preview.pageCount());
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(preview.png(), 8));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(preview.png()));
        // A4 is 595 × 842 pt: a budget of 520 000 pixels ("about 600 × 850") keeps its ratio, never more
        long pixels = (long) image.getWidth() * image.getHeight();
        assertTrue(pixels <= 520_000 && pixels >= 500_000, "pixels " + pixels);
        assertTrue(Math.abs(image.getWidth() - 600) <= 10, "width " + image.getWidth());
        assertTrue(Math.abs(image.getHeight() - 850) <= 10, "height " + image.getHeight());
    }

    @Test
    void aFileThatIsNoPdfSaysThePageCouldNotBeShown() throws IOException {
        Path notPdf = dir.resolve("note.pdf");
        Files.writeString(notPdf, "pas un PDF", StandardCharsets.UTF_8);
        PagePreviewService.PreviewException e = assertThrows(PagePreviewService.PreviewException.class,
                () -> previews.page(notPdf, 0));
        assertEquals("La page n’a pas pu être affichée.", e.userMessage());
    }

    @Test
    void aPageBeyondTheLastSaysItDoesNotExist() throws IOException {
        Path file = twoPagesA4();
        PagePreviewService.PreviewException e = assertThrows(PagePreviewService.PreviewException.class,
                () -> previews.page(file, 2));
        assertEquals("Cette page n’existe pas dans le PDF.", e.userMessage());
        assertTrue(e.getCause() != null || e.userMessage().equals(e.getMessage()));
    }
}
