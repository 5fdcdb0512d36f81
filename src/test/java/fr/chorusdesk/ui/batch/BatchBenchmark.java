package fr.chorusdesk.ui.batch;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.service.BatchHarness;
import fr.chorusdesk.service.BatchStatus;
import fr.chorusdesk.service.InvoicePdfs;
import fr.chorusdesk.service.SandboxHarness;
import fr.chorusdesk.service.SubmissionListener;
import fr.chorusdesk.ui.common.Confirmation;
import fr.chorusdesk.ui.common.FxTaskRunner;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A batch of 50 Factur-X invoices against the embedded sandbox, in the « Lots » tab:
 * <ul>
 *   <li>time per invoice sent by the batch against one invoice sent alone by
 *       {@code SubmissionService} (same sandbox, same history as ledger, same JVM), goal ≤ 1.2;</li>
 *   <li>heap: peak growth while the 50 are read, checked and sent, goal ≤ 128 MB (three PDFs parsed
 *       at a time, whatever the batch's size), and what the 50 rows keep once collected, goal ≤ 16 MB;</li>
 *   <li>the FX thread's longest busy stretch while the table loads, goal ≤ 50 ms: a probe posted on it
 *       every 2 ms reads the thread's CPU time, and the most spent between two probes is the longest
 *       stretch of work (how late a probe ran is printed too: on a loaded machine it counts the
 *       time the thread waited for a core).</li>
 * </ul>
 * A batch of ten is shown and put aside first, so that the table's code is compiled when measured.
 * The sandbox writes its whole state at each invoice, so a request costs more as invoices pile up:
 * invoices sent alone are timed before and after the batch, and their median is the baseline.
 * Run: {@code mvn -q test -Dbench -Dtest=BatchBenchmark}
 */
@Tag("benchmark")
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class BatchBenchmark {

    private static final int INVOICES = 50;
    private static final int WARMUP = 5;
    private static final int SINGLES = 20;
    private static final String COMMUNE = "21750001000012";
    private static final long PEAK_GOAL_MB = 128;
    private static final long KEPT_GOAL_MB = 16;

    @TempDir
    Path dir;

    private Stage stage;
    private BatchHarness app;
    private final FxTaskRunner tasks = new FxTaskRunner();

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void stop() {
        tasks.close();
        if (app != null) {
            app.close();
        }
    }

    private void sendAlone(List<InvoiceDraft> drafts, int warmup, List<Double> times) throws Exception {
        for (int i = 0; i < drafts.size(); i++) {
            long t0 = System.nanoTime();
            app.submissions.submit(drafts.get(i), SandboxHarness.DEMO_SUPPLIER, SubmissionListener.NONE);
            if (i >= warmup) {
                times.add((System.nanoTime() - t0) / 1e6);
            }
        }
    }

    @Test
    void fiftyInvoices(FxRobot robot) throws Exception {
        app = new BatchHarness(dir.resolve("data"));
        Path singles = Files.createDirectories(dir.resolve("singles"));
        List<InvoiceDraft> alone = new ArrayList<>();
        for (int i = 0; i < WARMUP + 3 * SINGLES; i++) {
            String number = String.format(Locale.ROOT, "ONE-%02d", i);
            alone.add(app.preflight.prepare(InvoicePdfs.facturX(singles.resolve(number + ".pdf"),
                    InvoicePdfs.Cii.demo(number, COMMUNE))).draft());
        }
        Path folder = Files.createDirectories(dir.resolve("lot"));
        for (int i = 0; i < INVOICES; i++) {
            String number = String.format(Locale.ROOT, "LOT-%02d", i);
            InvoicePdfs.facturX(folder.resolve(number + ".pdf"), InvoicePdfs.Cii.demo(number, COMMUNE));
        }
        List<Double> singleMs = new ArrayList<>();
        sendAlone(alone.subList(0, WARMUP + SINGLES), WARMUP, singleMs);
        // the wizard's whole sending, for information: the draft saved, sent, recorded, let go
        List<Double> wizardMs = new ArrayList<>();
        for (InvoiceDraft d : alone.subList(WARMUP + 2 * SINGLES, alone.size())) {
            InvoiceDraft saved = app.drafts.save(d);
            long t0 = System.nanoTime();
            app.sending.submit(saved, SandboxHarness.DEMO_SUPPLIER, SubmissionListener.NONE);
            wizardMs.add((System.nanoTime() - t0) / 1e6);
        }

        BatchModel model = new BatchModel(tasks, Platform::runLater,
                ResourceBundle.getBundle("fr.chorusdesk.i18n.messages", Locale.FRENCH), p -> p, () -> "demo");
        robot.interact(() -> {
            stage.setScene(new Scene(new BatchView(model, ResourceBundle.getBundle("fr.chorusdesk.i18n.messages",
                    Locale.FRENCH), (t, x) -> true, id -> { }), 960, 640));
            stage.show();
            model.install(app.batches, new SimpleObjectProperty<>(SandboxHarness.DEMO_SUPPLIER));
        });
        // the batch's own machinery without a table to update, for information
        Path quiet = Files.createDirectories(dir.resolve("quiet"));
        for (int i = 0; i < SINGLES; i++) {
            String number = String.format(Locale.ROOT, "QUIET-%02d", i);
            InvoicePdfs.facturX(quiet.resolve(number + ".pdf"), InvoicePdfs.Cii.demo(number, COMMUNE));
        }
        double servicePerInvoice;
        try (fr.chorusdesk.service.Batch noView = app.batches.start("demo", fr.chorusdesk.service.BatchListener.NONE)) {
            noView.add(List.of(quiet));
            BatchHarness.read(noView);
            long t0 = System.nanoTime();
            noView.send(noView.sendable().stream().map(fr.chorusdesk.service.BatchRow::id).toList(),
                    SandboxHarness.DEMO_SUPPLIER);
            servicePerInvoice = (System.nanoTime() - t0) / 1e6 / SINGLES;
        }
        // warm-up: a first small batch shown and put aside, so that the table's code is compiled
        Path warm = Files.createDirectories(dir.resolve("warm-up"));
        for (int i = 0; i < 10; i++) {
            String number = String.format(Locale.ROOT, "WARM-%02d", i);
            InvoicePdfs.facturX(warm.resolve(number + ".pdf"), InvoicePdfs.Cii.demo(number, COMMUNE));
        }
        robot.interact(() -> model.add(List.of(warm)));
        BatchWindow.waitUntil(() -> model.rows().size() == 10
                && model.rows().stream().allMatch(i -> i.row().status() == BatchStatus.READY));
        robot.interact(model::newBatch);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        System.gc();
        long heapBefore = memory.getHeapMemoryUsage().getUsed();
        AtomicLong heapPeak = new AtomicLong(heapBefore);
        AtomicLong fxLongest = new AtomicLong();
        AtomicBoolean loading = new AtomicBoolean(true);
        ScheduledExecutorService probes = Executors.newScheduledThreadPool(1);
        probes.scheduleAtFixedRate(() -> heapPeak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max),
                0, 5, TimeUnit.MILLISECONDS);
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long t00 = System.nanoTime();
        AtomicLong lastCpu = new AtomicLong(-1);
        AtomicLong fxLongestWait = new AtomicLong();
        probes.scheduleAtFixedRate(() -> {
            if (loading.get()) {
                long posted = System.nanoTime();
                Platform.runLater(() -> {
                    fxLongestWait.accumulateAndGet(System.nanoTime() - posted, Math::max);
                    // CPU the FX thread spent since the previous probe ran: its longest busy stretch, even
                    // on a machine so loaded that the thread waits for a core
                    long cpu = threads.getCurrentThreadCpuTime();
                    long previous = lastCpu.getAndSet(cpu);
                    if (previous >= 0) {
                        fxLongest.accumulateAndGet(cpu - previous, Math::max);
                        if (System.getProperty("bench.fxdump") != null && cpu - previous > 30_000_000L) {
                            System.out.printf("stretch %.1f ms at %d ms%n", (cpu - previous) / 1e6,
                                    (System.nanoTime() - t00) / 1_000_000);
                        }
                    }
                });
            }
        }, 0, 2, TimeUnit.MILLISECONDS);

        long readStart = System.nanoTime();
        robot.interact(() -> model.add(List.of(folder)));
        BatchWindow.waitUntil(() -> model.rows().size() == INVOICES
                && model.rows().stream().allMatch(i -> i.row().status() == BatchStatus.READY));
        long readMs = (System.nanoTime() - readStart) / 1_000_000;
        loading.set(false);

        long sendStart = System.nanoTime();
        robot.interact(model::send);
        BatchWindow.waitUntil(() -> model.rows().stream().allMatch(i -> i.row().status() == BatchStatus.SENT)
                && !model.sendingProperty().get());
        double batchPerInvoice = (System.nanoTime() - sendStart) / 1e6 / INVOICES;
        probes.shutdownNow();
        System.gc();
        System.gc();
        long keptMb = (memory.getHeapMemoryUsage().getUsed() - heapBefore) / (1024 * 1024);
        model.close();
        sendAlone(alone.subList(WARMUP + SINGLES, WARMUP + 2 * SINGLES), 0, singleMs);

        Collections.sort(singleMs);
        double single = singleMs.get(singleMs.size() / 2);
        double ratio = batchPerInvoice / single;
        Collections.sort(wizardMs);
        double wizard = wizardMs.get(wizardMs.size() / 2);
        long heapGrowthMb = (heapPeak.get() - heapBefore) / (1024 * 1024);
        double fxMs = fxLongest.get() / 1e6;
        System.out.printf(Locale.ROOT, "benchmark batch.send ratio=%.2f batch_ms_per_invoice=%.1f single_ms=%.1f "
                        + "read_ms=%d invoices=%d ratio_vs_wizard=%.2f wizard_ms=%.1f%n", ratio, batchPerInvoice, single,
                readMs, INVOICES, batchPerInvoice / wizard, wizard);
        System.out.printf(Locale.ROOT, "benchmark batch.send.noView ratio=%.2f ms_per_invoice=%.1f invoices=%d%n",
                servicePerInvoice / single, servicePerInvoice, SINGLES);
        System.out.printf(Locale.ROOT, "benchmark batch.heap peak_growth_mb=%d goal_mb=%d kept_mb=%d goal_mb=%d%n",
                heapGrowthMb, PEAK_GOAL_MB, keptMb, KEPT_GOAL_MB);
        System.out.printf(Locale.ROOT, "benchmark batch.fx longest_busy_ms=%.1f goal_ms=50 longest_wait_ms=%.1f%n",
                fxMs, fxLongestWait.get() / 1e6);
        assertThat(ratio).as("time per invoice, batch / alone").isLessThanOrEqualTo(1.2);
        assertThat(heapGrowthMb).isLessThanOrEqualTo(PEAK_GOAL_MB);
        assertThat(keptMb).isLessThanOrEqualTo(KEPT_GOAL_MB);
        assertThat(fxMs).isLessThanOrEqualTo(50.0);
    }
}
