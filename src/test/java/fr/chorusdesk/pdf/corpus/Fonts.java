package fr.chorusdesk.pdf.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The fonts of one document: PDF's standard 14 (not embedded, WinAnsi), and TrueType fonts embedded
 * as subsets the way office suites and web invoicing tools write them: Liberation Sans (shipped in
 * PDFBox's jar, so always there) and DejaVu Sans where the system has it.
 */
final class Fonts {

    private static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    private static final Path DEJAVU_BOLD = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf");

    final PDFont helvetica = std(Standard14Fonts.FontName.HELVETICA);
    final PDFont helveticaBold = std(Standard14Fonts.FontName.HELVETICA_BOLD);
    final PDFont times = std(Standard14Fonts.FontName.TIMES_ROMAN);
    final PDFont timesBold = std(Standard14Fonts.FontName.TIMES_BOLD);
    final PDFont courier = std(Standard14Fonts.FontName.COURIER);
    final PDFont courierBold = std(Standard14Fonts.FontName.COURIER_BOLD);
    private final PDDocument doc;
    private PDFont liberation;
    private PDFont dejaVu;
    private PDFont dejaVuBold;

    Fonts(PDDocument doc) {
        this.doc = doc;
    }

    private static PDFont std(Standard14Fonts.FontName name) {
        return new PDType1Font(name);
    }

    /** Liberation Sans, embedded. */
    PDFont liberation() {
        if (liberation == null) {
            try (InputStream in = PDType0Font.class.getResourceAsStream(
                    "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
                liberation = PDType0Font.load(doc, in, true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return liberation;
    }

    /** DejaVu Sans, embedded; Liberation Sans on a system without it. */
    PDFont dejaVu() {
        if (dejaVu == null) {
            dejaVu = ttf(DEJAVU);
        }
        return dejaVu;
    }

    PDFont dejaVuBold() {
        if (dejaVuBold == null) {
            dejaVuBold = ttf(DEJAVU_BOLD);
        }
        return dejaVuBold;
    }

    private PDFont ttf(Path file) {
        if (!Files.isRegularFile(file)) {
            return liberation();
        }
        try {
            return PDType0Font.load(doc, file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
