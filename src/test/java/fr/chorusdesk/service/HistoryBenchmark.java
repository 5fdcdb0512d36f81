package fr.chorusdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.chorusdesk.domain.DraftStep;
import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.domain.PdfFile;
import fr.chorusdesk.domain.SentInvoice;
import fr.chorusdesk.domain.StatusChange;
import fr.chorusdesk.store.HistoryStore;
import fr.chorusdesk.testing.MutableClock;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening a history of 10,000 invoices (each with the invoice value sent and a 4-status timeline)
 * and filtering it, against Jackson merely reading the same file into a tree, in the same run.
 * Goal: ratio within 1.5. Run: {@code mvn -q test -Dbench -Dtest=HistoryBenchmark}
 */
@Tag("benchmark")
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class HistoryBenchmark {

    private static final int INVOICES = 10_000;
    private static final int WARMUP = 30;
    private static final int RUNS = 15;

    @TempDir
    Path dir;

    @Test
    void openAndFilterTenThousandInvoices() throws Exception {
        MutableClock clock = MutableClock.atFixedStart();
        HistoryStore store = HistoryStore.open(dir, clock);
        List<SentInvoice> all = new ArrayList<>();
        String[] statuses = {"DEPOSEE", "MISE_A_DISPOSITION", "SUSPENDUE", "MISE_EN_PAIEMENT", "REJETEE"};
        for (int i = 0; i < INVOICES; i++) {
            String number = String.format(Locale.ROOT, "FA-2026-%05d", i);
            InvoiceDraft sent = InvoiceDraft.start(clock.instant())
                    .withPdf(new PdfFile(dir.resolve("files/" + i + ".pdf").toString(), number + ".pdf", 120_000,
                            String.format(Locale.ROOT, "%064x", i), true))
                    .withInvoiceNumber(number).withInvoiceDate(LocalDate.of(2026, 1, 1).plusDays(i % 300))
                    .withRecipientSiret("22691000200014").withServiceCode("VOIRIE")
                    .withAmountExclTax(new BigDecimal("1000.00")).withVatAmount(new BigDecimal("200.00"))
                    .withAmountInclTax(new BigDecimal("1200.00")).withAmountDue(new BigDecimal("1200.00"))
                    .withComment("Prestation " + i).withStepReached(DraftStep.SEND);
            List<StatusChange> timeline = List.of(
                    new StatusChange("DEPOSEE", LocalDateTime.of(2026, 3, 1, 9, 0), Optional.empty()),
                    new StatusChange("EN_COURS_ACHEMINEMENT", LocalDateTime.of(2026, 3, 1, 9, 30), Optional.empty()),
                    new StatusChange("MISE_A_DISPOSITION", LocalDateTime.of(2026, 3, 1, 10, 0), Optional.empty()),
                    new StatusChange(statuses[i % statuses.length], LocalDateTime.of(2026, 3, 2, 10, 0),
                            Optional.of("Commentaire du destinataire " + i)));
            all.add(new SentInvoice("id-" + i, i % 2 == 0 ? "demo" : "acme", Optional.of(sent.pdf().get().sha256()),
                    number, "22691000200014", SentInvoice.State.SENT, "PDF_UPLOAD", Optional.of(5_000_000L + i),
                    Optional.empty(), statuses[i % statuses.length], sent.invoiceDate(),
                    Optional.of(LocalDate.of(2026, 3, 1).plusDays(i % 28)), sent.amountExclTax(),
                    sent.amountInclTax(), Optional.of("empreinte-" + i), Optional.of(sent), timeline,
                    clock.instant(), Optional.of(clock.instant())));
        }
        store.putAll(all);
        store.compact();
        Path file = dir.resolve("history.json"); // the snapshot (docs/architecture.md)
        ObjectMapper plain = new ObjectMapper();
        HistoryFilter filter = HistoryFilter.ALL.withText("fa-2026-01").withStatuses(Set.of("SUSPENDUE"));

        assertThat(new HistoryService(HistoryStore.open(dir, clock), () -> "demo", clock).find(filter)).hasSize(200);
        for (int i = 0; i < WARMUP; i++) {
            plain.readTree(file.toFile());
            openAndFilter(dir, clock, filter);
        }
        long[] baseline = new long[RUNS];
        long[] ours = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            // interleaved, so that a slow moment of the shared machine hits both sides alike
            long t0 = System.nanoTime();
            JsonNode tree = plain.readTree(file.toFile());
            long t1 = System.nanoTime();
            int found = openAndFilter(dir, clock, filter);
            long t2 = System.nanoTime();
            assertThat(tree.get("invoices").size()).isEqualTo(INVOICES);
            assertThat(found).isEqualTo(200);
            baseline[i] = t1 - t0;
            ours[i] = t2 - t1;
        }
        double base = median(baseline) / 1e6;
        double mine = median(ours) / 1e6;
        System.out.printf(Locale.ROOT,
                "benchmark history.open10k file-mb=%.1f jackson-tree-ms=%.1f open+filter-ms=%.1f ratio=%.2f%n",
                Files.size(file) / 1e6, base, mine, mine / base);
        assertThat(mine / base).as("open + filter against Jackson reading the file into a tree")
                .isLessThanOrEqualTo(GOAL);
    }

    /** The goal of docs/benchmarks.md. */
    static final double GOAL = 1.5;

    private static int openAndFilter(Path dir, MutableClock clock, HistoryFilter filter) throws Exception {
        return new HistoryService(HistoryStore.open(dir, clock), () -> "demo", clock).find(filter).size();
    }

    private static double median(long[] values) {
        long[] copy = values.clone();
        Arrays.sort(copy);
        return copy[copy.length / 2];
    }
}
