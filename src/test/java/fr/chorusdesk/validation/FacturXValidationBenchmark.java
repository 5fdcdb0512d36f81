package fr.chorusdesk.validation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.pdf.EmbeddedInvoiceXml;
import fr.chorusdesk.pdf.FacturXReader;
import fr.chorusdesk.pdf.PdfInspector;
import fr.chorusdesk.pdf.PreflightReport;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Factur-X validation of a typical invoice (EN 16931 profile, one page, one line: XSD + EN 16931
 * + BR-FR + Chorus Pro rules, the XML read from the PDF) against the PDF pre-flight of the same file,
 * warm, in the same run. Goal: ratio ≤ 1.0, so the verdict arrives no later than the checklist (they
 * run side by side). The first validation of the process, which compiles the rule sets, is measured
 * and printed too. Run: {@code mvn -q test -Dbench -Dtest=FacturXValidationBenchmark}
 */
@Tag("benchmark")
@Timeout(value = 15, unit = TimeUnit.MINUTES)
class FacturXValidationBenchmark {

    private static final int WARMUP = Integer.getInteger("bench.warmup", 40);
    private static final int RUNS = 31;

    @TempDir
    Path dir;

    @Test
    void warmValidationAgainstThePreflightOfTheSameFile() throws Exception {
        Path file = FacturXPdfs.write(dir.resolve("facture.pdf"), InvoiceXmls.en16931("F-2026-0900"), "EN 16931",
                List.of("FACTURE F-2026-0900", "Mission de conseil", "Total TTC 1 200,00 EUR"));
        FacturXValidator validator = new PhiveFacturXValidator(ValidationPolicy.sourcedOnly());
        FacturXReader reader = new FacturXReader();
        PdfInspector inspector = new PdfInspector();

        long c0 = System.nanoTime();
        ValidationReport first = validate(reader, validator, file);
        long firstNs = System.nanoTime() - c0;
        assertThat(first.verdict()).isEqualTo(Verdict.VALID);

        for (int i = 0; i < WARMUP; i++) {
            validate(reader, validator, file);
            inspector.preflight(file);
        }
        long[] validation = new long[RUNS];
        long[] preflight = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            // interleaved, so that a slow moment of the shared machine hits both sides alike
            long t0 = System.nanoTime();
            PreflightReport report = inspector.preflight(file);
            long t1 = System.nanoTime();
            ValidationReport checked = validate(reader, validator, file);
            long t2 = System.nanoTime();
            assertThat(report.passes()).isTrue();
            assertThat(checked.verdict()).isEqualTo(Verdict.VALID);
            preflight[i] = t1 - t0;
            validation[i] = t2 - t1;
        }
        double preflightMs = median(preflight) / 1e6;
        double validationMs = median(validation) / 1e6;
        double ratio = validationMs / preflightMs;
        System.out.printf(Locale.ROOT,
                "benchmark facturx.validation ratio=%.2f validationMs=%.1f preflightMs=%.1f firstValidationMs=%.0f"
                        + " runs=%d%n", ratio, validationMs, preflightMs, firstNs / 1e6, RUNS);
        assertThat(ratio).as("warm validation / pre-flight of the same file (goal ≤ 1.0)").isLessThanOrEqualTo(1.0);
    }

    private static ValidationReport validate(FacturXReader reader, FacturXValidator validator, Path file) {
        EmbeddedInvoiceXml xml = reader.invoiceXml(file).orElseThrow();
        return validator.validate(xml.name(), xml.bytes());
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
