package fr.chorusdesk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.chorusdesk.chorus.ChorusBusinessException;
import fr.chorusdesk.chorus.ChorusClient;
import fr.chorusdesk.chorus.ChorusCredentials;
import fr.chorusdesk.chorus.ChorusEnvironment;
import fr.chorusdesk.chorus.ChorusException;
import fr.chorusdesk.chorus.RecipientMatch;
import fr.chorusdesk.chorus.RecipientSearchPage;
import fr.chorusdesk.chorus.RetryPolicy;
import fr.chorusdesk.chorus.api.CadreDeFacturation;
import fr.chorusdesk.chorus.api.CadreFacturation;
import fr.chorusdesk.chorus.api.Destinataire;
import fr.chorusdesk.chorus.api.Fournisseur;
import fr.chorusdesk.chorus.api.ModeDepot;
import fr.chorusdesk.chorus.api.ModePaiement;
import fr.chorusdesk.chorus.api.MontantTotal;
import fr.chorusdesk.chorus.api.PieceJointeComplementaire;
import fr.chorusdesk.chorus.api.PieceJointePrincipale;
import fr.chorusdesk.chorus.api.References;
import fr.chorusdesk.chorus.api.SoumettreFactureRequest;
import fr.chorusdesk.chorus.api.TypeFacture;
import fr.chorusdesk.chorus.api.TypePieceJointe;
import fr.chorusdesk.chorus.api.TypeTva;
import fr.chorusdesk.domain.AttachmentRules;
import fr.chorusdesk.domain.ChorusLimits;
import fr.chorusdesk.domain.RecipientRules;
import fr.chorusdesk.testing.MutableClock;
import fr.chorusdesk.testing.SignedPdfs;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real client over real HTTP against the sandbox for what the portal's deposit form offers
 * beyond a SIRET: search by name and town, supporting documents and their limits, signed PDFs and
 * the State's engagement numbers.
 */
class PortalParityAgainstSandboxTest {

    private static final LocalDate YESTERDAY = LocalDate.of(2026, 3, 9);
    private static final String STATE = "11000201100044";
    private static final String HOSPITAL = "26750003000015";
    private static final String COMMUNE = "21750001000012";

    @TempDir
    Path dir;

    private final MutableClock clock = MutableClock.atFixedStart();
    private final List<ChorusSandbox> started = new ArrayList<>();

    @AfterEach
    void stop() {
        started.forEach(ChorusSandbox::close);
    }

    private ChorusClient client(AttachmentRules rules, String stateName) {
        ChorusSandbox sandbox = ChorusSandbox.start(new SandboxConfig(0, dir.resolve(stateName),
                Duration.ofSeconds(30), clock), rules);
        started.add(sandbox);
        DemoCredentials demo = sandbox.credentials();
        return ChorusClient.builder(new ChorusEnvironment(sandbox.apiBaseUrl(), sandbox.tokenUrl()),
                        new ChorusCredentials(demo.clientId(), demo.clientSecret(), demo.technicalLogin(),
                                demo.technicalPassword()))
                .clock(clock).retryPolicy(RetryPolicy.none()).build();
    }

    private ChorusClient client() {
        return client(AttachmentRules.chorusPro(), "state");
    }

