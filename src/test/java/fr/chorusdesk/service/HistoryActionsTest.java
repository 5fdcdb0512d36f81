package fr.chorusdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.domain.InvoiceKind;
import fr.chorusdesk.domain.RecipientAnswers;
import fr.chorusdesk.domain.SentInvoice;
import fr.chorusdesk.pdf.PdfInspector;
import fr.chorusdesk.store.DraftStore;
import fr.chorusdesk.store.HistoryStore;
import fr.chorusdesk.store.InvoiceDraftJson;
import java.math.BigDecimal;
import java.nio.file.Files;
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
 * What the next actions on a sent invoice refuse, and what they send, over real HTTP against the
 * sandbox. Recipients and their rules from docs/sandbox.md ("Public recipients"); scenario markers
 * (SUSP-, RECY-, REJ-) from its "Lifecycle and scenario markers"; the 20-character invoice number
 * from docs/chorus-pro-reference.md (varchar(20)). A recycling runs the checks of a first deposit
 * before recyclerFacture, the State engagement numbers being its "Seeded engagement numbers".
 */
class HistoryActionsTest {

    private static final String DEPARTEMENT = "22691000200014";
    private static final String COMMUNE = "21750001000012";
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
    private HistoryActions actions;
    private final ProfileAnswers answers = ProfileAnswers.inMemory(RecipientAnswers.NONE);

