package fr.chorusdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.domain.InvoiceKind;
import fr.chorusdesk.domain.SentInvoice;
import fr.chorusdesk.domain.StatusChange;
import fr.chorusdesk.pdf.PdfInspector;
import fr.chorusdesk.store.DraftStore;
import fr.chorusdesk.store.HistoryStore;
import fr.chorusdesk.store.InvoiceDraftJson;
import java.io.RandomAccessFile;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
 * History and status sync over real HTTP against the embedded sandbox, whose clock is moved by
 * hand one lifecycle step (30 s) at a time. Expected statuses and comments are those of
 * docs/sandbox.md ("Lifecycle and scenario markers").
 */
class StatusSyncServiceTest {

    private static final String DEPARTEMENT = "22691000200014";
    private static final String COMMUNE = "21750001000012";
    private static final String HISTORIQUE = "/factures/v1/consulter/historique";

    @TempDir
    Path dir;

    private final AtomicBoolean historiqueDown = new AtomicBoolean();
    private final AtomicBoolean unknownStatus = new AtomicBoolean();
    private SandboxHarness harness;
    private PreflightService preflight;
    private DraftService drafts;
    private HistoryService history;
    private SubmissionService submission;
    private StatusSyncService sync;
    private HistoryActions actions;

    @BeforeEach
    void start() throws Exception {
        Interceptor faults = chain -> {
            boolean historique = chain.request().url().encodedPath().endsWith(HISTORIQUE);
            if (historique && historiqueDown.get()) {
                return new Response.Builder().request(chain.request()).protocol(Protocol.HTTP_1_1).code(503)
                        .message("Service Unavailable")
                        .body(ResponseBody.create("", MediaType.get("text/plain"))).build();
            }
            Response response = chain.proceed(chain.request());
            if (historique && unknownStatus.get()) {
                // a status of the platform's 56 this app has no words for
                String body = response.body().string().replace("\"EN_COURS_ACHEMINEMENT\"",
                        "\"MISE_A_DISPOSITION_PREMIER_VALIDEUR\"");
                return response.newBuilder().body(ResponseBody.create(body, MediaType.get("application/json")))
                        .build();
            }
            return response;
        };
        harness = new SandboxHarness(dir.resolve("state"), List.of(faults));
        preflight = new PreflightService(new PdfInspector(), harness.clock, Locale.FRENCH);
        drafts = new DraftService(new DraftStore(dir.resolve("drafts"), new InvoiceDraftJson(), harness.clock),
                () -> "demo", harness.clock, Locale.FRENCH);
        openHistory();
        actions = new HistoryActions(() -> harness.client, history, drafts, harness.clock, Locale.FRENCH);
    }

    private void openHistory() throws Exception {
        if (sync != null) {
            sync.close();
        }
        history = new HistoryService(HistoryStore.open(dir.resolve("history"), harness.clock), () -> "demo",
                harness.clock);
        submission = new SubmissionService(harness.client, new RecipientService(harness.client, harness.clock),
                history, new FlowPolling(Duration.ofSeconds(10), 10, harness.clock::advance), harness.clock,
                Locale.FRENCH);
        sync = new StatusSyncService(() -> harness.client, history, harness.clock, 3, Duration.ofMinutes(1),
                Duration.ofMinutes(8), Locale.FRENCH);
    }

    @AfterEach
    void stop() {
        if (sync != null) {
            sync.close();
        }
        harness.close();
    }

    private InvoiceDraft saved(String number, String recipient, String serviceCode) throws Exception {
        Path pdf = InvoicePdfs.textPdf(dir.resolve(number + ".pdf"), List.of("Facture " + number));
        return drafts.save(preflight.prepare(pdf).draft()
                .withInvoiceNumber(number).withInvoiceDate(LocalDate.of(2026, 3, 9))
                .withRecipientSiret(recipient).withServiceCode(serviceCode)
                .withAmountExclTax(new BigDecimal("1000.00")).withVatAmount(new BigDecimal("200.00"))
                .withAmountInclTax(new BigDecimal("1200.00")).withAmountDue(new BigDecimal("1200.00")));
    }

