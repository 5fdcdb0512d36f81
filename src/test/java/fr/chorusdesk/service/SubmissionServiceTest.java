package fr.chorusdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.chorusdesk.chorus.api.RechercherFactureParFournisseurRequest;
import fr.chorusdesk.domain.DraftField;
import fr.chorusdesk.domain.DraftIssue;
import fr.chorusdesk.domain.FieldSource;
import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.pdf.PdfInspector;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import okhttp3.Interceptor;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The submission use case over real HTTP against the embedded sandbox. Expected values come from
 * docs/sandbox.md (seeded recipients and their rules, the demo supplier, flow states, the 30 s
 * lifecycle step) and the API reference, never from the code under test. The sandbox clock is
 * moved by hand: the flow polling "waits" by advancing it.
 */
class SubmissionServiceTest {

    private static final String STATE = "11000201100044";
    private static final String COMMUNE = "21750001000012";
    private static final String DEPARTEMENT = "22691000200014";
    private static final String HOSPITAL = "26750003000015";
    private static final String AGGLO = "20004500100019";
    private static final String INACTIVE = "25890100400014";
    private static final String REGION = "20001234000010";
    private static final LocalDate DEPOSIT_DAY = LocalDate.of(2026, 3, 10);
    private static final Duration POLL_INTERVAL = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private final AtomicBoolean loseNextSubmitAnswer = new AtomicBoolean();
    private final List<Duration> pauses = new CopyOnWriteArrayList<>();
    private SandboxHarness harness;
    private InMemorySubmissionLedger ledger;
    private PreflightService preflight;
    private SubmissionService service;

    private void start(int maxPolls) {
        Interceptor loseAnswer = chain -> {
            if (chain.request().url().encodedPath().endsWith("/factures/v1/soumettre")
                    && loseNextSubmitAnswer.getAndSet(false)) {
                // the request reached the sandbox and was processed; only its answer is lost
                Response processed = chain.proceed(chain.request());
                processed.close();
                throw new SocketTimeoutException("answer lost on the way back");
            }
            return chain.proceed(chain.request());
        };
        harness = new SandboxHarness(dir.resolve("state"), List.of(loseAnswer));
        ledger = new InMemorySubmissionLedger();
        preflight = new PreflightService(new PdfInspector(), harness.clock, Locale.FRENCH);
        FlowPolling polling = new FlowPolling(POLL_INTERVAL, maxPolls, d -> {
            pauses.add(d);
            harness.clock.advance(d);
        });
        service = new SubmissionService(harness.client, new RecipientService(harness.client, harness.clock), ledger,
                polling, harness.clock, Locale.FRENCH);
    }

    @AfterEach
    void stop() {
        if (harness != null) {
            harness.close();
        }
    }

    /** Steps and upload progress as the UI would see them. */
    private static final class Recorder implements SubmissionListener {
        final List<SubmissionStep> steps = new ArrayList<>();
        final List<List<Long>> progress = new ArrayList<>();

        @Override
        public void stepStarted(SubmissionStep step) {
            steps.add(step);
        }

        @Override
        public void uploadProgress(long sentBytes, long totalBytes) {
            progress.add(List.of(sentBytes, totalBytes));
        }
    }

    /** A plain PDF and every field typed, as a user without Factur-X would. */
    private InvoiceDraft typed(String number, String recipient, String serviceCode, String engagement)
            throws IOException {
        Path pdf = InvoicePdfs.textPdf(dir.resolve(number + ".pdf"), List.of("Facture " + number));
        return preflight.prepare(pdf).draft()
                .withInvoiceNumber(number).withInvoiceDate(LocalDate.of(2026, 3, 9))
                .withRecipientSiret(recipient).withServiceCode(serviceCode).withEngagementNumber(engagement)
                .withAmountExclTax(new BigDecimal("1000.00")).withVatAmount(new BigDecimal("200.00"))
                .withAmountInclTax(new BigDecimal("1200.00")).withAmountDue(new BigDecimal("1200.00"));
    }

    private long invoicesNumbered(String number) throws Exception {
        return harness.client.rechercherFactureParFournisseur(RechercherFactureParFournisseurRequest.builder()
                .idFournisseur(SandboxHarness.DEMO_SUPPLIER.structureId()).numeroFacture(number).build())
                .listeFactures().size();
    }

    private long calls(String path) {
        return harness.apiCalls().stream().filter(path::equals).count();
    }

    // ------------------------------------------------------------------ the happy paths

