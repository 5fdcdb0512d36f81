package fr.chorusdesk.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.domain.DraftField;
import fr.chorusdesk.domain.DraftIssue;
import fr.chorusdesk.domain.FieldSource;
import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.domain.RecipientRules;
import fr.chorusdesk.domain.SupplierIdentity;
import fr.chorusdesk.pdf.PdfInspector;
import fr.chorusdesk.service.FlowPolling;
import fr.chorusdesk.service.InMemorySubmissionLedger;
import fr.chorusdesk.service.InvoicePdfs;
import fr.chorusdesk.service.PreflightResult;
import fr.chorusdesk.service.PreflightService;
import fr.chorusdesk.service.RecipientService;
import fr.chorusdesk.service.SandboxHarness;
import fr.chorusdesk.service.SubmissionException;
import fr.chorusdesk.service.SubmissionMode;
import fr.chorusdesk.service.SubmissionService;
import fr.chorusdesk.service.SubmissionStep;
import fr.chorusdesk.ui.common.SameThreadTaskRunner;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The step view-models on one shared draft, without the FX thread ({@link SameThreadTaskRunner})
 * and with the real services over HTTP against the sandbox. Expected values from docs/sandbox.md.
 */
class StepModelsTest {

    @TempDir
    Path dir;

    private SandboxHarness harness;
    private SimpleObjectProperty<InvoiceDraft> draft;
    private PdfStepModel pdf;
    private ReferencesStepModel references;
    private AmountsStepModel amounts;
    private SendStepModel send;
    private final SimpleObjectProperty<SupplierIdentity> supplier = new SimpleObjectProperty<>();
    private final List<SubmissionStep> stepsSeen = new ArrayList<>();