    private SentInvoice send(InvoiceDraft draft) throws Exception {
        return new DraftSubmission(submission, history, drafts).send(draft, SandboxHarness.DEMO_SUPPLIER,
                step -> { });
    }

    private SentInvoice current(SentInvoice invoice) {
        return history.get(invoice.id()).orElseThrow();
    }

    private long historiqueCalls() {
        return harness.apiCalls().stream().filter(HISTORIQUE::equals).count();
    }

    /** Moves the sandbox one lifecycle step on, syncs, and returns the status now in the history. */
    private String stepAndSync(SentInvoice invoice) {
        harness.clock.advance(SandboxHarness.STEP);
        sync.syncNow();
        return current(invoice).status();
    }

    @Test
    void aSentInvoiceLeavesTheDraftsAndIsFollowedFromDeposeeToMiseEnPaiement() throws Exception {
        InvoiceDraft draft = saved("FA-2026-0401", DEPARTEMENT, "VOIRIE");
        List<SyncReport> reports = new ArrayList<>();
        sync.addListener(reports::add);

        SentInvoice sent = send(draft);

        assertThat(drafts.open(draft.id())).as("a sent invoice is no longer a draft").isEmpty();
        assertThat(sent.invoiceId()).isPresent();
        assertThat(sent.status()).isEqualTo("DEPOSEE");
        assertThat(sent.depositCertificate().orElseThrow()).isNotBlank();
        assertThat(sent.sent().orElseThrow().invoiceNumber()).contains("FA-2026-0401");
        assertThat(sent.amountInclTax()).contains(new BigDecimal("1200.00"));

        List<String> seen = new ArrayList<>();
        for (int step = 0; step < 7; step++) {
            seen.add(stepAndSync(sent));
        }
        // a département's accounts are kept by the public treasury (Hélios): the accountant's two
        // statuses come before payment (docs/sandbox.md, lifecycle)
        assertThat(seen).containsExactly("EN_COURS_ACHEMINEMENT", "MISE_A_DISPOSITION", "SERVICE_FAIT", "MANDATEE",
                "MISE_A_DISPOSITION_COMPTABLE", "COMPTABILISEE", "MISE_EN_PAIEMENT");
        assertThat(current(sent).timeline()).extracting(StatusChange::code).containsExactly("DEPOSEE",
                "EN_COURS_ACHEMINEMENT", "MISE_A_DISPOSITION", "SERVICE_FAIT", "MANDATEE",
                "MISE_A_DISPOSITION_COMPTABLE", "COMPTABILISEE", "MISE_EN_PAIEMENT");
        // dated one 30 s step apart, written to the minute as the platform does: 7 steps = 3 min 30 s
        List<StatusChange> timeline = current(sent).timeline();
        assertThat(Duration.between(timeline.get(0).at(), timeline.get(7).at()))
                .isBetween(Duration.ofMinutes(3), Duration.ofMinutes(4));
        assertThat(timeline).extracting(StatusChange::at).isSorted();
        assertThat(reports.get(0).changed()).singleElement().satisfies(n -> {
            assertThat(n.previousStatus()).isEqualTo("DEPOSEE");
            assertThat(n.newStatus()).isEqualTo("EN_COURS_ACHEMINEMENT");
            assertThat(n.message()).contains("FA-2026-0401");
        });

        // a final status is not asked again
        long calls = historiqueCalls();
        harness.clock.advance(SandboxHarness.STEP);
        assertThat(sync.syncNow().asked()).isZero();
        assertThat(historiqueCalls()).isEqualTo(calls);
        assertThat(new StatusLabels(Locale.FRENCH).label("MISE_EN_PAIEMENT")).isEqualTo("Mise en paiement");
    }

    @Test
    void theHistoryKeepsDuplicateProtectionAcrossARestart() throws Exception {
        InvoiceDraft draft = saved("FA-2026-0402", COMMUNE, null);
        InvoiceDraft copy = drafts.duplicate(draft.id()).orElseThrow();
        send(draft);

        openHistory(); // a new process: the history is read back from disk

        long submits = harness.apiCalls().stream().filter("/factures/v1/soumettre"::equals).count();
        assertThatThrownBy(() -> send(copy)).isInstanceOfSatisfying(SubmissionException.class,
                e -> assertThat(e.kind()).isEqualTo(SubmissionException.Kind.DUPLICATE));
        assertThat(harness.apiCalls().stream().filter("/factures/v1/soumettre"::equals).count()).isEqualTo(submits);
        assertThat(drafts.open(copy.id())).as("a refused duplicate stays a draft").isPresent();
        assertThat(history.find(HistoryFilter.ALL)).singleElement()
                .satisfies(i -> assertThat(i.invoiceNumber()).isEqualTo("FA-2026-0402"));
    }

