package fr.chorusdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.store.DraftStore;
import fr.chorusdesk.store.InvoiceDraftJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process killed without warning ({@code kill -9}) while it saves drafts never leaves a draft
 * corrupt or missing, and every save it reported as done is on disk. Fifty real child JVMs.
 */
class DraftCrashTest {

    private static final int KILLS = 50;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void fiftyKillsWhileSavingLeaveEveryDraftReadableAndEveryAcknowledgedSaveKept() throws Exception {
        Path root = dir.resolve("drafts");
        DraftService drafts = new DraftService(new DraftStore(root, new InvoiceDraftJson(), Clock.systemUTC()),
                () -> "demo", Clock.systemUTC(), Locale.FRENCH);
        Path pdf = InvoicePdfs.textPdf(dir.resolve("invoice.pdf"), List.of("Facture F-0"));
        InvoiceDraft base = new PreflightService(new fr.chorusdesk.pdf.PdfInspector(), Clock.systemUTC(),
                Locale.FRENCH).prepare(pdf).draft();
        for (String id : DraftSaveLoop.IDS) {
            drafts.save(withId(base, id).withInvoiceNumber("F-0"));
        }
        Files.delete(pdf); // the drafts keep their own copy

        Map<String, Long> acknowledged = new HashMap<>();
        long next = 1;
        for (int kill = 0; kill < KILLS; kill++) {
            Process child = new ProcessBuilder(javaCommand(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                    "-Xshare:auto", "-cp", System.getProperty("java.class.path"), DraftSaveLoop.class.getName(),
                    root.toString(), Long.toString(next))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try {
                // kill after a varying number of completed saves: 0 (right after start) to 12
                int savesBeforeKill = kill % 13;
                CompletableFuture<Long> lastSaved = CompletableFuture.supplyAsync(() ->
                        readSaves(child, savesBeforeKill, acknowledged));
                long last = lastSaved.get(30, TimeUnit.SECONDS);
                child.destroyForcibly();
                assertThat(child.waitFor(20, TimeUnit.SECONDS)).as("child ended").isTrue();
                next = Math.max(next, last + 1) + 1000;
            } finally {
                child.destroyForcibly();
            }
            DraftsSnapshot snapshot = drafts.list();
            assertThat(snapshot.setAsideMessages()).as("after kill %d", kill).isEmpty();
            assertThat(snapshot.drafts()).extracting(DraftSummary::id)
                    .containsExactlyInAnyOrderElementsOf(DraftSaveLoop.IDS);
            for (String id : DraftSaveLoop.IDS) {
                InvoiceDraft onDisk = drafts.open(id).orElseThrow();
                long saved = Long.parseLong(onDisk.invoiceNumber().orElseThrow().substring(2));
                assertThat(saved).as("draft %s after kill %d", id, kill)
                        .isGreaterThanOrEqualTo(acknowledged.getOrDefault(id, 0L));
                assertThat(Files.readAllBytes(Path.of(onDisk.pdf().orElseThrow().path())))
                        .hasSize((int) onDisk.pdf().get().sizeBytes());
            }
        }
        try (Stream<Path> files = Files.list(root.resolve("demo"))) {
            assertThat(files.filter(p -> p.getFileName().toString().contains(".corrupt"))).isEmpty();
        }
    }

    /** Reads the child's output until it reported {@code saves} saves; returns the last number saved. */
    private static long readSaves(Process child, int saves, Map<String, Long> acknowledged) {
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            if (!"ready".equals(line)) {
                throw new IllegalStateException("child said " + line);
            }
            long last = 0;
            for (int i = 0; i < saves; i++) {
                String[] parts = out.readLine().split(" ");
                last = Long.parseLong(parts[2]);
                acknowledged.put(parts[1], last);
            }
            return last;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static InvoiceDraft withId(InvoiceDraft d, String id) {
        return new InvoiceDraft(d.schemaVersion(), id, d.pdf(), d.facturX(), d.recipientSiret(), d.serviceCode(),
                d.engagementNumber(), d.contractNumber(), d.invoiceNumber(), d.invoiceDate(), d.kind(),
                d.billingFrame(), d.validatorStructureSiret(), d.validatorServiceCode(), d.amountExclTax(),
                d.vatAmount(), d.amountInclTax().or(() -> java.util.Optional.of(BigDecimal.ZERO)), d.amountDue(),
                d.currency(), d.vatLines(), d.comment(), d.stepReached(), d.origins(), d.createdAt(), d.updatedAt());
    }
}
