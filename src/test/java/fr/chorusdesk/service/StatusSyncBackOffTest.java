package fr.chorusdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.domain.SentInvoice;
import fr.chorusdesk.pdf.PdfInspector;
import fr.chorusdesk.store.DraftStore;
import fr.chorusdesk.store.HistoryStore;
import fr.chorusdesk.store.InvoiceDraftJson;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The status sync's back-off (1 min doubling, capped at 8 min: waits of 1, 2, 4, 8, 8 minutes by hand),
 * its worker threads, and an answer without a current status. Over real HTTP against the sandbox;
 * statuses from docs/sandbox.md ("Lifecycle and scenario markers").
 */
class StatusSyncBackOffTest {

    private static final String COMMUNE = "21750001000012";
    private static final String HISTORIQUE = "/factures/v1/consulter/historique";

    @TempDir
    Path dir;

    private final AtomicBoolean historiqueDown = new AtomicBoolean();
    private final AtomicBoolean noCurrentStatus = new AtomicBoolean();
    private final AtomicBoolean blanked = new AtomicBoolean();
    private final List<Thread> historiqueThreads = new CopyOnWriteArrayList<>();
    private SandboxHarness harness;
    private DraftService drafts;
    private HistoryService history;
    private SubmissionService submission;
    private StatusSyncService sync;

    @BeforeEach
    void start() throws Exception {
        Interceptor faults = chain -> {
            boolean historique = chain.request().url().encodedPath().endsWith(HISTORIQUE);
            if (historique) {
                historiqueThreads.add(Thread.currentThread());
            }
            if (historique && historiqueDown.get()) {
                return new Response.Builder().request(chain.request()).protocol(Protocol.HTTP_1_1).code(503)
                        .message("Service Unavailable")
                        .body(ResponseBody.create("", MediaType.get("text/plain"))).build();
            }
            Response response = chain.proceed(chain.request());
            if (historique && noCurrentStatus.get()) {
                String original = response.body().string();
                String body = original
                        .replaceAll("\"statutCourantCode\"\\s*:\\s*\"[A-Z_]*\"", "\"statutCourantCode\":\"\"");
                if (!body.equals(original)) {
                    blanked.set(true);
                }
                return response.newBuilder().body(ResponseBody.create(body, MediaType.get("application/json")))
                        .build();
            }
            return response;
        };
        harness = new SandboxHarness(dir.resolve("state"), List.of(faults));
        drafts = new DraftService(new DraftStore(dir.resolve("drafts"), new InvoiceDraftJson(), harness.clock),
                () -> "demo", harness.clock, Locale.FRENCH);
        history = new HistoryService(HistoryStore.open(dir.resolve("history"), harness.clock), () -> "demo",
                harness.clock);
        submission = new SubmissionService(harness.client, new RecipientService(harness.client, harness.clock),
                history, new FlowPolling(Duration.ofSeconds(10), 10, harness.clock::advance), harness.clock,
                Locale.FRENCH);
        // one worker: the smallest pool the service accepts
        sync = new StatusSyncService(() -> harness.client, history, harness.clock, 1, Duration.ofMinutes(1),
                Duration.ofMinutes(8), Locale.FRENCH);
    }

    @AfterEach
    void stop() {
        sync.close();
        harness.close();
    }

    private SentInvoice send(String number) throws Exception {
        Path pdf = InvoicePdfs.textPdf(dir.resolve(number + ".pdf"), List.of("Facture " + number));
        InvoiceDraft draft = drafts.save(new PreflightService(new PdfInspector(), harness.clock, Locale.FRENCH)
                .prepare(pdf).draft()
                .withInvoiceNumber(number).withInvoiceDate(LocalDate.of(2026, 3, 9)).withRecipientSiret(COMMUNE)
                .withAmountExclTax(new BigDecimal("1000.00")).withVatAmount(new BigDecimal("200.00"))
                .withAmountInclTax(new BigDecimal("1200.00")).withAmountDue(new BigDecimal("1200.00")));
        return new DraftSubmission(submission, history, drafts).send(draft, SandboxHarness.DEMO_SUPPLIER,
                step -> { });
    }

