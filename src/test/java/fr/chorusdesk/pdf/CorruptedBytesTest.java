package fr.chorusdesk.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Randomly damaged copies of a Factur-X PDF (fixed seeds, so a failure is reproducible): whatever
 * the damage, the inspection ends with a report and its JSON, and never with an exception.
 */
class CorruptedBytesTest {

    @TempDir
    Path dir;

    @Test
    void noDamageMakesTheInspectionThrow() throws IOException {
        Path original = dir.resolve("original.pdf");
        try (PDDocument doc = new PDDocument()) {
            TestPdfs.addTextPage(doc, List.of("Facture n° FA-1", "Total TTC 10,00"));
            TestPdfs.embed(doc, "factur-x.xml",
                    CiiSamples.invoice(CiiSamples.EN16931, "380").getBytes(StandardCharsets.UTF_8));
            TestPdfs.setXmp(doc, TestPdfs.xmp("3", "B", "EN 16931"));
            doc.save(original.toFile(), CompressParameters.NO_COMPRESSION);
        }
        byte[] bytes = Files.readAllBytes(original);
        PdfInspector inspector = new PdfInspector();
        InspectionJson json = new InspectionJson(PdfMessages.forLocale(Locale.FRENCH));

        for (int seed = 0; seed < 60; seed++) {
            Random random = new Random(seed);
            byte[] damaged = bytes.clone();
            if (seed % 3 == 0) {
                damaged = java.util.Arrays.copyOf(damaged, 1 + random.nextInt(damaged.length - 1));
            } else {
                for (int i = 0; i < 1 + random.nextInt(40); i++) {
                    damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
                }
            }
            Path file = Files.write(dir.resolve("damaged-" + seed + ".pdf"), damaged);

            PdfInspection inspection = inspector.inspect(file);

            assertThat(inspection.preflight().checks()).as("seed %d", seed).isNotEmpty();
            assertThat(inspection.preflight().verdict()).as("seed %d", seed).isNotNull();
            assertThat(json.write(inspection)).as("seed %d", seed).contains("\"verdict\"");
        }
    }
}
