package fr.chorusdesk.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.domain.SupplierIdentity;
import fr.chorusdesk.pdf.PageRenderer;
import fr.chorusdesk.pdf.PdfInspector;
import fr.chorusdesk.service.InvoicePdfs;
import fr.chorusdesk.service.PagePreviewService;
import fr.chorusdesk.service.PreflightResult;
import fr.chorusdesk.service.PreflightService;
import fr.chorusdesk.service.RecipientService;
import fr.chorusdesk.service.SandboxHarness;
import fr.chorusdesk.service.SubmissionException;
import fr.chorusdesk.service.SubmissionService;
import fr.chorusdesk.service.FlowPolling;
import fr.chorusdesk.service.InMemorySubmissionLedger;
import fr.chorusdesk.testing.MutableClock;
import fr.chorusdesk.ui.common.HeldTaskRunner;
import fr.chorusdesk.ui.common.SameThreadTaskRunner;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the wizard's views used to decide, now in the run and the step models: a file given before
 * the account is ready, what the bottom bar says once Chorus Pro has the invoice, where a refusal is
 * corrected, which preview page wins, the SIRET judged as typed and the platform's today. Real
 * sandbox over HTTP, no FX thread.
 */
class WizardDecisionsTest {

    /** docs/sandbox.md: a commune with no rule; a département requiring a service code. */
    private static final String COMMUNE = "21750001000012";
    private static final String DEPARTEMENT = "22691000200014";

    @TempDir
    Path dir;

    private SandboxHarness harness;
    private final SimpleObjectProperty<SupplierIdentity> supplier = new SimpleObjectProperty<>();
    private WizardServices services;