    @Test
    void aNewScheduleReplacesTheOldOneAndClosingStopsIt() throws Exception {
        List<java.util.concurrent.ScheduledFuture<?>> scheduled = new CopyOnWriteArrayList<>();
        java.util.concurrent.ScheduledThreadPoolExecutor scheduler = new java.util.concurrent.ScheduledThreadPoolExecutor(1) {
            @Override
            public java.util.concurrent.ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay,
                    long delay, java.util.concurrent.TimeUnit unit) {
                java.util.concurrent.ScheduledFuture<?> future = super.scheduleWithFixedDelay(command, initialDelay,
                        delay, unit);
                scheduled.add(future);
                return future;
            }
        };
        try {
            sync.start(scheduler, Duration.ofHours(1));
            sync.start(scheduler, Duration.ofHours(1));
            assertThat(scheduled).hasSize(2);
            assertThat(scheduled.get(0).isCancelled()).as("the first schedule is replaced").isTrue();
            assertThat(scheduled.get(1).isCancelled()).isFalse();

            sync.close();
            assertThat(scheduled.get(1).isCancelled()).as("closed").isTrue();
        } finally {
            scheduler.shutdownNow();
            assertThat(scheduler.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void lessThanOneWorkerIsRefused() {
        assertThatThrownBy(() -> new StatusSyncService(() -> harness.client, history, harness.clock, 0,
                Duration.ofMinutes(1), Duration.ofMinutes(8), Locale.FRENCH))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theWaitDoublesUpToItsCapAndStaysThere() throws Exception {
        SentInvoice sent = send("FA-2026-0601");
        historiqueDown.set(true);

        for (long minutes : new long[] {1, 2, 4, 8, 8}) {
            var before = harness.clock.instant();
            assertThat(sync.syncNow().failed()).isEqualTo(1);
            assertThat(sync.retryNotBefore(sent.id())).as("wait after a failure")
                    .contains(before.plus(Duration.ofMinutes(minutes)));
            harness.clock.advance(Duration.ofMinutes(minutes).minusSeconds(1));
            assertThat(sync.syncNow().deferred()).as("one second early").isEqualTo(1);
            harness.clock.advance(Duration.ofSeconds(1));
        }
        historiqueDown.set(false);
        assertThat(sync.syncNow().failed()).isZero();
        assertThat(sync.retryNotBefore(sent.id())).isEmpty();
    }

    @Test
    void invoicesAreAskedOnDaemonWorkersSoTheyNeverHoldTheAppOpen() throws Exception {
        send("FA-2026-0602");
        historiqueThreads.clear();

        assertThat(sync.syncNow().asked()).isEqualTo(1);

        assertThat(historiqueThreads).singleElement().satisfies(t -> {
            assertThat(t.isDaemon()).isTrue();
            assertThat(t).isNotSameAs(Thread.currentThread());
        });
    }

    @Test
    void withoutACurrentStatusTheNewestOfTheTimelineIsTaken() throws Exception {
        SentInvoice sent = send("FA-2026-0603");
        noCurrentStatus.set(true);
        harness.clock.advance(SandboxHarness.STEP);

        SyncReport report = sync.syncNow();
        assertThat(blanked).as("the answer's current status was blanked").isTrue();

        // one step after DEPOSEE comes EN_COURS_ACHEMINEMENT (docs/sandbox.md, lifecycle)
        assertThat(history.get(sent.id()).orElseThrow().status()).isEqualTo("EN_COURS_ACHEMINEMENT");
        assertThat(report.changed()).singleElement()
                .satisfies(n -> assertThat(n.newStatus()).isEqualTo("EN_COURS_ACHEMINEMENT"));
    }
}