    @Test
    void aFacturXGoesByDefaultAsThePdfWithItsDataAndIsCheckedAtOnce() throws Exception {
        start(10);
        Path pdf = InvoicePdfs.facturX(dir.resolve("FX-2026-0100.pdf"),
                InvoicePdfs.Cii.demo("FX-2026-0100", COMMUNE));
        InvoiceDraft draft = preflight.prepare(pdf).draft();
        assertThat(service.flowPossible(draft)).as("its XML says all the draft says").isTrue();
        assertThat(service.modeFor(draft)).isEqualTo(SubmissionMode.PDF_UPLOAD);

        SubmissionReceipt receipt = service.submit(draft, SandboxHarness.DEMO_SUPPLIER, SubmissionListener.NONE);

        assertThat(receipt.mode()).isEqualTo(SubmissionMode.PDF_UPLOAD);
        assertThat(receipt.invoiceId()).isPresent();
        assertThat(receipt.flowNumber()).isEmpty();
        assertThat(receipt.status()).isEqualTo("DEPOSEE");
        assertThat(calls("/factures/v1/soumettre")).isEqualTo(1);
        assertThat(calls("/factures/v1/deposer/flux")).isZero();
        assertThat(pauses).as("an immediate answer: nothing to poll").isEmpty();
    }

    @Test
    void aFacturXToASeededRecipientIsPrefilledWithNothingTypedAndDepositedAsAFlowFollowedToItsReport()
            throws Exception {
        start(10);
        Path pdf = InvoicePdfs.facturX(dir.resolve("FX-2026-0101.pdf"),
                InvoicePdfs.Cii.demo("FX-2026-0101", COMMUNE));
        // the profile's VAT regime and payment mode, as the wizard applies them
        InvoiceDraft draft = SandboxHarness.DEMO_SUPPLIER.defaults().applyTo(preflight.prepare(pdf).draft());

        assertThat(draft.origins()).doesNotContainValue(FieldSource.TYPED);
        assertThat(service.check(draft)).isEmpty();
        assertThat(service.modeFor(draft, true)).isEqualTo(SubmissionMode.FACTURX_FLOW);

        Recorder recorder = new Recorder();
        SubmissionReceipt receipt = service.submit(draft, SandboxHarness.DEMO_SUPPLIER, recorder, true);

        assertThat(receipt.mode()).isEqualTo(SubmissionMode.FACTURX_FLOW);
        assertThat(receipt.flowNumber().orElseThrow()).hasSize(25).startsWith("CPP0011110");
        assertThat(receipt.invoiceId()).isPresent();
        assertThat(receipt.inProgress()).isFalse();
        assertThat(receipt.status()).isEqualTo("DEPOSEE");
        assertThat(receipt.depositDate()).contains(DEPOSIT_DAY);
        // the report says IN_EN_COURS_TRAITEMENT_CPP for one 30 s step: polls at 0, 10, 20 s, final at 30 s
        assertThat(pauses).containsExactly(POLL_INTERVAL, POLL_INTERVAL, POLL_INTERVAL);
        assertThat(calls("/transverses/v1/consulterCRDetaille")).isEqualTo(4);
        assertThat(recorder.steps).containsExactly(SubmissionStep.CHECKING, SubmissionStep.DEPOSITING_FLOW,
                SubmissionStep.FOLLOWING_REPORT, SubmissionStep.FINDING_INVOICE, SubmissionStep.DONE);
        assertThat(calls("/factures/v1/deposer/flux")).isEqualTo(1);
        assertThat(calls("/factures/v1/soumettre")).isZero();
        assertThat(harness.client.consulterHistoriqueFacture(receipt.invoiceId().get()).numeroFacture())
                .isEqualTo("FX-2026-0101");
    }

