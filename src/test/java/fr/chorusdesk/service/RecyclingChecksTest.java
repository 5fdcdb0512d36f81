package fr.chorusdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.domain.RecipientAnswers;
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
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recycling an invoice {@code A_RECYCLER} runs the checks of a first deposit before recyclerFacture
 * is sent, and the history keeps the new routing. Recipients, services and engagement numbers from
 * docs/sandbox.md ("Public recipients", "More public structures", "Seeded engagement numbers"); the
 * RECY- marker from its "Lifecycle and scenario markers".
 */
class RecyclingChecksTest {

    private static final String DEPARTEMENT = "22691000200014";
    private static final String REGION = "20001234000010";
    private static final String DDT = "13042273824703";
    private static final String INACTIVE = "25890100400014";
    private static final String RECYCLER = "/factures/v1/recycler";

    @TempDir
    Path dir;

    private SandboxHarness harness;
    private PreflightService preflight;
    private DraftService drafts;
    private HistoryService history;
    private SubmissionService submission;
    private StatusSyncService sync;
    private final ProfileAnswers answers = ProfileAnswers.inMemory(RecipientAnswers.NONE);
    private HistoryActions actions;

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
        sync = new StatusSyncService(() -> harness.client, history, harness.clock, 2, Duration.ofMinutes(1),
                Duration.ofMinutes(8), Locale.FRENCH);
        actions = new HistoryActions(() -> harness.client, history, drafts, harness.clock, Locale.FRENCH, answers,
                () -> Optional.of(SandboxHarness.DEMO_SUPPLIER.structureId()));
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    /** Sent to the département's VOIRIE service, then left in A_RECYCLER by the RECY- marker. */
    private SentInvoice toRecycle(String number) throws Exception {
        Path pdf = InvoicePdfs.textPdf(dir.resolve(number + ".pdf"), List.of("Facture " + number));
        InvoiceDraft draft = drafts.save(preflight.prepare(pdf).draft()
                .withInvoiceNumber(number).withInvoiceDate(LocalDate.of(2026, 3, 9))
                .withRecipientSiret(DEPARTEMENT).withServiceCode("VOIRIE")
                .withAmountExclTax(new BigDecimal("1000.00")).withVatAmount(new BigDecimal("200.00"))
                .withAmountInclTax(new BigDecimal("1200.00")).withAmountDue(new BigDecimal("1200.00")));
        SentInvoice sent = new DraftSubmission(submission, history, drafts).send(draft, SandboxHarness.DEMO_SUPPLIER,
                step -> { });
        for (int step = 0; step < 3; step++) {
            harness.clock.advance(SandboxHarness.STEP);
            sync.syncNow();
        }
        assertThat(history.get(sent.id()).orElseThrow().status()).isEqualTo("A_RECYCLER");
        return history.get(sent.id()).orElseThrow();
    }

    private List<String> callsSince(int before) {
        return harness.apiCalls().subList(before, harness.apiCalls().size());
    }

    @Test
    void anInactiveRecipientIsRefusedBeforeRecyclerFacture() throws Exception {
        SentInvoice sent = toRecycle("RECY-2026-21");
        int before = harness.apiCalls().size();

        assertThatThrownBy(() -> actions.recycle(sent.id(), INACTIVE, Optional.empty(), Optional.empty(),
                Optional.empty())).isInstanceOfSatisfying(HistoryActionException.class,
                        e -> assertThat(e.userMessage()).contains(INACTIVE).contains("inactive"));
        assertThat(callsSince(before)).doesNotContain(RECYCLER);
    }

    @Test
    void anInactiveServiceIsRefusedBeforeRecyclerFacture() throws Exception {
        SentInvoice sent = toRecycle("RECY-2026-22");
        int before = harness.apiCalls().size();

        // the region's ANCIEN-SERVICE is inactive (docs/sandbox.md)
        assertThatThrownBy(() -> actions.recycle(sent.id(), REGION, Optional.of("ANCIEN-SERVICE"), Optional.empty(),
                Optional.empty())).isInstanceOfSatisfying(HistoryActionException.class,
                        e -> assertThat(e.userMessage()).contains("ANCIEN-SERVICE").contains("inactif"));
        assertThat(callsSince(before)).doesNotContain(RECYCLER);
    }

    @Test
    void theRulesOfTheStructureAreMet() throws Exception {
        SentInvoice sent = toRecycle("RECY-2026-23");
        int before = harness.apiCalls().size();

        // the region requires a service code; the invoice's own (VOIRIE) was the département's and
        // does not follow it to another recipient
        assertThatThrownBy(() -> actions.recycle(sent.id(), REGION, Optional.empty(), Optional.empty(),
                Optional.empty())).isInstanceOfSatisfying(HistoryActionException.class,
                        e -> assertThat(e.userMessage()).contains(REGION).contains("exige un code service"));
        assertThat(callsSince(before)).doesNotContain(RECYCLER);
    }

    @Test
    void aStateEngagementNumberChorusProDoesNotKnowBlocksUnderTheStrictCheck() throws Exception {
        SentInvoice sent = toRecycle("RECY-2026-24");
        answers.update(a -> a.withStrictEngagementCheck(true));
        int before = harness.apiCalls().size();

        // 1300999999 is not among the DDT's seeded engagement numbers (1300500001)
        assertThatThrownBy(() -> actions.recycle(sent.id(), DDT, Optional.empty(), Optional.of("1300999999"),
                Optional.empty())).isInstanceOfSatisfying(HistoryActionException.class,
                        e -> assertThat(e.userMessage()).contains("1300999999").contains("n’existe pas"));
        assertThat(callsSince(before)).contains("/engagementsJuridiques/v1/rechercher").doesNotContain(RECYCLER);

        SentInvoice recycled = actions.recycle(sent.id(), DDT, Optional.empty(), Optional.of("1300500001"),
                Optional.empty());
        assertThat(recycled.recipientSiret()).isEqualTo(DDT);
        assertThat(callsSince(before)).contains(RECYCLER);
    }

    @Test
    void theHistoryKeepsTheNewServiceCodeAndEngagementNumber() throws Exception {
        SentInvoice sent = toRecycle("RECY-2026-25");

        actions.recycle(sent.id(), "200 012 340 00010", Optional.of("CULTURE"), Optional.of("EJ-2026-0001"),
                Optional.empty());

        SentInvoice kept = history.get(sent.id()).orElseThrow();
        assertThat(kept.recipientSiret()).isEqualTo(REGION);
        assertThat(kept.recyclings()).singleElement().satisfies(r -> {
            assertThat(r.recipientSiret()).isEqualTo(REGION);
            assertThat(r.serviceCode()).contains("CULTURE");
            assertThat(r.engagementNumber()).contains("EJ-2026-0001");
            assertThat(r.at()).isEqualTo(harness.clock.instant());
        });
        assertThat(kept.currentServiceCode()).contains("CULTURE");
        assertThat(kept.currentEngagementNumber()).contains("EJ-2026-0001");
        assertThat(kept.sent().orElseThrow().serviceCode()).as("a draft made from it starts from the new routing")
                .contains("CULTURE");
        // and Chorus Pro holds the same (consulterFactureParFournisseur)
        var facture = harness.client.consulterFactureParFournisseur(kept.invoiceId().orElseThrow()).facture();
        assertThat(facture.destinataire().codeServiceExecutant()).isEqualTo("CULTURE");
        assertThat(facture.references().numeroBonCommande()).isEqualTo("EJ-2026-0001");
    }
}
