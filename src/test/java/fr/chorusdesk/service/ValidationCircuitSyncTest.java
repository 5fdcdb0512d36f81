package fr.chorusdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.domain.BillingFrame;
import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.domain.SentInvoice;
import fr.chorusdesk.domain.StatusChange;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A9 and A12 invoices followed in the history over real HTTP against the sandbox: the main
 * contractor's validation (15 days, then tacit), who must act and what comes next, in French.
 * Expected statuses and texts: docs/sandbox.md ("Validation circuit") and the message bundles.
 */
class ValidationCircuitSyncTest {

    private static final String COMMUNE = "21750001000012";
    /** The main contractor: any valid SIRET (La Poste's sample). */
    private static final String MAIN_CONTRACTOR = "35600000049837";

    @TempDir
    Path dir;

    private SandboxHarness harness;
    private PreflightService preflight;
    private DraftService drafts;
    private HistoryService history;
    private SubmissionService submission;
    private StatusSyncService sync;
    private final StatusLabels french = new StatusLabels(Locale.FRENCH);

    @BeforeEach
    void start() throws Exception {
        harness = new SandboxHarness(dir.resolve("state"));
        preflight = new PreflightService(new PdfInspector(), harness.clock, Locale.FRENCH);
        drafts = new DraftService(new DraftStore(dir.resolve("drafts"), new InvoiceDraftJson(), harness.clock),
                () -> "demo", harness.clock, Locale.FRENCH);
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
        sync.close();
        harness.close();
    }

    private SentInvoice send(String number, BillingFrame frame, String comment) throws Exception {
        Path pdf = InvoicePdfs.textPdf(dir.resolve(number + ".pdf"), List.of("Facture " + number));
        InvoiceDraft draft = drafts.save(preflight.prepare(pdf).draft()
                .withInvoiceNumber(number).withInvoiceDate(LocalDate.of(2026, 3, 9)).withRecipientSiret(COMMUNE)
                .withBillingFrame(frame).withValidatorStructureSiret(MAIN_CONTRACTOR).withComment(comment)
                .withAmountExclTax(new BigDecimal("1000.00")).withVatAmount(new BigDecimal("200.00"))
                .withAmountInclTax(new BigDecimal("1200.00")).withAmountDue(new BigDecimal("1200.00")));
        return new DraftSubmission(submission, history, drafts).send(draft, SandboxHarness.DEMO_SUPPLIER, s -> { });
    }

    private SentInvoice advanceAndSync(SentInvoice invoice, Duration by) {
        harness.clock.advance(by);
        sync.syncNow();
        return history.get(invoice.id()).orElseThrow();
    }

    @Test
    void aSubcontractorsInvoiceIsValidatedByTheMainContractorThenRouted() throws Exception {
        SentInvoice sent = send("FA-2026-0801", BillingFrame.A9, null);
        assertThat(french.nextAction(sent)).as("who acts next, on deposit")
                .isEqualTo("Chorus Pro transmet d’abord votre facture de sous-traitant au titulaire du marché, "
                        + "qui a 15 jours pour la valider.");

        SentInvoice waiting = advanceAndSync(sent, SandboxHarness.STEP);
        assertThat(waiting.status()).isEqualTo("A_VALIDER_1");
        assertThat(french.label(waiting.status())).isEqualTo("À valider par le titulaire (valideur)");
        assertThat(french.nextAction(waiting)).startsWith("À faire par le titulaire du marché (valideur)")
                .contains("15 jours");

        SentInvoice validated = advanceAndSync(sent, SandboxHarness.STEP);
        assertThat(validated.status()).isEqualTo("VALIDEE_1");
        assertThat(french.nextAction(validated)).contains("Rien à faire");
        assertThat(advanceAndSync(sent, SandboxHarness.STEP).status()).isEqualTo("EN_COURS_ACHEMINEMENT");
    }

    @Test
    void aRefusalIsFinalAndNoLongerAsked() throws Exception {
        SentInvoice sent = send("REFV-2026-0802", BillingFrame.A9, null);
        advanceAndSync(sent, SandboxHarness.STEP);

        SentInvoice refused = advanceAndSync(sent, SandboxHarness.STEP);

        assertThat(refused.status()).isEqualTo("REFUSEE_1");
        assertThat(refused.timeline()).extracting(StatusChange::code).containsExactly("DEPOSEE", "A_VALIDER_1",
                "REFUSEE_1");
        assertThat(refused.timeline().get(2).comment()).hasValueSatisfying(c -> assertThat(c).contains("refusée"));
        assertThat(french.nextAction(refused)).contains("nouvelle facture");
        harness.clock.advance(SandboxHarness.STEP);
        assertThat(sync.syncNow().asked()).as("REFUSEE_1 is final").isZero();
    }

    @Test
    void fifteenDaysOfSilenceAreATacitValidation() throws Exception {
        SentInvoice sent = send("TACI-2026-0803", BillingFrame.A9, null);
        SentInvoice waiting = advanceAndSync(sent, SandboxHarness.STEP);
        assertThat(waiting.status()).isEqualTo("A_VALIDER_1");

        assertThat(advanceAndSync(sent, Duration.ofDays(15).minusMinutes(1)).status())
                .as("one minute short of 15 days").isEqualTo("A_VALIDER_1");
        SentInvoice tacit = advanceAndSync(sent, Duration.ofMinutes(1));

        assertThat(tacit.status()).isEqualTo("ABSENCE_VALIDATION_1_HORS_DELAI");
        assertThat(french.label(tacit.status())).isEqualTo("Validée tacitement (délai de validation dépassé)");
        assertThat(french.nextAction(tacit)).contains("validation est tacite");
        assertThat(advanceAndSync(sent, SandboxHarness.STEP).status()).isEqualTo("EN_COURS_ACHEMINEMENT");
    }

    @Test
    void aCoContractorsInvoiceIsOnlyTakenNoteOfByTheMandataire() throws Exception {
        SentInvoice sent = send("FA-2026-0804", BillingFrame.A12, null);

        assertThat(french.nextAction(sent)).isEqualTo("Le mandataire du groupement prend connaissance de votre "
                + "facture de cotraitant ; il n’a pas à la valider.");
        assertThat(advanceAndSync(sent, SandboxHarness.STEP).status()).as("no validation status")
                .isEqualTo("EN_COURS_ACHEMINEMENT");
    }
}