    @Test
    void aTypedInvoiceIsUploadedThenSubmittedWithItsServiceCode() throws Exception {
        start(10);
        // typed as printed on the order form, with spaces
        InvoiceDraft draft = typed("FA-2026-0201", "226 910 002 00014", "VOIRIE", null);
        assertThat(service.modeFor(draft)).isEqualTo(SubmissionMode.PDF_UPLOAD);

        Recorder recorder = new Recorder();
        SubmissionReceipt receipt = service.submit(draft, SandboxHarness.DEMO_SUPPLIER, recorder);

        assertThat(receipt.mode()).isEqualTo(SubmissionMode.PDF_UPLOAD);
        assertThat(receipt.invoiceId()).isPresent();
        assertThat(receipt.flowNumber()).isEmpty();
        assertThat(receipt.status()).isEqualTo("DEPOSEE");
        assertThat(receipt.depositDate()).contains(DEPOSIT_DAY);
        assertThat(receipt.depositCertificate().orElseThrow()).isNotBlank();
        assertThat(recorder.steps).containsExactly(SubmissionStep.CHECKING, SubmissionStep.UPLOADING,
                SubmissionStep.SUBMITTING, SubmissionStep.DONE);
        long size = Files.size(dir.resolve("FA-2026-0201.pdf"));
        assertThat(recorder.progress).first().isEqualTo(List.of(0L, size));
        assertThat(recorder.progress).last().isEqualTo(List.of(size, size));
        assertThat(recorder.progress).extracting(p -> p.get(0)).isSorted();
        List<String> sends = harness.apiCalls().stream()
                .filter(p -> p.equals("/transverses/v1/ajouter/fichier") || p.equals("/factures/v1/soumettre"))
                .toList();
        assertThat(sends).containsExactly("/transverses/v1/ajouter/fichier", "/factures/v1/soumettre");
        assertThat(harness.client.consulterHistoriqueFacture(receipt.invoiceId().get()).numeroFacture())
                .isEqualTo("FA-2026-0201");
        assertThat(receipt.recipientSiret()).isEqualTo(DEPARTEMENT);
    }

    // ------------------------------------------------------------------ rules before sending

    static Stream<Arguments> recipientRules() {
        return Stream.of(
                Arguments.of(DEPARTEMENT, List.of(
                        new DraftIssue(DraftField.SERVICE_CODE, DraftIssue.Reason.SERVICE_CODE_REQUIRED)),
                        "VOIRIE", null),
                Arguments.of(HOSPITAL, List.of(
                        new DraftIssue(DraftField.ENGAGEMENT_NUMBER, DraftIssue.Reason.ENGAGEMENT_NUMBER_REQUIRED)),
                        null, "EJ-2026-77"),
                Arguments.of(AGGLO, List.of(
                        new DraftIssue(DraftField.SERVICE_CODE,
                                DraftIssue.Reason.SERVICE_CODE_OR_ENGAGEMENT_NUMBER_REQUIRED),
                        new DraftIssue(DraftField.ENGAGEMENT_NUMBER,
                                DraftIssue.Reason.SERVICE_CODE_OR_ENGAGEMENT_NUMBER_REQUIRED)),
                        null, "EJ-2026-78"),
                Arguments.of(STATE, List.of(
                        new DraftIssue(DraftField.SERVICE_CODE, DraftIssue.Reason.SERVICE_CODE_REQUIRED),
                        new DraftIssue(DraftField.ENGAGEMENT_NUMBER, DraftIssue.Reason.ENGAGEMENT_NUMBER_REQUIRED)),
                        "SFACETAT", "1300123456"));
    }

    @ParameterizedTest
    @MethodSource("recipientRules")
    void eachRecipientRuleIsEnforcedBeforeAnythingIsSent(String siret, List<DraftIssue> expected, String service,
            String engagement) throws Exception {
        start(10);
        InvoiceDraft bare = typed("FA-2026-0301", siret, null, null);
        Recorder recorder = new Recorder();

        assertThatThrownBy(() -> this.service.submit(bare, SandboxHarness.DEMO_SUPPLIER, recorder))
                .isInstanceOfSatisfying(SubmissionException.class, e -> {
                    assertThat(e.kind()).isEqualTo(SubmissionException.Kind.INVALID_DRAFT);
                    assertThat(e.issues()).containsExactlyInAnyOrderElementsOf(expected);
                    assertThat(e.userMessage()).contains("à corriger");
                });
        assertThat(recorder.steps).containsExactly(SubmissionStep.CHECKING);
        assertThat(calls("/transverses/v1/ajouter/fichier")).isZero();
        assertThat(calls("/factures/v1/soumettre")).isZero();
        assertThat(invoicesNumbered("FA-2026-0301")).isZero();

        InvoiceDraft completed = SandboxHarness.DEMO_SUPPLIER.defaults()
                .applyTo(bare.withServiceCode(service).withEngagementNumber(engagement));
        assertThat(this.service.check(completed)).as("the rule is met once the field is given").isEmpty();
        assertThat(this.service.submit(completed, SandboxHarness.DEMO_SUPPLIER, SubmissionListener.NONE).invoiceId())
                .as("and the sandbox, applying the same rule, accepts it").isPresent();
    }