    @BeforeEach
    void start() {
        harness = new SandboxHarness(dir.resolve("state"));
        RecipientService recipients = new RecipientService(harness.client, harness.clock);
        SubmissionService submissions = new SubmissionService(harness.client, recipients,
                new InMemorySubmissionLedger(), new FlowPolling(Duration.ofSeconds(10), 10, harness.clock::advance),
                harness.clock, Locale.FRENCH);
        services = new WizardServices(new PreflightService(new PdfInspector(), harness.clock, Locale.FRENCH),
                new PagePreviewService(new PageRenderer(), Locale.FRENCH), recipients, submissions, supplier,
                Optional.empty(), new SameThreadTaskRunner(), Runnable::run, harness.clock, Locale.FRENCH);
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    private Path facturX(String number, String recipient) throws Exception {
        return InvoicePdfs.facturX(dir.resolve(number + ".pdf"), InvoicePdfs.Cii.demo(number, recipient));
    }

    @Test
    void aFileGivenBeforeTheAccountIsReadyWaitsOnTheCompteStepAndOpensOnceItIs() throws Exception {
        WizardRun run = new WizardRun(services);
        Path file = facturX("FX-2026-0701", COMMUNE);

        run.openPdf(file);
        assertThat(run.model().current()).isEqualTo(WizardStep.ACCOUNT);
        assertThat(run.pendingPdf()).contains(file);
        assertThat(run.pdf().resultProperty().get()).isNull();

        supplier.set(SandboxHarness.DEMO_SUPPLIER);

        assertThat(run.model().current()).isEqualTo(WizardStep.PDF);
        assertThat(run.pendingPdf()).isEmpty();
        assertThat(run.draftProperty().get().invoiceNumber()).contains("FX-2026-0701");
    }

    @Test
    void theBottomBarSaysSentThenAlreadySentForTheSameInvoiceSentTwice() throws Exception {
        supplier.set(SandboxHarness.DEMO_SUPPLIER);
        Path file = facturX("FX-2026-0702", COMMUNE);
        WizardRun first = sendThrough(file);
        assertThat(first.draftStateProperty().get()).isEqualTo(WizardRun.DraftState.SENT);
        assertThat(first.finished()).isTrue();
        assertThat(first.lockedProperty().get()).isTrue();

        WizardRun again = sendThrough(file);
        assertThat(again.send().failureKindProperty().get()).isEqualTo(SubmissionException.Kind.DUPLICATE);
        assertThat(again.draftStateProperty().get()).isEqualTo(WizardRun.DraftState.ALREADY_SENT);
        assertThat(again.send().stepsToCorrect()).as("a changed number would make a second invoice").isEmpty();
    }

    private WizardRun sendThrough(Path file) {
        WizardRun run = new WizardRun(services);
        run.openPdf(file);
        run.model().next();
        run.model().next();
        run.model().next();
        run.send().send();
        return run;
    }

    @Test
    void aRefusalNamesTheStepsOfItsFieldsInTheWizardsOrder() throws Exception {
        supplier.set(SandboxHarness.DEMO_SUPPLIER);
        SendStepModel send = new SendStepModel(new SimpleObjectProperty<>(InvoiceDraft.start(harness.clock.instant())
                .withPdf(services.preflight().prepare(facturX("FX-2026-0703", DEPARTEMENT)).draft().pdf().orElseThrow())
                .withRecipientSiret(DEPARTEMENT).withInvoiceNumber("FX-2026-0703")
                .withInvoiceDate(LocalDate.of(2026, 3, 2)).withAmountExclTax(new BigDecimal("100.00"))),
                supplier, services.submissions(), new SameThreadTaskRunner(), Runnable::run);

        send.send();

        assertThat(send.failureKindProperty().get()).isEqualTo(SubmissionException.Kind.INVALID_DRAFT);
        assertThat(send.stepsToCorrect()).containsExactly(WizardStep.REFERENCES, WizardStep.AMOUNTS);
        assertThat(send.mustVerifyFirst()).isFalse();
        assertThat(send.sendActionKey()).isEqualTo("wizard.send.button");
        assertThat(send.progressProperty().get()).as("not uploading: no measure").isEqualTo(-1);
    }

    @Test
    void aPreviewPageAskedForAnEarlierFileNeverReplacesTheLaterOnesAndAnUnreadableFileIsNotDrawn()
            throws Exception {
        HeldTaskRunner tasks = new HeldTaskRunner();
        PagePreviewModel preview = new PagePreviewModel(services.previews(), tasks);
        Path readable = InvoicePdfs.textPdf(dir.resolve("lisible.pdf"), List.of("Facture"));
        PreflightResult checked = services.preflight().prepare(readable);
        preview.follow(checked, Optional.of(readable));
        assertThat(preview.busyProperty().get()).isTrue();
        Path unreadable = Files.writeString(dir.resolve("abime.pdf"), "pas un PDF");
        preview.follow(services.preflight().prepare(unreadable), Optional.of(unreadable));
        assertThat(preview.blankProperty().get()).isEqualTo(PagePreviewModel.Blank.UNREADABLE);

        tasks.held.poll().run();

        assertThat(preview.blankProperty().get()).isEqualTo(PagePreviewModel.Blank.UNREADABLE);
        assertThat(preview.pageCountProperty().get()).isZero();
        assertThat(preview.canGoForwardProperty().get()).isFalse();
    }

    @Test
    void aSiretIsJudgedOnceItsFourteenDigitsAreTypedAndTodayIsTheDayInParis() {
        // 23:30 UTC on 9 March is 00:30 on 10 March in Paris (UTC+1 in winter)
        MutableClock lateEvening = new MutableClock(Instant.parse("2026-03-09T23:30:00Z"));
        ReferencesStepModel references = new ReferencesStepModel(
                new SimpleObjectProperty<>(InvoiceDraft.start(lateEvening.instant())), services.recipients(),
                new SameThreadTaskRunner(), lateEvening);

        assertThat(references.judgeSiretAsTyped("2175 0001 0000 1")).isFalse();
        assertThat(references.judgeSiretAsTyped("217 500 010 000 12")).isTrue();
        assertThat(references.canBeInvoiceDate(LocalDate.of(2026, 3, 10))).isTrue();
        assertThat(references.canBeInvoiceDate(LocalDate.of(2026, 3, 11))).isFalse();
    }
}
