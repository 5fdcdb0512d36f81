package fr.chorusdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.domain.FacturXFacts;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pre-send audit of a 100-page PDF (every page's text read, the number, total, date and SIRET
 * looked for, the invoice numbers heading each page listed) against PDFBox extracting the same
 * document's text in one pass, in reading order as the audit does, in the same run. Goal: ratio
 * within 1.5 (what the audit adds to reading the text is small). Run: {@code mvn -q test -Dbench -Dtest=PreSendAuditBenchmark}
 */
@Tag("benchmark")
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class PreSendAuditBenchmark {

    private static final int PAGES = 100;
    private static final int WARMUP = 30;
    private static final int RUNS = 21;

    @TempDir
    Path dir;

    @Test
    void auditOfAHundredPages() throws IOException {
        List<List<String>> pages = new ArrayList<>();
        for (int p = 1; p <= PAGES; p++) {
            List<String> lines = new ArrayList<>();
            lines.add(p == 1 ? "Facture n° FA-2026-0001" : "Suite de la facture, page " + p);
            lines.add("Date de facture 09/03/2026");
            for (int l = 0; l < 40; l++) {
                lines.add("Ligne " + l + " prestation de conseil, quantité 1, prix unitaire " + (100 + l) + ",00 €");
            }
            if (p == PAGES) {
                lines.add("SIRET du destinataire 21750001000012");
                lines.add("Total TTC 1 200,00 €");
            }
            pages.add(lines);
        }
        Path file = InvoicePdfs.textPdfPages(dir.resolve("cent-pages.pdf"), pages);
        PreSendAudit audit = new PreSendAudit(Locale.FRENCH);
        PreSendAudit.Expected expected = new PreSendAudit.Expected(Optional.of(new FacturXFacts(Optional.empty(),
                Optional.of("FA-2026-0001"), Optional.of(LocalDate.of(2026, 3, 9)), Optional.of("380"),
                Optional.empty(), Optional.of("21750001000012"), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(new BigDecimal("1200.00")),
                Optional.empty())), Optional.empty(), false);
        PreSendAudit.Report check = audit.audit(file, expected);
        assertThat(check.findings()).as("the file shows what its data says").isEmpty();
        assertThat(check.pagesRead()).isEqualTo(PAGES);

        for (int i = 0; i < WARMUP; i++) {
            extract(file);
            audit.audit(file, expected);
        }
        long[] raw = new long[RUNS];
        long[] audited = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            // interleaved, so that a slow moment of the shared machine hits both sides alike
            long t0 = System.nanoTime();
            extract(file);
            long t1 = System.nanoTime();
            audit.audit(file, expected);
            long t2 = System.nanoTime();
            raw[i] = t1 - t0;
            audited[i] = t2 - t1;
        }
        double rawMs = median(raw) / 1e6;
        double auditMs = median(audited) / 1e6;
        double ratio = auditMs / rawMs;
        System.out.printf(Locale.ROOT, "benchmark service.preSendAudit ratio=%.2f auditMs=%.1f extractMs=%.1f pages=%d"
                + " runs=%d%n", ratio, auditMs, rawMs, PAGES, RUNS);
        assertThat(ratio).as("audit / one-pass text extraction").isLessThanOrEqualTo(1.5);
    }

    private static String extract(Path file) throws IOException {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            // in reading order, as the audit reads it: what is measured is what the audit adds
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(doc);
        }
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