    @Test
    void anInactiveStructureOrServiceIsRefusedWithItsReasonAndNothingIsSent() throws Exception {
        start(10);
        assertThatThrownBy(() -> service.submit(typed("FA-2026-0401", INACTIVE, null, null),
                SandboxHarness.DEMO_SUPPLIER, SubmissionListener.NONE))
                .isInstanceOfSatisfying(SubmissionException.class, e -> {
                    assertThat(e.kind()).isEqualTo(SubmissionException.Kind.RECIPIENT_REFUSED);
                    assertThat(e.userMessage()).contains(INACTIVE).contains("inactive");
                });
        assertThatThrownBy(() -> service.submit(typed("FA-2026-0402", REGION, "ANCIEN-SERVICE", null),
                SandboxHarness.DEMO_SUPPLIER, SubmissionListener.NONE))
                .isInstanceOfSatisfying(SubmissionException.class, e -> {
                    assertThat(e.kind()).isEqualTo(SubmissionException.Kind.RECIPIENT_REFUSED);
                    assertThat(e.userMessage()).contains("ANCIEN-SERVICE").contains("inactif");
                });
        assertThat(calls("/transverses/v1/ajouter/fichier")).isZero();
        assertThat(calls("/factures/v1/soumettre")).isZero();
    }

    // ------------------------------------------------------------------ duplicates

    @Test
    void theSameDraftIsNotSentTwice() throws Exception {
        start(10);
        InvoiceDraft draft = typed("FA-2026-0501", COMMUNE, null, null);
        SubmissionReceipt first = service.submit(draft, SandboxHarness.DEMO_SUPPLIER, SubmissionListener.NONE);

        Recorder again = new Recorder();
        assertThatThrownBy(() -> service.submit(draft, SandboxHarness.DEMO_SUPPLIER, again))
                .isInstanceOfSatisfying(SubmissionException.class, e -> {
                    assertThat(e.kind()).isEqualTo(SubmissionException.Kind.DUPLICATE);
                    assertThat(e.existing().orElseThrow().invoiceId()).isEqualTo(first.invoiceId());
                    assertThat(e.userMessage()).contains("FA-2026-0501").contains("déjà été déposée");
                });
        assertThat(again.steps).as("refused from the ledger, without asking Chorus Pro")
                .containsExactly(SubmissionStep.CHECKING);
        assertThat(calls("/factures/v1/soumettre")).isEqualTo(1);
        assertThat(invoicesNumbered("FA-2026-0501")).isEqualTo(1);
    }

    @Test
    void anAttemptWhoseAnswerWasLostIsLookedUpBeforeAnyResend() throws Exception {
        start(10);
        InvoiceDraft draft = typed("FA-2026-0601", COMMUNE, null, null);
        loseNextSubmitAnswer.set(true);

        assertThatThrownBy(() -> service.submit(draft, SandboxHarness.DEMO_SUPPLIER, SubmissionListener.NONE))
                .isInstanceOfSatisfying(SubmissionException.class, e -> {
                    assertThat(e.kind()).isEqualTo(SubmissionException.Kind.MAY_HAVE_BEEN_RECEIVED);
                    assertThat(e.userMessage()).isNotBlank().doesNotContain("chorus.error");
                });
        assertThat(invoicesNumbered("FA-2026-0601")).as("it did land").isEqualTo(1);

        Recorder retry = new Recorder();
        assertThatThrownBy(() -> service.submit(draft, SandboxHarness.DEMO_SUPPLIER, retry))
                .isInstanceOfSatisfying(SubmissionException.class, e -> {
                    assertThat(e.kind()).isEqualTo(SubmissionException.Kind.DUPLICATE);
                    assertThat(e.existing().orElseThrow().invoiceId()).isPresent();
                    assertThat(e.existing().get().status()).isEqualTo("DEPOSEE");
                });
        assertThat(retry.steps).contains(SubmissionStep.CHECKING_PREVIOUS_ATTEMPT)
                .doesNotContain(SubmissionStep.SUBMITTING);
        assertThat(calls("/factures/v1/soumettre")).isEqualTo(1);
        assertThat(invoicesNumbered("FA-2026-0601")).isEqualTo(1);
    }

