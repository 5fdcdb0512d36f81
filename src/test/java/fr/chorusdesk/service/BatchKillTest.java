package fr.chorusdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.chorus.api.FactureFournisseur;
import fr.chorusdesk.domain.SentInvoice;
import fr.chorusdesk.testing.ChildProcesses;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch of 20 invoices sent by a child JVM killed without warning ({@code kill -9}) at random
 * points, five times, then run to its end: every invoice is on the sandbox exactly once, and every
 * row of the batch, reopened, says so with the number Chorus Pro gave it. The sandbox runs here, in
 * the test's JVM, so it outlives each kill as Chorus Pro outlives the user's computer.
 */
class BatchKillTest {

    private static final int INVOICES = 20;
    private static final int KILLS = 5;
    private static final String COMMUNE = "21750001000012";

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void killedFiveTimesWhileSendingTwentyInvoicesSendsEachExactlyOnce() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        Path folder = Files.createDirectories(dir.resolve("factures"));
        List<String> numbers = new ArrayList<>();
        for (int i = 1; i <= INVOICES; i++) {
            String number = String.format("KILL-%02d", i);
            numbers.add(number);
            InvoicePdfs.facturX(folder.resolve(number + ".pdf"), InvoicePdfs.Cii.demo(number, COMMUNE));
        }
        Path data = dir.resolve("data");
        try (BatchHarness parent = new BatchHarness(dir.resolve("parent"))) {
            int kills = 0;
            List<String> killedAfter = new ArrayList<>();
            while (kills < KILLS) {
                int remaining = INVOICES - onChorusPro(parent, numbers).size();
                // a line per row read, then two per invoice sent (SENDING, SENT): kill anywhere in there
                int lines = 1 + random.nextInt(INVOICES + 2 * remaining);
                Process child = start(data, folder, parent);
                try {
                    boolean killed = readThenKill(child, lines);
                    if (killed) {
                        kills++;
                        killedAfter.add(lines + " lines");
                    }
                } finally {
                    child.destroyForcibly();
                    ChildProcesses.awaitExit(child, Duration.ofSeconds(20));
                }
                for (String number : numbers) {
                    assertThat(parent.onChorusPro(number)).as("%s after kills %s (seed %d)", number, killedAfter,
                            seed).hasSizeLessThanOrEqualTo(1);
                }
            }
            Process last = start(data, folder, parent);
            String output = ChildProcesses.readUntil(last, "done", Duration.ofSeconds(120));
            assertThat(ChildProcesses.awaitExit(last, Duration.ofSeconds(20))).as(output).isZero();

            for (String number : numbers) {
                assertThat(parent.onChorusPro(number)).as("%s after kills %s (seed %d); last run:%n%s", number,
                        killedAfter, seed, output).hasSize(1);
            }
            BatchHarness restarted = new BatchHarness(data, parent.sandbox.client, parent.sandbox.clock);
            String id = Files.readString(data.resolve("batch-id")).trim();
            try (Batch batch = restarted.batches.open(id, BatchListener.NONE)) {
                BatchHarness.read(batch);
                assertThat(batch.rows()).as("seed %d", seed).hasSize(INVOICES);
                for (BatchRow row : batch.rows()) {
                    String number = row.fileName().replace(".pdf", "");
                    FactureFournisseur onChorus = parent.onChorusPro(number).get(0);
                    assertThat(row.status()).as("%s (seed %d)", number, seed).isEqualTo(BatchStatus.SENT);
                    assertThat(row.invoiceId()).as(number).contains(onChorus.identifiantFactureCPP());
                }
                assertThat(batch.interrupted()).isEmpty();
            }
            List<SentInvoice> history = restarted.history.find(HistoryFilter.ALL);
            assertThat(history).hasSize(INVOICES).allSatisfy(i -> {
                assertThat(i.state()).isEqualTo(SentInvoice.State.SENT);
                assertThat(i.sent()).as("the value sent is recorded").isPresent();
            });
            assertThat(restarted.drafts.list().drafts()).as("every sent invoice left the drafts").isEmpty();
        }
    }

    private static List<String> onChorusPro(BatchHarness parent, List<String> numbers) throws Exception {
        List<String> found = new ArrayList<>();
        for (String n : numbers) {
            if (!parent.onChorusPro(n).isEmpty()) {
                found.add(n);
            }
        }
        return found;
    }

    private static Process start(Path data, Path folder, BatchHarness parent) throws IOException {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), BatchSendLoop.class.getName(), data.toString(),
                folder.toString(), parent.sandbox.sandbox.apiBaseUrl().toString(),
                parent.sandbox.sandbox.tokenUrl().toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Reads {@code lines} status lines, then kills the child; false when it finished first. */
    private static boolean readThenKill(Process child, int lines) throws Exception {
        CompletableFuture<Boolean> reached = CompletableFuture.supplyAsync(() -> {
            try {
                BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                        StandardCharsets.UTF_8));
                for (int i = 0; i < lines; i++) {
                    String line = out.readLine();
                    if (line == null || line.equals("done")) {
                        return false;
                    }
                }
                return true;
            } catch (IOException e) {
                return false;
            }
        });
        boolean kill;
        try {
            kill = reached.get(90, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("the child printed fewer than " + lines + " lines in 90 s", e);
        }
        child.destroyForcibly();
        return kill;
    }
}
