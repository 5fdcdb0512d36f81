package fr.chorusdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.chorusdesk.chorus.ChorusClient;
import fr.chorusdesk.chorus.ChorusCredentials;
import fr.chorusdesk.chorus.ChorusEnvironment;
import fr.chorusdesk.chorus.RetryPolicy;
import fr.chorusdesk.chorus.api.JsonCanon;
import fr.chorusdesk.domain.BillingFrame;
import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.domain.InvoiceKind;
import fr.chorusdesk.domain.InvoicingDefaults;
import fr.chorusdesk.domain.PaymentMode;
import fr.chorusdesk.domain.SupplierIdentity;
import fr.chorusdesk.domain.VatExemption;
import fr.chorusdesk.domain.VatRegime;
import fr.chorusdesk.pdf.PdfInspector;
import fr.chorusdesk.testing.MutableClock;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@link SubmissionService} puts in soumettreFacture for each VAT and document case, on the
 * wire (MockWebServer playing PISTE and Chorus Pro): the exact {@code references}, {@code ligneTva}
 * and {@code numeroFactureOrigine}. Every expected JSON is written by hand from the invoice and the
 * rules of docs/submission.md ("What soumettre sends"); the field names are the Swagger's
 * (SoumettreFactureReferences, LigneTvaSoumettreInput).
 */
class SoumettreWireFormatTest {

    private static final String COMMUNE = "21750001000012";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The properties of SoumettreFactureReferences in the Swagger copy of the test resources. */
    private static final Set<String> REFERENCES_FIELDS = Set.of("deviseFacture", "typeFacture", "typeTva",
            "motifExonerationTva", "numeroMarche", "numeroBonCommande", "numeroFactureOrigine", "modePaiement");

    @StartStop
    private final MockWebServer server = new MockWebServer();

    @TempDir
    Path dir;

    private final List<String> soumettreBodies = new CopyOnWriteArrayList<>();
    private final MutableClock clock = MutableClock.atFixedStart();
    private SubmissionService service;
    private PreflightService preflight;