    @Test
    void anAttemptThatDidNotLandIsSentAfterTheLookUp() throws Exception {
        start(10);
        InvoiceDraft draft = typed("FA-2026-0701", COMMUNE, null, null);
        ledger.inFlight(new SubmissionKey(draft.pdf().orElseThrow().sha256(), "FA-2026-0701", COMMUNE),
                java.util.Optional.empty());

        Recorder recorder = new Recorder();
        SubmissionReceipt receipt = service.submit(draft, SandboxHarness.DEMO_SUPPLIER, recorder);

        assertThat(receipt.invoiceId()).isPresent();
        assertThat(recorder.steps).containsSubsequence(SubmissionStep.CHECKING_PREVIOUS_ATTEMPT,
                SubmissionStep.UPLOADING, SubmissionStep.SUBMITTING, SubmissionStep.DONE);
        assertThat(harness.apiCalls()).contains("/factures/v1/rechercher/fournisseur");
    }

    // ------------------------------------------------------------------ flows

    @Test
    void aRejectedFlowSaysWhyAndIsNotRememberedAsSent() throws Exception {
        start(10);
        // a valid SIRET that is not the demo supplier's
        Path pdf = InvoicePdfs.facturX(dir.resolve("FX-2026-0801.pdf"),
                InvoicePdfs.Cii.demo("FX-2026-0801", COMMUNE).withSeller("73282932000074"));
        InvoiceDraft draft = preflight.prepare(pdf).draft();
        assertThat(service.modeFor(draft, true)).isEqualTo(SubmissionMode.FACTURX_FLOW);

        assertThatThrownBy(() -> service.submit(draft, SandboxHarness.DEMO_SUPPLIER, SubmissionListener.NONE, true))
                .isInstanceOfSatisfying(SubmissionException.class, e -> {
                    assertThat(e.kind()).isEqualTo(SubmissionException.Kind.FLOW_REJECTED);
                    assertThat(e.details()).isNotEmpty().allSatisfy(d -> assertThat(d).isNotBlank());
                    assertThat(e.userMessage()).contains("rejeté");
                });
        assertThat(ledger.find(new SubmissionKey(draft.pdf().get().sha256(), "FX-2026-0801", COMMUNE))).isEmpty();
    }

    @Test
    void aFlowStillProcessedIsReturnedInProgressAndFollowedNotRedeposited() throws Exception {
        start(1);
        Path pdf = InvoicePdfs.facturX(dir.resolve("FX-2026-0901.pdf"),
                InvoicePdfs.Cii.demo("FX-2026-0901", COMMUNE));
        InvoiceDraft draft = preflight.prepare(pdf).draft();

        SubmissionReceipt pending = service.submit(draft, SandboxHarness.DEMO_SUPPLIER, SubmissionListener.NONE, true);
        assertThat(pending.inProgress()).isTrue();
        assertThat(pending.status()).isEqualTo("IN_EN_COURS_TRAITEMENT_CPP");
        assertThat(pauses).as("bounded: one poll, no wait").isEmpty();

        harness.clock.advance(SandboxHarness.STEP);
        Recorder recorder = new Recorder();
        SubmissionReceipt done = service.submit(draft, SandboxHarness.DEMO_SUPPLIER, recorder, true);

        assertThat(done.flowNumber()).isEqualTo(pending.flowNumber());
        assertThat(done.invoiceId()).isPresent();
        assertThat(recorder.steps).contains(SubmissionStep.CHECKING_PREVIOUS_ATTEMPT)
                .doesNotContain(SubmissionStep.DEPOSITING_FLOW);
        assertThat(calls("/factures/v1/deposer/flux")).isEqualTo(1);
        assertThat(service.followFlow(pending, SandboxHarness.DEMO_SUPPLIER, SubmissionListener.NONE).invoiceId())
                .isEqualTo(done.invoiceId());
    }

    // ------------------------------------------------------------------ the file

    @Test
    void aPdfChangedSinceItsCheckIsNotSent() throws Exception {
        start(10);
        InvoiceDraft draft = typed("FA-2026-1001", COMMUNE, null, null);
        Files.write(Path.of(draft.pdf().orElseThrow().path()), new byte[] {'%', 'P', 'D', 'F'},
                java.nio.file.StandardOpenOption.APPEND);

        assertThatThrownBy(() -> service.submit(draft, SandboxHarness.DEMO_SUPPLIER, SubmissionListener.NONE))
                .isInstanceOfSatisfying(SubmissionException.class, e -> {
                    assertThat(e.kind()).isEqualTo(SubmissionException.Kind.PDF_CHANGED);
                    assertThat(e.userMessage()).contains("FA-2026-1001.pdf");
                });
        assertThat(calls("/transverses/v1/ajouter/fichier")).isZero();
    }
}