    /** JSON bodies of completer and recycler, as they went on the wire. */
    private final List<com.fasterxml.jackson.databind.JsonNode> actionBodies =
            new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        okhttp3.Interceptor keepActionBodies = chain -> {
            okhttp3.Request request = chain.request();
            String path = request.url().encodedPath();
            if (!(path.endsWith("/factures/v1/completer") || path.endsWith("/factures/v1/recycler"))) {
                return chain.proceed(request);
            }
            okio.Buffer buffer = new okio.Buffer();
            request.body().writeTo(buffer);
            byte[] bytes = buffer.readByteArray();
            actionBodies.add(new com.fasterxml.jackson.databind.ObjectMapper().readTree(bytes));
            return chain.proceed(request.newBuilder()
                    .method(request.method(), okhttp3.RequestBody.create(bytes, request.body().contentType())).build());
        };
        harness = new SandboxHarness(dir.resolve("state"), List.of(keepActionBodies));
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
        sync.close();
        harness.close();
    }

    private SentInvoice send(String number, String recipient, String serviceCode) throws Exception {
        Path pdf = InvoicePdfs.textPdf(dir.resolve(number + ".pdf"), List.of("Facture " + number));
        InvoiceDraft draft = drafts.save(preflight.prepare(pdf).draft()
                .withInvoiceNumber(number).withInvoiceDate(LocalDate.of(2026, 3, 9))
                .withRecipientSiret(recipient).withServiceCode(serviceCode)
                .withAmountExclTax(new BigDecimal("1000.00")).withVatAmount(new BigDecimal("200.00"))
                .withAmountInclTax(new BigDecimal("1200.00")).withAmountDue(new BigDecimal("1200.00")));
        return new DraftSubmission(submission, history, drafts).send(draft, SandboxHarness.DEMO_SUPPLIER,
                step -> { });
    }

    /** Three lifecycle steps: a marked invoice reaches its scenario's status (docs/sandbox.md). */
    private String afterThreeSteps(SentInvoice invoice) {
        for (int step = 0; step < 3; step++) {
            harness.clock.advance(SandboxHarness.STEP);
            sync.syncNow();
        }
        return history.get(invoice.id()).orElseThrow().status();
    }

    @Test
    void documentsForASuspendedInvoicePassTheWizardsChecksExtensionIncluded() throws Exception {
        SentInvoice sent = send("SUSP-2026-12", COMMUNE, null);
        assertThat(afterThreeSteps(sent)).isEqualTo("SUSPENDUE");
        int calls = harness.apiCalls().size();
        Path delivery = InvoicePdfs.textPdf(dir.resolve("bon de livraison.pdf"), List.of("Bon de livraison"));
        Path tool = java.nio.file.Files.writeString(dir.resolve("outil.exe"), "MZ");

        // the extensions Chorus Pro accepts (shared chorus-pro-api.md §6) do not include .exe
        assertThatThrownBy(() -> actions.complete(sent.id(), List.of(delivery, tool), Optional.empty()))
                .isInstanceOfSatisfying(HistoryActionException.class,
                        e -> assertThat(e.userMessage()).contains("« .exe »").contains("outil.exe")
                                .doesNotContain("bon de livraison"));
        assertThat(harness.apiCalls()).as("nothing uploaded when one file is refused").hasSize(calls);

        actions.complete(sent.id(), List.of(delivery), Optional.empty());
        assertThat(harness.apiCalls().subList(calls, harness.apiCalls().size()))
                .containsSubsequence("/transverses/v1/ajouter/fichier", "/factures/v1/completer");
        sync.syncNow();
        assertThat(history.get(sent.id()).orElseThrow().status()).isEqualTo("COMPLETEE");
    }

    @Test
    void completerAndRecyclerSendOnlyWhatWasGivenAndTheDocumentsUnderTheListedType() throws Exception {
        SentInvoice suspended = send("SUSP-2026-13", COMMUNE, null);
        assertThat(afterThreeSteps(suspended)).isEqualTo("SUSPENDUE");
        Path delivery = InvoicePdfs.textPdf(dir.resolve("livraison.pdf"), List.of("Bon de livraison"));

        actions.complete(suspended.id(), List.of(delivery), Optional.of("   "));

        com.fasterxml.jackson.databind.JsonNode completed = actionBodies.get(0);
        assertThat(completed.has("commentaire")).as("a blank comment is no comment").isFalse();
        assertThat(completed.path("pieceJointeComplementaire")).hasSize(1);
        // the catch-all type of docs/sandbox.md's list, the one the wizard offers first
        assertThat(completed.path("pieceJointeComplementaire").get(0).path("pieceJointeComplementaireType").asText())
                .isEqualTo("AUTRE");
        assertThat(completed.path("pieceJointeComplementaire").get(0).path("pieceJointeComplementaireDesignation")
                .asText()).isEqualTo("livraison.pdf");

        SentInvoice other = send("SUSP-2026-14", COMMUNE, null);
        afterThreeSteps(other);
        actions.complete(other.id(), List.of(), Optional.of("Envoyé par courrier"));
        assertThat(actionBodies.get(1).path("commentaire").asText()).isEqualTo("Envoyé par courrier");
        assertThat(actionBodies.get(1).has("pieceJointeComplementaire")).as("no document, no empty list").isFalse();

        SentInvoice toRecycle = send("RECY-2026-15", DEPARTEMENT, "VOIRIE");
        assertThat(afterThreeSteps(toRecycle)).isEqualTo("A_RECYCLER");
        actions.recycle(toRecycle.id(), DEPARTEMENT, Optional.of("COLLEGES"), Optional.of("  "), Optional.of(" "));
        com.fasterxml.jackson.databind.JsonNode recycled = actionBodies.get(2);
        assertThat(recycled.path("destinataire").path("codeServiceExecutant").asText()).isEqualTo("COLLEGES");
        assertThat(recycled.has("reference")).as("a blank engagement number is none").isFalse();
        assertThat(recycled.has("commentaire")).isFalse();
    }

    @Test
    void theProposedNumberKeepsToTwentyCharacters() {
        // 18 characters + "-R" = 20: fits as it is
        assertThat(HistoryActions.proposedNumber("FA-2026-0000000042")).isEqualTo("FA-2026-0000000042-R");
        // 19 characters: cut to 18 so that the suffix fits
        assertThat(HistoryActions.proposedNumber("FA-2026-00000000042")).isEqualTo("FA-2026-0000000004-R");
        // 20 characters, the most Chorus Pro takes
        assertThat(HistoryActions.proposedNumber("ABCDEFGHIJKLMNOPQRST")).isEqualTo("ABCDEFGHIJKLMNOPQR-R")
                .hasSize(20);
    }

    @Test
    void anInvoiceNoLongerInTheHistoryIsSaidSo() {
        assertThatThrownBy(() -> actions.complete("no-such-id", List.of(), Optional.of("x")))
                .isInstanceOfSatisfying(HistoryActionException.class,
                        e -> assertThat(e.userMessage()).contains("plus dans l’historique"));
        assertThatThrownBy(() -> actions.redraft("no-such-id", "FA-NEW-1", InvoiceKind.FACTURE))
                .isInstanceOfSatisfying(HistoryActionException.class,
                        e -> assertThat(e.userMessage()).contains("plus dans l’historique"));
        assertThatThrownBy(() -> actions.recycle("no-such-id", COMMUNE, Optional.empty(), Optional.empty(),
                Optional.empty())).isInstanceOf(HistoryActionException.class);
    }

    @Test
    void completingWithNothingIsRefusedButACommentAloneIsEnough() throws Exception {
        SentInvoice sent = send("SUSP-2026-11", COMMUNE, null);
        assertThat(afterThreeSteps(sent)).isEqualTo("SUSPENDUE");
        int calls = harness.apiCalls().size();

        assertThatThrownBy(() -> actions.complete(sent.id(), List.of(), Optional.of("   ")))
                .isInstanceOfSatisfying(HistoryActionException.class,
                        e -> assertThat(e.userMessage()).contains("au moins un document ou un commentaire"));
        assertThatThrownBy(() -> actions.complete(sent.id(), List.of(), Optional.empty()))
                .isInstanceOf(HistoryActionException.class);
        Path missing = dir.resolve("absent.pdf");
        assertThatThrownBy(() -> actions.complete(sent.id(), List.of(missing), Optional.empty()))
                .isInstanceOfSatisfying(HistoryActionException.class,
                        e -> assertThat(e.userMessage()).contains("absent.pdf").contains("illisible"));
        assertThat(harness.apiCalls()).as("nothing sent when refused").hasSize(calls);

        // exactly 10 Mo is within the limit (docs/chorus-pro-reference.md: 10 Mo per file)
        Path atLimit = dir.resolve("limite.pdf");
        try (var file = new java.io.RandomAccessFile(atLimit.toFile(), "rw")) {
            file.setLength(10_000_000L);
        }
        // checked before any upload: a file at the limit is not refused for its size
        Path tooLarge = dir.resolve("trop.pdf");
        try (var file = new java.io.RandomAccessFile(tooLarge.toFile(), "rw")) {
            file.setLength(10_000_001L);
        }
        assertThatThrownBy(() -> actions.complete(sent.id(), List.of(atLimit, tooLarge), Optional.empty()))
                .isInstanceOfSatisfying(HistoryActionException.class,
                        e -> assertThat(e.userMessage()).contains("trop.pdf").doesNotContain("limite.pdf"));

        actions.complete(sent.id(), List.of(), Optional.of("Pièce envoyée par courrier"));
        sync.syncNow();
        assertThat(history.get(sent.id()).orElseThrow().status()).isEqualTo("COMPLETEE");
    }

    @Test
    void recyclingToAnotherRecipientRecordsItAndSendsTheEngagementNumber() throws Exception {
        SentInvoice sent = send("RECY-2026-11", DEPARTEMENT, "VOIRIE");
        assertThat(afterThreeSteps(sent)).isEqualTo("A_RECYCLER");

        assertThatThrownBy(() -> actions.recycle(sent.id(), "not a siret", Optional.empty(), Optional.empty(),
                Optional.empty())).isInstanceOfSatisfying(HistoryActionException.class,
                        e -> assertThat(e.userMessage()).contains("not a siret").contains("pas valide"));
        // the region's CULTURE service needs an engagement number (docs/sandbox.md): a blank one is not
        // one, and the recycling is refused before anything is sent, as a first deposit would be
        int before = harness.apiCalls().size();
        assertThatThrownBy(() -> actions.recycle(sent.id(), REGION, Optional.of("CULTURE"), Optional.of("  "),
                Optional.empty())).isInstanceOfSatisfying(HistoryActionException.class,
                        e -> assertThat(e.userMessage()).contains(REGION).contains("numéro d’engagement"));
        assertThat(harness.apiCalls().subList(before, harness.apiCalls().size()))
                .doesNotContain("/factures/v1/recycler");
        assertThat(history.get(sent.id()).orElseThrow().recipientSiret()).as("a refused recycling changes nothing")
                .isEqualTo(DEPARTEMENT);

        SentInvoice recycled = actions.recycle(sent.id(), "200 012 340 00010", Optional.of("CULTURE"),
                Optional.of("EJ-2026-0001"), Optional.of("  "));

        assertThat(recycled.recipientSiret()).isEqualTo(REGION);
        assertThat(history.get(sent.id()).orElseThrow().recipientSiret()).isEqualTo(REGION);
        sync.syncNow();
        assertThat(history.get(sent.id()).orElseThrow().status()).isEqualTo("DEPOSEE");
    }

    @Test
    void aBlankServiceCodeIsNoServiceCode() throws Exception {
        SentInvoice sent = send("RECY-2026-12", DEPARTEMENT, "VOIRIE");
        assertThat(afterThreeSteps(sent)).isEqualTo("A_RECYCLER");
        int before = harness.apiCalls().size();

        // a blank code is not a code: not sent, the invoice keeps its service (VOIRIE, one of the
        // département's, docs/sandbox.md) and the platform takes it back
        SentInvoice recycled = actions.recycle(sent.id(), DEPARTEMENT, Optional.of("  "), Optional.empty(),
                Optional.of("Renvoyée"));

        assertThat(recycled.recipientSiret()).isEqualTo(DEPARTEMENT);
        sync.syncNow();
        assertThat(history.get(sent.id()).orElseThrow().status()).isEqualTo("DEPOSEE");
        assertThat(harness.apiCalls().subList(before, harness.apiCalls().size())).contains("/factures/v1/recycler");
    }

    @Test
    void aRedraftWhosePdfIsGoneHasNoPdfButKeepsTheRest() throws Exception {
        SentInvoice sent = send("REJ-2026-11", DEPARTEMENT, "VOIRIE");
        assertThat(afterThreeSteps(sent)).isEqualTo("REJETEE");
        Files.delete(Path.of(sent.sent().orElseThrow().pdf().orElseThrow().path()));

        InvoiceDraft redone = actions.redraft(sent.id(), "REJ-2026-11-R", InvoiceKind.FACTURE);

        InvoiceDraft reopened = drafts.open(redone.id()).orElseThrow();
        assertThat(reopened.pdf()).as("the original PDF no longer exists").isEmpty();
        assertThat(reopened.invoiceNumber()).contains("REJ-2026-11-R");
        assertThat(reopened.serviceCode()).contains("VOIRIE");
        assertThatThrownBy(() -> actions.redraft(sent.id(), " REJ-2026-11 ", InvoiceKind.AVOIR))
                .isInstanceOfSatisfying(HistoryActionException.class,
                        e -> assertThat(e.userMessage()).contains("REJ-2026-11").contains("déjà servi"));
    }

    // ------------------------------------------------------------------ recycling runs the checks of a first deposit

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