    @BeforeEach
    void wire() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String path = request.getUrl().encodedPath();
                return switch (path) {
                    case "/api/oauth/token" -> ok("{\"access_token\":\"tok\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
                    case "/cpro/structures/v1/rechercher" -> chorus("\"listeStructures\":[{\"idStructureCPP\":26500101,"
                            + "\"identifiantStructure\":\"" + COMMUNE + "\",\"designationStructure\":\"COMMUNE DE VALBOURG\","
                            + "\"typeIdentifiantStructure\":\"SIRET\",\"statut\":\"ACTIVE\"}],"
                            + "\"parametresRetour\":{\"pageCourante\":1,\"pages\":1,\"nbResultatsParPage\":10,\"total\":1}");
                    case "/cpro/structures/v1/consulter" -> chorus("\"informationGenerales\":{\"idStructureCPP\":26500101,"
                            + "\"identifiantStructure\":\"" + COMMUNE + "\",\"raisonSocialeStructure\":\"COMMUNE DE VALBOURG\","
                            + "\"structurePriveePublique\":\"PUBLIQUE\"},\"parametres\":{\"codeServiceDoitEtreRenseigne\":false,"
                            + "\"numeroEJDoitEtreRenseigne\":false,\"gestionNumeroEJOuCodeService\":false}");
                    case "/cpro/structures/v1/rechercher/services" -> chorus("\"listeServices\":[],"
                            + "\"parametresRetour\":{\"pageCourante\":1,\"pages\":1,\"nbResultatsParPage\":1000,\"total\":0}");
                    case "/cpro/transverses/v1/ajouter/fichier" -> chorus("\"pieceJointeId\":6921279");
                    case "/cpro/factures/v1/soumettre" -> {
                        soumettreBodies.add(request.getBody().utf8());
                        yield chorus("\"identifiantFactureCPP\":8316845,\"numeroFacture\":\"X\","
                                + "\"statutFacture\":\"DEPOSEE\",\"dateDepot\":\"2026-03-14\"");
                    }
                    default -> new MockResponse.Builder().code(404).build();
                };
            }
        });
        ChorusClient client = ChorusClient.builder(
                        ChorusEnvironment.custom(server.url("/cpro").toString(), server.url("/api/oauth/token").toString()),
                        new ChorusCredentials("app", "secret", "login", "password"))
                .clock(clock).retryPolicy(RetryPolicy.none()).build();
        RecipientService recipients = new RecipientService(client, clock);
        service = new SubmissionService(client, recipients, new InMemorySubmissionLedger(),
                new FlowPolling(Duration.ofSeconds(10), 3, clock::advance), clock, Locale.FRENCH);
        preflight = new PreflightService(new PdfInspector(), clock, Locale.FRENCH);
    }

    private static MockResponse ok(String body) {
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json").body(body).build();
    }

    private static MockResponse chorus(String fields) {
        return ok("{\"codeRetour\":0,\"libelle\":\"TRA_MSG_00.000\"," + fields + "}");
    }

    private static SupplierIdentity supplier(VatRegime regime) {
        return new SupplierIdentity(26300989L, Optional.of(10652252L), Optional.of(144050L),
                new InvoicingDefaults(Optional.of(regime), Optional.of(PaymentMode.VIREMENT)));
    }

    /** A plain PDF typed in full: number, date, recipient and the amounts. */
    private InvoiceDraft plain(String number, String ht, String tva) throws Exception {
        Path pdf = InvoicePdfs.textPdf(dir.resolve(number + ".pdf"), List.of("Facture " + number));
        BigDecimal h = new BigDecimal(ht);
        BigDecimal t = new BigDecimal(tva);
        return preflight.prepare(pdf).draft().withInvoiceNumber(number).withInvoiceDate(LocalDate.of(2026, 3, 9))
                .withRecipientSiret(COMMUNE).withAmountExclTax(h).withVatAmount(t).withAmountInclTax(h.add(t))
                .withAmountDue(h.add(t));
    }

    private JsonNode send(InvoiceDraft draft, SupplierIdentity supplier) throws Exception {
        service.submit(draft, supplier, SubmissionListener.NONE);
        assertThat(soumettreBodies).as("one soumettre").hasSize(1);
        JsonNode body = JSON.readTree(soumettreBodies.get(0));
        assertThat(body.has("lignePoste")).as("no lignePoste in DEPOT_PDF_API (docs/submission.md)").isFalse();
        body.path("references").fieldNames().forEachRemaining(name ->
                assertThat(REFERENCES_FIELDS).as("a SoumettreFactureReferences property").contains(name));
        return body;
    }

    private static void assertJson(JsonNode actual, String expected) throws Exception {
        assertThat(JsonCanon.canon(actual)).isEqualTo(JsonCanon.canon(JSON.readTree(expected)));
    }

    @Test
    void aTwentyPercentInvoiceOnDebits() throws Exception {
        JsonNode body = send(plain("FA-2026-0501", "1000.00", "200.00"), supplier(VatRegime.DEBITS));

        assertJson(body.path("references"), """
                {"deviseFacture":"EUR","typeFacture":"FACTURE","typeTva":"TVA_SUR_DEBIT","modePaiement":"VIREMENT"}""");
        // 1000.00 × 20 % = 200.00: the line derived from HT and TVA, with its rate as a number
        assertJson(body.path("ligneTva"), """
                [{"ligneTvaMontantBaseHtParTaux":1000.00,"ligneTvaMontantTvaParTaux":200.00,"ligneTvaTauxManuel":20}]""");
        assertThat(soumettreBodies.get(0)).contains("\"ligneTvaMontantBaseHtParTaux\":1000.00")
                .doesNotContain("\"ligneTvaTaux\"");
    }

    @Test
    void aFacturXAtFivePointFiveAndTwentyPercentOnReceipts() throws Exception {
        Path pdf = InvoicePdfs.facturX(dir.resolve("FX-2026-0502.pdf"),
                InvoicePdfs.Cii.twoRates("FX-2026-0502", COMMUNE), InvoicePdfs.Extras.twoRates());
        InvoiceDraft draft = preflight.prepare(pdf).draft();

        JsonNode body = send(draft, supplier(VatRegime.ENCAISSEMENTS));

        // BT-81 58 (SEPA credit transfer) → VIREMENT, read from the XML
        assertJson(body.path("references"), """
                {"deviseFacture":"EUR","typeFacture":"FACTURE","typeTva":"TVA_SUR_ENCAISSEMENT","modePaiement":"VIREMENT"}""");
        assertJson(body.path("ligneTva"), """
                [{"ligneTvaMontantBaseHtParTaux":500.00,"ligneTvaMontantTvaParTaux":27.50,"ligneTvaTauxManuel":5.5},
                 {"ligneTvaMontantBaseHtParTaux":1000.00,"ligneTvaMontantTvaParTaux":200.00,"ligneTvaTauxManuel":20}]""");
        assertJson(body.path("montantTotal"), """
                {"montantHtTotal":1500.00,"montantTVA":227.50,"montantTtcTotal":1727.50,"montantAPayer":1727.50}""");
    }

    @Test
    void anExemptInvoiceWithItsReason() throws Exception {
        InvoiceDraft draft = plain("FA-2026-0503", "800.00", "0.00")
                .withVatExemption(VatExemption.typed("Exonération de TVA, art. 261-4-4° a du CGI"));

        JsonNode body = send(draft, supplier(VatRegime.DEBITS));

        assertJson(body.path("references"), """
                {"deviseFacture":"EUR","typeFacture":"FACTURE","typeTva":"EXONERATION",
                 "motifExonerationTva":"Exonération de TVA, art. 261-4-4° a du CGI","modePaiement":"VIREMENT"}""");
        assertJson(body.path("ligneTva"), """
                [{"ligneTvaMontantBaseHtParTaux":800.00,"ligneTvaMontantTvaParTaux":0.00,"ligneTvaTauxManuel":0}]""");
    }

    @Test
    void aFranchiseEnBaseInvoice() throws Exception {
        JsonNode body = send(plain("FA-2026-0504", "450.00", "0.00"), supplier(VatRegime.FRANCHISE_EN_BASE));

        assertJson(body.path("references"), """
                {"deviseFacture":"EUR","typeFacture":"FACTURE","typeTva":"EXONERATION",
                 "motifExonerationTva":"TVA non applicable, art. 293 B du CGI","modePaiement":"VIREMENT"}""");
        assertJson(body.path("ligneTva"), """
                [{"ligneTvaMontantBaseHtParTaux":450.00,"ligneTvaMontantTvaParTaux":0.00,"ligneTvaTauxManuel":0}]""");
    }

    @Test
    void anInvoiceWithoutAnyVatBreakdown() throws Exception {
        JsonNode body = send(plain("FA-2026-0505", "300.00", "0.00"), supplier(VatRegime.DEBITS));

        assertJson(body.path("references"), """
                {"deviseFacture":"EUR","typeFacture":"FACTURE","typeTva":"SANS_TVA","modePaiement":"VIREMENT"}""");
        assertThat(body.has("ligneTva")).as("no VAT line at all").isFalse();
    }

    @Test
    void aCreditNoteNamesTheInvoiceItCorrectsAndCarriesNoPaymentMode() throws Exception {
        InvoiceDraft draft = plain("AV-2026-0001", "100.00", "20.00").withKind(InvoiceKind.AVOIR)
                .withOriginalInvoiceNumber("FA-2026-0007");

        JsonNode body = send(draft, supplier(VatRegime.DEBITS));

        // ChorusWireChoices.PAYMENT_MODE_ON_CREDIT_NOTES is off: the profile's VIREMENT is not sent
        assertJson(body.path("references"), """
                {"deviseFacture":"EUR","typeFacture":"AVOIR","typeTva":"TVA_SUR_DEBIT",
                 "numeroFactureOrigine":"FA-2026-0007"}""");
        assertJson(body.path("ligneTva"), """
                [{"ligneTvaMontantBaseHtParTaux":100.00,"ligneTvaMontantTvaParTaux":20.00,"ligneTvaTauxManuel":20}]""");
        assertJson(body.path("montantTotal"), """
                {"montantHtTotal":100.00,"montantTVA":20.00,"montantTtcTotal":120.00,"montantAPayer":120.00}""");
    }

    @Test
    void anInvoiceAlreadyPaidGoesInA2WithNothingToPay() throws Exception {
        InvoiceDraft draft = plain("FA-2026-0507", "1000.00", "200.00").withBillingFrame(BillingFrame.A2)
                .withAmountDue(new BigDecimal("0.00")).withPaymentMode(PaymentMode.CHEQUE);

        JsonNode body = send(draft, supplier(VatRegime.DEBITS));

        assertJson(body.path("cadreDeFacturation"), """
                {"codeCadreFacturation":"A2_FACTURE_FOURNISSEUR_DEJA_PAYEE"}""");
        assertJson(body.path("references"), """
                {"deviseFacture":"EUR","typeFacture":"FACTURE","typeTva":"TVA_SUR_DEBIT","modePaiement":"CHEQUE"}""");
        assertJson(body.path("montantTotal"), """
                {"montantHtTotal":1000.00,"montantTVA":200.00,"montantTtcTotal":1200.00,"montantAPayer":0.00}""");
        assertJson(body.path("ligneTva"), """
                [{"ligneTvaMontantBaseHtParTaux":1000.00,"ligneTvaMontantTvaParTaux":200.00,"ligneTvaTauxManuel":20}]""");
    }

    @Test
    void anInvoiceWhoseSupplierHasNoUsualValuesIsStoppedBeforeAnythingIsSent() throws Exception {
        InvoiceDraft draft = plain("FA-2026-0508", "1000.00", "200.00");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> service.submit(draft,
                        new SupplierIdentity(26300989L, Optional.of(10652252L), Optional.of(144050L)),
                        SubmissionListener.NONE))
                .isInstanceOfSatisfying(SubmissionException.class, e -> assertThat(e.issues())
                        .extracting(i -> i.reason().name())
                        .containsExactly("VAT_REGIME_MISSING", "PAYMENT_MODE_MISSING"));
        assertThat(soumettreBodies).as("nothing sent").isEmpty();
    }
}