    @Test
    void aSuspendedInvoiceShowsTheReasonIsCompletedWithADocumentAndGoesOnToPayment() throws Exception {
        SentInvoice sent = send(saved("SUSP-2026-01", COMMUNE, null));
        assertThat(List.of(stepAndSync(sent), stepAndSync(sent), stepAndSync(sent)))
                .containsExactly("EN_COURS_ACHEMINEMENT", "MISE_A_DISPOSITION", "SUSPENDUE");
        StatusChange suspension = current(sent).timeline().get(current(sent).timeline().size() - 1);
        assertThat(suspension.comment().orElseThrow()).startsWith("Pièce justificative manquante");
        assertThat(StatusLabels.isFinal("SUSPENDUE")).isFalse();

        Path tooLarge = dir.resolve("scan.pdf");
        try (RandomAccessFile file = new RandomAccessFile(tooLarge.toFile(), "rw")) {
            file.setLength(10_000_001L); // one byte over the 10 Mo limit
        }
        assertThatThrownBy(() -> actions.complete(sent.id(), List.of(tooLarge), Optional.empty()))
                .isInstanceOfSatisfying(HistoryActionException.class,
                        e -> assertThat(e.userMessage()).contains("scan.pdf").contains("10 Mo"));

        Path receipt = InvoicePdfs.textPdf(dir.resolve("bon de livraison.pdf"), List.of("Bon de livraison"));
        actions.complete(sent.id(), List.of(receipt), Optional.of("Bon de livraison joint"));
        sync.syncNow();
        assertThat(current(sent).status()).isEqualTo("COMPLETEE");
        List<String> seen = new ArrayList<>();
        for (int step = 0; step < 6; step++) {
            seen.add(stepAndSync(sent));
        }
        // a commune is a Hélios recipient (docs/sandbox.md, scenarios)
        assertThat(seen).containsExactly("MISE_A_DISPOSITION", "SERVICE_FAIT", "MANDATEE",
                "MISE_A_DISPOSITION_COMPTABLE", "COMPTABILISEE", "MISE_EN_PAIEMENT");
    }

    @Test
    void anInvoiceToRecycleIsSentToTheRightServiceAndStartsAgain() throws Exception {
        SentInvoice sent = send(saved("RECY-2026-01", DEPARTEMENT, "VOIRIE"));
        assertThat(List.of(stepAndSync(sent), stepAndSync(sent), stepAndSync(sent)))
                .containsExactly("EN_COURS_ACHEMINEMENT", "MISE_A_DISPOSITION", "A_RECYCLER");
        assertThat(current(sent).timeline().get(3).comment().orElseThrow()).startsWith("Service exécutant erroné");

        assertThatThrownBy(() -> actions.recycle(sent.id(), "22691000200015", Optional.of("COLLEGES"),
                Optional.empty(), Optional.empty())).isInstanceOf(HistoryActionException.class);
        actions.recycle(sent.id(), DEPARTEMENT, Optional.of("COLLEGES"), Optional.empty(),
                Optional.of("Service corrigé"));
        sync.syncNow();

        assertThat(current(sent).status()).isEqualTo("DEPOSEE");
        assertThat(current(sent).invoiceNumber()).isEqualTo("RECY-2026-01");
        assertThat(stepAndSync(sent)).isEqualTo("EN_COURS_ACHEMINEMENT");
    }