    @BeforeEach
    void start() {
        harness = new SandboxHarness(dir.resolve("state"));
        SameThreadTaskRunner runner = new SameThreadTaskRunner();
        draft = new SimpleObjectProperty<>(InvoiceDraft.start(harness.clock.instant()));
        RecipientService recipients = new RecipientService(harness.client, harness.clock);
        pdf = new PdfStepModel(draft, new PreflightService(new PdfInspector(), harness.clock, Locale.FRENCH), runner);
        references = new ReferencesStepModel(draft, recipients, runner, harness.clock);
        amounts = new AmountsStepModel(draft, harness.clock, Locale.FRENCH);
        // the demo profile's usual VAT regime and payment mode, as the wizard's run applies them
        new VatSectionModel(draft, new SimpleObjectProperty<>(SandboxHarness.DEMO_SUPPLIER), harness.clock,
                Locale.FRENCH);
        SubmissionService submissions = new SubmissionService(harness.client, recipients,
                new InMemorySubmissionLedger(), new FlowPolling(java.time.Duration.ofSeconds(10), 10,
                        harness.clock::advance), harness.clock, Locale.FRENCH);
        send = new SendStepModel(draft, supplier, submissions, runner, Runnable::run);
        send.stepProperty().addListener((obs, old, now) -> stepsSeen.add(now));
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void aFacturXFlowsThroughEveryStepWithNothingTyped() throws Exception {
        Path file = InvoicePdfs.facturX(dir.resolve("FX-2026-0111.pdf"),
                InvoicePdfs.Cii.demo("FX-2026-0111", "21750001000012"));

        pdf.choose(file);

        assertThat(pdf.canContinueProperty().get()).isTrue();
        assertThat(pdf.busyProperty().get()).isFalse();
        assertThat(references.recipientSiretProperty().get()).isEqualTo("21750001000012");
        assertThat(references.invoiceNumberProperty().get()).isEqualTo("FX-2026-0111");
        assertThat(references.invoiceDateProperty().get()).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(references.recipientProperty().get().name()).isEqualTo("COMMUNE DE VALBOURG");
        assertThat(references.canContinueProperty().get()).isTrue();
        assertThat(amounts.amountInclTaxProperty().get()).endsWith("200,00");
        assertThat(amounts.canContinueProperty().get()).isTrue();
        assertThat(send.modeProperty().get()).as("the PDF with its data by default").isEqualTo(SubmissionMode.PDF_UPLOAD);
        assertThat(send.flowPossibleProperty().get()).isTrue();
        send.asFlowProperty().set(true);
        assertThat(send.modeProperty().get()).isEqualTo(SubmissionMode.FACTURX_FLOW);

        assertThat(send.canSendProperty().get()).as("no account yet").isFalse();
        supplier.set(SandboxHarness.DEMO_SUPPLIER);
        send.send();

        assertThat(send.failureMessageProperty().get()).isNull();
        assertThat(send.receiptProperty().get().invoiceId()).isPresent();
        assertThat(send.receiptProperty().get().flowNumber()).isPresent();
        assertThat(stepsSeen).containsSubsequence(SubmissionStep.DEPOSITING_FLOW, SubmissionStep.FOLLOWING_REPORT,
                SubmissionStep.DONE);
        assertThat(send.uploadProgressProperty().get()).isEqualTo(1.0);
        assertThat(send.canSendProperty().get()).as("sent once").isFalse();
        assertThat(draft.get().origins()).doesNotContainValue(FieldSource.TYPED);
    }

    @Test
    void typingAServiceRecipientAsksForItsServiceCodeThenSends() throws Exception {
        pdf.choose(InvoicePdfs.textPdf(dir.resolve("facture.pdf"), List.of("Facture n° FA-2026-0777",
                "Total TTC 1 200,00 €")));
        assertThat(pdf.suggestions()).extracting(PreflightResult.Suggestion::field)
                .contains(DraftField.INVOICE_NUMBER, DraftField.AMOUNT_INCL_TAX);
        PreflightResult.Suggestion number = pdf.suggestions().stream()
                .filter(s -> s.field() == DraftField.INVOICE_NUMBER).findFirst().orElseThrow();
        assertThat(pdf.take(number)).isTrue();
        assertThat(references.invoiceNumberProperty().get()).isEqualTo("FA-2026-0777");

        references.recipientSiretProperty().set("226 910 002 00014");
        assertThat(references.recipientProperty().get().rules()).isEqualTo(RecipientRules.SERVICE_CODE);
        assertThat(references.services()).extracting(s -> s.code()).containsExactlyInAnyOrder("VOIRIE", "COLLEGES");
        references.invoiceDateProperty().set(LocalDate.of(2026, 3, 9));
        assertThat(references.issues()).containsExactly(
                new DraftIssue(DraftField.SERVICE_CODE, DraftIssue.Reason.SERVICE_CODE_REQUIRED));
        assertThat(references.canContinueProperty().get()).isFalse();

        references.serviceCodeProperty().set("NOPE");
        assertThat(references.serviceMessageProperty().get()).contains("NOPE");
        references.serviceCodeProperty().set("VOIRIE");
        assertThat(references.serviceMessageProperty().get()).isNull();
        assertThat(references.issues()).isEmpty();
        assertThat(references.canContinueProperty().get()).isTrue();
        assertThat(draft.get().originOf(DraftField.SERVICE_CODE)).isEqualTo(FieldSource.TYPED);

        amounts.amountExclTaxProperty().set("1 000,00");
        amounts.vatAmountProperty().set("200,00");
        amounts.amountInclTaxProperty().set("1 200,01");
        assertThat(amounts.expectedTotalProperty().get()).endsWith("200,00");
        assertThat(amounts.issues()).extracting(DraftIssue::reason).contains(DraftIssue.Reason.TOTAL_MISMATCH);
        amounts.amountInclTaxProperty().set("1 200,00");
        amounts.amountDueProperty().set("douze");
        assertThat(amounts.unreadable()).containsExactly(DraftField.AMOUNT_DUE);
        assertThat(amounts.canContinueProperty().get()).isFalse();
        amounts.amountDueProperty().set("1 200,00");
        assertThat(amounts.canContinueProperty().get()).isTrue();
        assertThat(draft.get().amountDue()).contains(new BigDecimal("1200.00"));

        supplier.set(SandboxHarness.DEMO_SUPPLIER);
        assertThat(send.modeProperty().get()).isEqualTo(SubmissionMode.PDF_UPLOAD);
        send.send();
        assertThat(send.failureMessageProperty().get()).isNull();
        assertThat(send.receiptProperty().get().status()).isEqualTo("DEPOSEE");
        assertThat(stepsSeen).containsSubsequence(SubmissionStep.UPLOADING, SubmissionStep.SUBMITTING,
                SubmissionStep.DONE);
    }

    @Test
    void anInactiveRecipientIsSaidAtOnceAndStopsTheStep() {
        references.recipientSiretProperty().set("25890100400014");

        assertThat(references.recipientProperty().get()).isNull();
        assertThat(references.recipientMessageProperty().get()).contains("inactive");
        assertThat(references.lookingUpProperty().get()).isFalse();
        assertThat(references.canContinueProperty().get()).isFalse();
    }

    @Test
    void aDraftRefusedBeforeSendingBringsItsIssuesBack() throws Exception {
        pdf.choose(InvoicePdfs.textPdf(dir.resolve("vide.pdf"), List.of("Bonjour")));
        supplier.set(SandboxHarness.DEMO_SUPPLIER);

        send.send();

        assertThat(send.failureKindProperty().get()).isEqualTo(SubmissionException.Kind.INVALID_DRAFT);
        assertThat(send.failureMessageProperty().get()).contains("à corriger");
        assertThat(send.issues()).extracting(DraftIssue::field).contains(DraftField.RECIPIENT_SIRET,
                DraftField.INVOICE_NUMBER, DraftField.AMOUNT_INCL_TAX);
        assertThat(send.sendingProperty().get()).isFalse();
        assertThat(send.canSendProperty().get()).as("fix and send again").isTrue();
    }

    @Test
    void eachListIsOneViewSoThatListenersOnItKeepFiring() {
        // a view made per call is dropped by the GC with the listeners added to it
        assertThat(references.issues()).isSameAs(references.issues());
        assertThat(references.services()).isSameAs(references.services());
        assertThat(amounts.issues()).isSameAs(amounts.issues());
        assertThat(amounts.unreadable()).isSameAs(amounts.unreadable());
        assertThat(pdf.findings()).isSameAs(pdf.findings());
        assertThat(pdf.suggestions()).isSameAs(pdf.suggestions());
        assertThat(send.issues()).isSameAs(send.issues());
        assertThat(send.failureDetails()).isSameAs(send.failureDetails());
    }
}
