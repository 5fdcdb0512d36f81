package fr.chorusdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.chorusdesk.domain.DraftField;
import fr.chorusdesk.domain.DraftIssue;
import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.pdf.PdfInspector;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Interceptor;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * More of the submission over real HTTP against the sandbox: the checks before anything is sent,
 * the flow polling limit, and what the ledger keeps after a flow or a lost answer. Recipients from
 * docs/sandbox.md ("Public recipients"); a flow report stays IN_EN_COURS_TRAITEMENT_CPP for one
 * 30 s lifecycle step (docs/sandbox.md), polled every 10 s here.
 */
class SubmissionServiceMoreTest {

    private static final String COMMUNE = "21750001000012";
    private static final Duration POLL_INTERVAL = Duration.ofSeconds(10);
    private static final String REPORT = "/transverses/v1/consulterCRDetaille";

    @TempDir
    Path dir;

    private final AtomicBoolean loseNextSubmitAnswer = new AtomicBoolean();
    private final AtomicBoolean loseNextDepositAnswer = new AtomicBoolean();
    private final List<Duration> pauses = new CopyOnWriteArrayList<>();
    private SandboxHarness harness;
    private InMemorySubmissionLedger ledger;
    private PreflightService preflight;
    private SubmissionService service;

    private void start(int maxPolls) {
        Interceptor loseAnswer = chain -> {
            String path = chain.request().url().encodedPath();
            if (path.endsWith("/factures/v1/soumettre") && loseNextSubmitAnswer.getAndSet(false)
                    || path.endsWith("/factures/v1/deposer/flux") && loseNextDepositAnswer.getAndSet(false)) {
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

    private static final class Steps implements SubmissionListener {
        final List<SubmissionStep> steps = new ArrayList<>();

        @Override
        public void stepStarted(SubmissionStep step) {
            steps.add(step);
        }

        @Override
        public void uploadProgress(long sentBytes, long totalBytes) {
        }
    }

    private InvoiceDraft typed(String number, String recipient) throws IOException {
        Path pdf = InvoicePdfs.textPdf(dir.resolve(number + ".pdf"), List.of("Facture " + number));
        return preflight.prepare(pdf).draft()
                .withInvoiceNumber(number).withInvoiceDate(LocalDate.of(2026, 3, 9))
                .withRecipientSiret(recipient)
                .withAmountExclTax(new BigDecimal("1000.00")).withVatAmount(new BigDecimal("200.00"))
                .withAmountInclTax(new BigDecimal("1200.00")).withAmountDue(new BigDecimal("1200.00"));
    }

    private long calls(String path) {
        return harness.apiCalls().stream().filter(path::equals).count();
    }

    @Test
    void aDraftWithAnInvalidSiretIsReportedWithoutAskingChorusPro() throws Exception {
        start(10);
        // 11000201100045: the State test structure's SIRET with its last digit changed, fails Luhn
        InvoiceDraft draft = typed("FA-2026-1101", "11000201100045");
        int before = harness.apiCalls().size();

        List<DraftIssue> issues = service.check(draft);

        assertThat(issues).extracting(DraftIssue::field).contains(DraftField.RECIPIENT_SIRET);
        assertThat(harness.apiCalls()).as("an invalid SIRET is not looked up").hasSize(before);
        assertThat(service.check(SandboxHarness.DEMO_SUPPLIER.defaults().applyTo(typed("FA-2026-1102", COMMUNE))))
                .isEmpty();
    }

    @Test
    void aDraftMissingItsAmountsHasIssues() throws Exception {
        start(10);
        Path pdf = InvoicePdfs.textPdf(dir.resolve("FA-2026-1103.pdf"), List.of("Facture FA-2026-1103"));
        InvoiceDraft draft = SandboxHarness.DEMO_SUPPLIER.defaults().applyTo(preflight.prepare(pdf).draft()
                .withInvoiceNumber("FA-2026-1103").withInvoiceDate(LocalDate.of(2026, 3, 9))
                .withRecipientSiret(COMMUNE));

        assertThat(service.check(draft)).isNotEmpty()
                .allSatisfy(i -> assertThat(i.reason()).isEqualTo(DraftIssue.Reason.AMOUNT_MISSING));
        assertThatThrownBy(() -> service.submit(draft, SandboxHarness.DEMO_SUPPLIER, SubmissionListener.NONE))
                .isInstanceOfSatisfying(SubmissionException.class,
                        e -> assertThat(e.kind()).isEqualTo(SubmissionException.Kind.INVALID_DRAFT));
    }

    @Test
    void aFacturXWhoseTypedFieldsDisagreeWithItsXmlIsUploadedAsAPdf() throws Exception {
        start(10);
        Path pdf = InvoicePdfs.facturX(dir.resolve("FX-2026-1101.pdf"),
                InvoicePdfs.Cii.demo("FX-2026-1101", COMMUNE));
        InvoiceDraft draft = preflight.prepare(pdf).draft();
        assertThat(service.modeFor(draft, true)).isEqualTo(SubmissionMode.FACTURX_FLOW);

        InvoiceDraft changed = draft.withInvoiceNumber("FX-2026-1199");

        assertThat(service.modeFor(changed, true)).as("the XML no longer says what the draft says")
                .isEqualTo(SubmissionMode.PDF_UPLOAD);
    }

    @Test
    void theFlowIsPolledAtMostTheGivenNumberOfTimes() throws Exception {
        start(2);
        Path pdf = InvoicePdfs.facturX(dir.resolve("FX-2026-1102.pdf"),
                InvoicePdfs.Cii.demo("FX-2026-1102", COMMUNE));
        InvoiceDraft draft = preflight.prepare(pdf).draft();
        Steps steps = new Steps();

        SubmissionReceipt pending = service.submit(draft, SandboxHarness.DEMO_SUPPLIER, steps, true);

        // two polls, at 0 and 10 s, both within the 30 s of processing: one wait between them
        assertThat(pending.inProgress()).isTrue();
        assertThat(pauses).containsExactly(POLL_INTERVAL);
        assertThat(calls(REPORT)).isEqualTo(2);
        assertThat(steps.steps).containsExactly(SubmissionStep.CHECKING, SubmissionStep.DEPOSITING_FLOW,
                SubmissionStep.FOLLOWING_REPORT);
        SubmissionKey key = new SubmissionKey(draft.pdf().orElseThrow().sha256(), "FX-2026-1102", COMMUNE);
        assertThat(ledger.find(key)).hasValueSatisfying(e -> {
            assertThat(e.state()).isEqualTo(SubmissionLedger.State.IN_FLIGHT);
            assertThat(e.flowNumber()).isEqualTo(pending.flowNumber());
        });
    }

    @Test
    void anIntegratedFlowIsRememberedAsSent() throws Exception {
        start(10);
        Path pdf = InvoicePdfs.facturX(dir.resolve("FX-2026-1103.pdf"),
                InvoicePdfs.Cii.demo("FX-2026-1103", COMMUNE));
        InvoiceDraft draft = preflight.prepare(pdf).draft();

        SubmissionReceipt receipt = service.submit(draft, SandboxHarness.DEMO_SUPPLIER, SubmissionListener.NONE, true);

        SubmissionKey key = new SubmissionKey(draft.pdf().orElseThrow().sha256(), "FX-2026-1103", COMMUNE);
        assertThat(ledger.find(key)).hasValueSatisfying(e -> {
            assertThat(e.state()).isEqualTo(SubmissionLedger.State.SENT);
            assertThat(e.receipt().orElseThrow().invoiceId()).isEqualTo(receipt.invoiceId());
        });
        Steps again = new Steps();
        assertThatThrownBy(() -> service.submit(draft, SandboxHarness.DEMO_SUPPLIER, again, true))
                .isInstanceOfSatisfying(SubmissionException.class,
                        e -> assertThat(e.kind()).isEqualTo(SubmissionException.Kind.DUPLICATE));
        assertThat(again.steps).containsExactly(SubmissionStep.CHECKING);
    }

    @Test
    void anInvoiceFoundAfterALostAnswerIsRememberedSoItIsNotLookedUpAgain() throws Exception {
        start(10);
        InvoiceDraft draft = typed("FA-2026-1104", COMMUNE);
        loseNextSubmitAnswer.set(true);
        assertThatThrownBy(() -> service.submit(draft, SandboxHarness.DEMO_SUPPLIER, SubmissionListener.NONE))
                .isInstanceOf(SubmissionException.class);
        assertThatThrownBy(() -> service.submit(draft, SandboxHarness.DEMO_SUPPLIER, SubmissionListener.NONE))
                .isInstanceOfSatisfying(SubmissionException.class, e -> {
                    assertThat(e.kind()).isEqualTo(SubmissionException.Kind.DUPLICATE);
                    assertThat(e.existing().orElseThrow().mode()).as("uploaded, not a flow")
                            .isEqualTo(SubmissionMode.PDF_UPLOAD);
                    assertThat(e.existing().get().recipientSiret()).isEqualTo(COMMUNE);
                });
        long lookUps = calls("/factures/v1/rechercher/fournisseur");

        Steps third = new Steps();
        assertThatThrownBy(() -> service.submit(draft, SandboxHarness.DEMO_SUPPLIER, third))
                .isInstanceOfSatisfying(SubmissionException.class,
                        e -> assertThat(e.kind()).isEqualTo(SubmissionException.Kind.DUPLICATE));
        assertThat(third.steps).as("refused from the ledger").containsExactly(SubmissionStep.CHECKING);
        assertThat(calls("/factures/v1/rechercher/fournisseur")).isEqualTo(lookUps);
    }

    @Test
    void aFlowWhoseDepositAnswerWasLostStaysInFlight() throws Exception {
        start(10);
        Path pdf = InvoicePdfs.facturX(dir.resolve("FX-2026-1104.pdf"),
                InvoicePdfs.Cii.demo("FX-2026-1104", COMMUNE));
        InvoiceDraft draft = preflight.prepare(pdf).draft();
        loseNextDepositAnswer.set(true);

        assertThatThrownBy(() -> service.submit(draft, SandboxHarness.DEMO_SUPPLIER, SubmissionListener.NONE, true))
                .isInstanceOfSatisfying(SubmissionException.class,
                        e -> assertThat(e.kind()).isEqualTo(SubmissionException.Kind.MAY_HAVE_BEEN_RECEIVED));

        SubmissionKey key = new SubmissionKey(draft.pdf().orElseThrow().sha256(), "FX-2026-1104", COMMUNE);
        assertThat(ledger.find(key)).as("it may have landed: kept to be looked up before any resend")
                .hasValueSatisfying(e -> {
                    assertThat(e.state()).isEqualTo(SubmissionLedger.State.IN_FLIGHT);
                    assertThat(e.flowNumber()).isEmpty();
                });
    }
}