    @Test
    void aRejectedInvoiceIsFinalAndBecomesANewDraftWithANewNumber() throws Exception {
        SentInvoice sent = send(saved("REJ-2026-01", DEPARTEMENT, "VOIRIE"));
        assertThat(List.of(stepAndSync(sent), stepAndSync(sent), stepAndSync(sent)))
                .containsExactly("EN_COURS_ACHEMINEMENT", "MISE_A_DISPOSITION", "REJETEE");
        assertThat(current(sent).timeline().get(3).comment().orElseThrow()).startsWith("Facture rejetée");
        harness.clock.advance(SandboxHarness.STEP);
        assertThat(sync.syncNow().asked()).isZero();

        assertThatThrownBy(() -> actions.redraft(sent.id(), "rej-2026-01", InvoiceKind.FACTURE))
                .isInstanceOf(HistoryActionException.class);
        String number = HistoryActions.proposedNumber("REJ-2026-01");
        assertThat(number).isEqualTo("REJ-2026-01-R");
        InvoiceDraft redone = actions.redraft(sent.id(), number, InvoiceKind.FACTURE);

        InvoiceDraft reopened = drafts.open(redone.id()).orElseThrow();
        assertThat(reopened.invoiceNumber()).contains("REJ-2026-01-R");
        assertThat(reopened.recipientSiret()).contains(DEPARTEMENT);
        assertThat(reopened.serviceCode()).contains("VOIRIE");
        assertThat(reopened.amountInclTax()).contains(new BigDecimal("1200.00"));
        assertThat(reopened.pdf()).isPresent();
        assertThat(reopened.originalInvoiceNumber()).as("an invoice corrects nothing").isEmpty();
        assertThat(reopened.vatRegime()).as("the regime it was sent with").contains(fr.chorusdesk.domain.VatRegime.DEBITS);
        InvoiceDraft credit = actions.redraft(sent.id(), "AV-2026-01", InvoiceKind.AVOIR);
        assertThat(drafts.open(credit.id()).orElseThrow().kind()).isEqualTo(InvoiceKind.AVOIR);
        assertThat(drafts.open(credit.id()).orElseThrow().originalInvoiceNumber())
                .as("a credit note made from the rejected invoice corrects it").contains("REJ-2026-01");
    }

    @Test
    void errorsBackOffDoublingAndASuccessResetsIt() throws Exception {
        SentInvoice sent = send(saved("FA-2026-0403", COMMUNE, null));
        historiqueDown.set(true);

        SyncReport first = sync.syncNow();
        assertThat(first.failed()).isEqualTo(1);
        long calls = historiqueCalls();
        assertThat(sync.syncNow().deferred()).isEqualTo(1);
        assertThat(historiqueCalls()).as("not asked while backing off").isEqualTo(calls);

        harness.clock.advance(Duration.ofMinutes(1));
        assertThat(sync.syncNow().failed()).isEqualTo(1);
        harness.clock.advance(Duration.ofMinutes(1));
        assertThat(sync.syncNow().deferred()).as("second wait is 2 minutes").isEqualTo(1);
        harness.clock.advance(Duration.ofMinutes(1));
        historiqueDown.set(false);
        SyncReport recovered = sync.syncNow();
        assertThat(recovered.failed()).isZero();
        assertThat(recovered.asked()).isEqualTo(1);
        assertThat(current(sent).status()).isNotEqualTo("DEPOSEE");
        assertThat(sync.retryNotBefore(sent.id())).isEmpty();
    }

    @Test
    void aStatusTheAppDoesNotKnowIsRecordedAndShownByItsCode() throws Exception {
        SentInvoice sent = send(saved("FA-2026-0404", COMMUNE, null));
        unknownStatus.set(true);

        SyncReport report = sync.syncNow();
        harness.clock.advance(SandboxHarness.STEP);
        report = sync.syncNow();

        assertThat(report.failed()).isZero();
        assertThat(current(sent).status()).isEqualTo("MISE_A_DISPOSITION_PREMIER_VALIDEUR");
        assertThat(new StatusLabels(Locale.FRENCH).label("MISE_A_DISPOSITION_PREMIER_VALIDEUR"))
                .isEqualTo("MISE_A_DISPOSITION_PREMIER_VALIDEUR");
        assertThat(report.changed()).singleElement()
                .satisfies(n -> assertThat(n.message()).contains("MISE_A_DISPOSITION_PREMIER_VALIDEUR"));
    }