    private Path file(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    private static SoumettreFactureRequest invoice(ModeDepot mode, String number, String recipient, String service,
            String engagement, long main, List<Long> others) {
        List<PieceJointeComplementaire> complements = others.stream()
                .map(id -> new PieceJointeComplementaire("Bon de livraison", "BON_LIVRAISON", null, id, null)).toList();
        return new SoumettreFactureRequest(null, mode, number, YESTERDAY, new Destinataire(recipient, service),
                new Fournisseur(SeedData.SUPPLIER_ID, 10652252L, 144050L),
                CadreDeFacturation.of(CadreFacturation.A1_FACTURE_FOURNISSEUR),
                new References("EUR", TypeFacture.FACTURE, TypeTva.TVA_SUR_DEBIT, null, null, engagement, null,
                        ModePaiement.VIREMENT), null, null,
                MontantTotal.of(new BigDecimal("1000.00"), new BigDecimal("200.00"), new BigDecimal("1200.00"), null,
                        null, new BigDecimal("1200.00")),
                List.of(new PieceJointePrincipale("Facture " + number, main)), complements, null);
    }

    private static int refusal(ThrowingCall call) {
        try {
            call.run();
            throw new AssertionError("accepted");
        } catch (ChorusBusinessException e) {
            return e.codeRetour();
        } catch (ChorusException e) {
            throw new AssertionError(e);
        }
    }

    @FunctionalInterface
    private interface ThrowingCall {
        void run() throws ChorusException;
    }

    private static List<RecipientMatch> allPages(ChorusClient client, String name, String postalCode, String town,
            int perPage) throws ChorusException {
        List<RecipientMatch> all = new ArrayList<>();
        int page = 1;
        RecipientSearchPage current;
        do {
            current = client.searchPublicStructures(name, postalCode, town, page++, perPage);
            all.addAll(current.matches());
        } while (current.hasNext() && page < 20);
        return all;
    }

    // ------------------------------------------------------------------ search by name and town

    @Test
    void aNameSearchIsPagedSortedAndBlindToCaseAndAccents() throws ChorusException {
        ChorusClient client = client();
        RecipientSearchPage first = client.searchPublicStructures("lycee", null, null, 1, 10);
        // twelve lycées in the seeded directory (docs/sandbox.md)
        assertThat(first.total()).isEqualTo(12);
        assertThat(first.pages()).isEqualTo(2);
        assertThat(first.matches()).hasSize(10);
        assertThat(first.hasNext()).isTrue();
        RecipientSearchPage second = client.searchPublicStructures("LYCÉE", null, null, 2, 10);
        assertThat(second.matches()).hasSize(2);
        assertThat(second.hasNext()).isFalse();

        List<RecipientMatch> all = new ArrayList<>(first.matches());
        all.addAll(second.matches());
        assertThat(all).extracting(RecipientMatch::siret).doesNotHaveDuplicates().hasSize(12);
        assertThat(all).allSatisfy(m -> assertThat(m.name()).startsWith("LYCÉE"));
        assertThat(all).extracting(m -> PortalParityOperations.fold(m.name())).isSorted();
        assertThat(all).filteredOn(m -> m.name().equals("LYCÉE POLYVALENT JEAN MONNET")).singleElement()
                .satisfies(m -> {
                    assertThat(m.town()).contains("BESANÇON");
                    assertThat(m.rules()).isEqualTo(RecipientRules.SERVICE_CODE);
                });
    }

    @Test
    void aTownSearchFindsTheSameWithOrWithoutAccents() throws ChorusException {
        ChorusClient client = client();
        Set<String> plain = allPages(client, null, null, "besancon", 3).stream().map(RecipientMatch::siret)
                .collect(Collectors.toSet());
        Set<String> accented = allPages(client, null, null, "Besançon", 3).stream().map(RecipientMatch::siret)
                .collect(Collectors.toSet());
        assertThat(plain).hasSize(8).isEqualTo(accented);

        List<RecipientMatch> doubs = allPages(client, "du doubs", "25000", null, 10);
        assertThat(doubs).extracting(RecipientMatch::name).containsExactlyInAnyOrder(
                "OFFICE PUBLIC DE L'HABITAT DU DOUBS", "SERVICE DÉPARTEMENTAL D'INCENDIE ET DE SECOURS DU DOUBS",
                "DIRECTION DÉPARTEMENTALE DES TERRITOIRES DU DOUBS", "CHAMBRE DE MÉTIERS ET DE L'ARTISANAT DU DOUBS",
                "ÉTABLISSEMENT PUBLIC FONCIER DU DOUBS");
        assertThat(doubs).filteredOn(m -> m.name().startsWith("ÉTABLISSEMENT")).singleElement()
                .satisfies(m -> assertThat(m.active()).isFalse());
        assertThat(doubs).filteredOn(m -> m.name().startsWith("SERVICE")).singleElement()
                .satisfies(m -> assertThat(m.serviceCodeRequired()).isTrue());

        assertThat(allPages(client, "saint exupery", null, null, 10)).extracting(RecipientMatch::name)
                .containsExactly("LYCÉE GÉNÉRAL SAINT-EXUPÉRY");
        assertThat(allPages(client, "rectorat", null, "besançon", 10)).singleElement()
                .satisfies(m -> assertThat(m.rules()).isEqualTo(RecipientRules.SERVICE_CODE_AND_ENGAGEMENT_NUMBER));
    }

    @Test
    void onlyPublicStructuresAreFound() throws ChorusException {
        // the demo supplier is the only private structure
        assertThat(client().searchPublicStructures("atelier demo", null, null, 1, 10).matches()).isEmpty();
    }

    @Test
    void theDirectoryHoldsAtLeastThirtyPublicStructures() throws ChorusException {
        assertThat(client().searchPublicStructures(null, null, null, 1, 10).total()).isGreaterThanOrEqualTo(30);
    }

    // ------------------------------------------------------------------ supporting documents

    @Test
    void attachmentTypesAreServed() throws ChorusException {
        List<TypePieceJointe> types = client().recupererTypesPieceJointe().listeTypePieceJointe();
        assertThat(types).extracting(TypePieceJointe::codeTypePieceJointe)
                .contains("BON_COMMANDE", "BON_LIVRAISON", "PV_RECEPTION");
        assertThat(types).allSatisfy(t -> {
            assertThat(t.libelleTypePieceJointe()).isNotBlank();
            assertThat(t.typeObjet()).isEqualTo("FACTURE");
        });
    }

    @Test
    void aSupportingDocumentWithARefusedExtensionIsRefusedOnUpload() throws Exception {
        ChorusClient client = client();
        Path exe = file("outil.exe", new byte[] {1, 2, 3});
        assertThat(refusal(() -> client.ajouterFichierDansSysteme(exe)))
                .isEqualTo(20006);
        Path docx = file("pv-reception.docx", new byte[] {1, 2, 3});
        assertThat(client.ajouterFichierDansSysteme(docx).pieceJointeId()).isPositive();
    }

    @Test
    void anInvoiceWithAllItsFilesOverTheTotalIsRefused() throws Exception {
        // the 120 Mo rule with a 10 000-byte total: three 4 000-byte files do not fit, two do
        ChorusClient client = client(new AttachmentRules(5_000, 10_000,
                ChorusLimits.ALLOWED_ATTACHMENT_EXTENSIONS), "small");
        long main = client.ajouterFichierDansSysteme(file("FA-2026-0300.pdf", FacturXFixtures.plainPdf(4000)))
                .pieceJointeId();
        long bl = client.ajouterFichierDansSysteme(file("bl.pdf", FacturXFixtures.plainPdf(4000))).pieceJointeId();
        long bc = client.ajouterFichierDansSysteme(file("bc.pdf", FacturXFixtures.plainPdf(4000))).pieceJointeId();

        assertThat(refusal(() -> client.soumettreFacture(invoice(ModeDepot.DEPOT_PDF_API, "FA-2026-0300", COMMUNE,
                null, null, main, List.of(bl, bc))))).isEqualTo(20122);
        assertThat(client.soumettreFacture(invoice(ModeDepot.DEPOT_PDF_API, "FA-2026-0300", COMMUNE, null, null,
                main, List.of(bl))).statutFacture()).isEqualTo("DEPOSEE");
    }

    @Test
    void atChorusProsLimitsSeveralSupportingDocumentsFit() throws Exception {
        ChorusClient client = client();
        long main = client.ajouterFichierDansSysteme(file("FA-2026-0301.pdf", FacturXFixtures.plainPdf(4000)))
                .pieceJointeId();
        long bl = client.ajouterFichierDansSysteme(file("bl.pdf", FacturXFixtures.plainPdf(4000))).pieceJointeId();
        assertThat(client.soumettreFacture(invoice(ModeDepot.DEPOT_PDF_API, "FA-2026-0301", COMMUNE, null, null,
                main, List.of(bl))).statutFacture()).isEqualTo("DEPOSEE");
    }

    // ------------------------------------------------------------------ signed PDFs

    @Test
    void theSignedModeNeedsASignedMainPdf() throws Exception {
        ChorusClient client = client();
        long unsigned = client.ajouterFichierDansSysteme(file("FA-2026-0400.pdf", SignedPdfs.unsigned()))
                .pieceJointeId();
        assertThat(refusal(() -> client.soumettreFacture(invoice(ModeDepot.DEPOT_PDF_SIGNE_API, "FA-2026-0400",
                COMMUNE, null, null, unsigned, List.of()))))
                .isEqualTo(20124);

        byte[] signed = SignedPdfs.sign(SignedPdfs.unsigned(), SignedPdfs.PADES, "Jeanne Démo",
                new GregorianCalendar(2026, 2, 9, 10, 0));
        long signedId = client.ajouterFichierDansSysteme(file("FA-2026-0401.pdf", signed)).pieceJointeId();
        long id = client.soumettreFacture(invoice(ModeDepot.DEPOT_PDF_SIGNE_API, "FA-2026-0401", COMMUNE, null,
                null, signedId, List.of())).identifiantFactureCPP();
        assertThat(client.consulterHistoriqueFacture(id).modeDepot()).isEqualTo("DEPOT_PDF_SIGNE_API");

        // the same signed file in the ordinary PDF mode is fine too
        assertThat(client.soumettreFacture(invoice(ModeDepot.DEPOT_PDF_API, "FA-2026-0402", COMMUNE, null, null,
                signedId, List.of())).statutFacture()).isEqualTo("DEPOSEE");
    }

    // ------------------------------------------------------------------ State engagement numbers

    @Test
    void aStateRecipientRefusesAnUnknownEngagementNumber() throws Exception {
        ChorusClient client = client();
        long pj = client.ajouterFichierDansSysteme(file("FA-2026-0500.pdf", FacturXFixtures.plainPdf(4000)))
                .pieceJointeId();
        assertThat(refusal(() -> client.soumettreFacture(invoice(ModeDepot.DEPOT_PDF_API, "FA-2026-0500", STATE,
                "SFACETAT", "9999999999", pj, List.of())))).isEqualTo(20125);
        assertThat(client.soumettreFacture(invoice(ModeDepot.DEPOT_PDF_API, "FA-2026-0500", STATE, "SFACETAT",
                "1300123457", pj, List.of())).statutFacture()).isEqualTo("DEPOSEE");
        // not the State: any engagement number goes
        assertThat(client.soumettreFacture(invoice(ModeDepot.DEPOT_PDF_API, "FA-2026-0501", HOSPITAL, null,
                "PO-LIBRE-42", pj, List.of())).statutFacture()).isEqualTo("DEPOSEE");
    }

    @Test
    void theEngagementSearchAnswersFromTheSeededNumbers() throws ChorusException {
        ChorusClient client = client();
        assertThat(client.engagementExists(SeedData.SUPPLIER_ID, "1300123456")).isTrue();
        assertThat(client.engagementExists(SeedData.SUPPLIER_ID, "9999999999")).isFalse();
        assertThat(client.engagementExists(1L, "1300123456")).isFalse();
        assertThat(client.rechercherEngagementJuridique(SeedData.SUPPLIER_ID, "1300300001")
                .listeEngagementJuridique()).singleElement()
                .satisfies(e -> assertThat(e.numeroEngagementJuridique()).isEqualTo("1300300001"));
    }
}