    @Test
    void invoicesAlreadyOnChorusProAreImportedPageByPageWithProgressAndOnlyOnce() throws Exception {
        for (int n = 1; n <= 5; n++) {
            send(saved("FA-2026-05" + n, COMMUNE, null));
        }
        // another machine: an empty history
        HistoryService elsewhere = new HistoryService(HistoryStore.open(dir.resolve("other"), harness.clock),
                () -> "demo", harness.clock);
        HistoryImport importer = new HistoryImport(() -> harness.client, elsewhere, harness.clock, 2);
        List<String> progress = new ArrayList<>();

        HistoryImport.Result result = importer.run("demo", SandboxHarness.DEMO_SUPPLIER.structureId(),
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31),
                (done, pages, soFar) -> progress.add(done + "/" + pages + ":" + soFar));

        assertThat(progress).containsExactly("1/3:2", "2/3:4", "3/3:5");
        assertThat(result).isEqualTo(new HistoryImport.Result(5, 5));
        assertThat(elsewhere.find(HistoryFilter.ALL)).extracting(SentInvoice::invoiceNumber)
                .containsExactlyInAnyOrder("FA-2026-051", "FA-2026-052", "FA-2026-053", "FA-2026-054", "FA-2026-055");
        assertThat(elsewhere.find(HistoryFilter.ALL)).allSatisfy(i -> {
            assertThat(i.invoiceId()).isPresent();
            assertThat(i.amountInclTax()).contains(new BigDecimal("1200.00"));
            assertThat(i.recipientSiret()).isEqualTo(COMMUNE);
        });
        assertThat(importer.run("demo", SandboxHarness.DEMO_SUPPLIER.structureId(), LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 31), (a, b, c) -> { }).added()).isZero();
        assertThat(importer.run("demo", SandboxHarness.DEMO_SUPPLIER.structureId(), LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 4, 30), (a, b, c) -> { }).found()).isZero();
    }

    @Test
    void aSyncAskedWhileAnotherRunsWaitsForItSoOneStatusChangeIsRecordedAndAnnouncedOnce() throws Exception {
        SentInvoice sent = send(saved("FA-2026-0406", COMMUNE, null));
        String before = current(sent).status();
        java.util.concurrent.CountDownLatch inside = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger clientCalls = new java.util.concurrent.atomic.AtomicInteger();
        // the first sync stops after reading the history, before asking Chorus Pro: the moment a
        // second sync would have read the same old status
        StatusSyncService gated = new StatusSyncService(() -> {
            if (clientCalls.incrementAndGet() == 1) {
                inside.countDown();
                try {
                    release.await(20, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return harness.client;
        }, history, harness.clock, 3, Duration.ofMinutes(1), Duration.ofMinutes(8), Locale.FRENCH);
        List<StatusNotice> announced = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<Boolean> activity = new java.util.concurrent.CopyOnWriteArrayList<>();
        gated.addListener(report -> announced.addAll(report.changed()));
        gated.addActivityListener(activity::add);
        harness.clock.advance(SandboxHarness.STEP);
        try {
            java.util.concurrent.CompletableFuture<SyncReport> timer = gated.request();
            assertThat(inside.await(20, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            java.util.concurrent.CompletableFuture<SyncReport> button = gated.request();
            java.util.concurrent.CompletableFuture<SyncReport> action = gated.request();
            assertThat(action).as("requests made meanwhile share one sync").isSameAs(button);
            assertThat(button).as("and it waits for the running one").isNotDone();
            release.countDown();

            SyncReport first = timer.get(20, java.util.concurrent.TimeUnit.SECONDS);
            SyncReport second = button.get(20, java.util.concurrent.TimeUnit.SECONDS);

            assertThat(first.changed()).hasSize(1);
            assertThat(second.changed()).as("the second sync reads the status the first recorded").isEmpty();
            assertThat(announced).singleElement().satisfies(n -> {
                assertThat(n.previousStatus()).isEqualTo(before);
                assertThat(n.newStatus()).isEqualTo(current(sent).status()).isNotEqualTo(before);
            });
            assertThat(activity).containsExactly(true, false, true, false);
        } finally {
            release.countDown();
            gated.close();
        }
    }
}
