package fr.chorusdesk.sandbox;

import fr.chorusdesk.domain.ChorusLimits;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.chorusdesk.chorus.ChorusAuthenticationException;
import fr.chorusdesk.chorus.ChorusAuthenticationException.CredentialToCheck;
import fr.chorusdesk.chorus.ChorusBusinessException;
import fr.chorusdesk.chorus.ChorusClient;
import fr.chorusdesk.chorus.ChorusCredentials;
import fr.chorusdesk.chorus.ChorusEnvironment;
import fr.chorusdesk.chorus.ChorusException;
import fr.chorusdesk.chorus.ChorusFileTooLargeException;
import fr.chorusdesk.chorus.RetryPolicy;
import fr.chorusdesk.chorus.api.CadreDeFacturation;
import fr.chorusdesk.chorus.api.CadreFacturation;
import fr.chorusdesk.chorus.api.CompleterFactureRequest;
import fr.chorusdesk.chorus.api.ConsulterCRDetailleResponse;
import fr.chorusdesk.chorus.api.ConsulterHistoriqueFactureResponse;
import fr.chorusdesk.chorus.api.Destinataire;
import fr.chorusdesk.chorus.api.FactureEmise;
import fr.chorusdesk.chorus.api.Fournisseur;
import fr.chorusdesk.chorus.api.HistoStatut;
import fr.chorusdesk.chorus.api.ModeDepot;
import fr.chorusdesk.chorus.api.ModePaiement;
import fr.chorusdesk.chorus.api.MontantTotal;
import fr.chorusdesk.chorus.api.PieceJointeComplementaire;
import fr.chorusdesk.chorus.api.PieceJointePrincipale;
import fr.chorusdesk.chorus.api.RechercherFactureParFournisseurRequest;
import fr.chorusdesk.chorus.api.RechercherStructureRequest;
import fr.chorusdesk.chorus.api.RecyclerFactureRequest;
import fr.chorusdesk.chorus.api.References;
import fr.chorusdesk.chorus.api.ServiceStructure;
import fr.chorusdesk.chorus.api.SoumettreFactureRequest;
import fr.chorusdesk.chorus.api.SoumettreFactureResponse;
import fr.chorusdesk.chorus.api.StructureTrouvee;
import fr.chorusdesk.chorus.api.TypeFacture;
import fr.chorusdesk.chorus.api.TypeTva;
import fr.chorusdesk.domain.RecipientRules;
import fr.chorusdesk.testing.MutableClock;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real client of the chorus package, over real HTTP, against the sandbox: every operation,
 * every rule and every lifecycle path. The clock is moved by hand; nothing sleeps.
 */
class ClientAgainstSandboxTest {

    private static final Duration STEP = Duration.ofSeconds(30);
    private static final LocalDate YESTERDAY = LocalDate.of(2026, 3, 9);
    private static final String STATE = "11000201100044";
    private static final String COMMUNE = "21750001000012";
    private static final String DEPARTEMENT = "22691000200014";
    private static final String HOSPITAL = "26750003000015";
    private static final String AGGLO = "20004500100019";
    private static final String INACTIVE = "25890100400014";
    private static final String REGION = "20001234000010";

    @TempDir
    Path dir;

    private final MutableClock clock = MutableClock.atFixedStart();
    private ChorusSandbox sandbox;
    private ChorusClient client;
    private Path pdf;

    @BeforeEach
    void start() throws IOException {
        sandbox = ChorusSandbox.start(new SandboxConfig(0, dir.resolve("state"), STEP, clock));
        client = clientFor(sandbox, sandbox.credentials().clientSecret(), sandbox.credentials().technicalPassword());
        pdf = dir.resolve("FA-2026-0001.pdf");
        Files.write(pdf, FacturXFixtures.plainPdf(4000));
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private ChorusClient clientFor(ChorusSandbox target, String secret, String password) {
        DemoCredentials demo = target.credentials();
        return ChorusClient.builder(new ChorusEnvironment(target.apiBaseUrl(), target.tokenUrl()),
                        new ChorusCredentials(demo.clientId(), secret, demo.technicalLogin(), password))
                .clock(clock)
                .retryPolicy(RetryPolicy.none())
                .build();
    }

    private long upload() throws ChorusException {
        return client.ajouterFichierDansSysteme(pdf).pieceJointeId();
    }

    private static SoumettreFactureRequest invoice(String number, String recipient, String service,
            String engagement, long pieceJointeId, String comment) {
        return invoice(number, YESTERDAY, recipient, service, engagement, pieceJointeId, comment,
                MontantTotal.of(new BigDecimal("1000.00"), new BigDecimal("200.00"), new BigDecimal("1200.00"),
                        null, null, new BigDecimal("1200.00")));
    }

    private static SoumettreFactureRequest invoice(String number, LocalDate date, String recipient, String service,
            String engagement, long pieceJointeId, String comment, MontantTotal totals) {
        return new SoumettreFactureRequest(null, ModeDepot.DEPOT_PDF_API, number, date,
                new Destinataire(recipient, service),
                new Fournisseur(SeedData.SUPPLIER_ID, 10652252L, 144050L),
                CadreDeFacturation.of(CadreFacturation.A1_FACTURE_FOURNISSEUR),
                new References("EUR", TypeFacture.FACTURE, TypeTva.TVA_SUR_DEBIT, null, null, engagement, null,
                        ModePaiement.VIREMENT),
                null, null, totals,
                List.of(new PieceJointePrincipale("Facture " + number, pieceJointeId)), null, comment);
    }

    private String status(long id) throws ChorusException {
        return client.consulterHistoriqueFacture(id).statutCourantCode();
    }

    // ------------------------------------------------------------------ structures

    @Test
    void structureOperationsDescribeTheSeededDirectory() throws ChorusException {
        List<StructureTrouvee> found = client.rechercherStructure(RechercherStructureRequest.parSiret(STATE))
                .listeStructures();
        assertThat(found).singleElement().satisfies(s -> {
            assertThat(s.idStructureCPP()).isEqualTo(26346724L);
            assertThat(s.statut()).isEqualTo(StructureTrouvee.STATUT_ACTIVE);
        });
        assertThat(client.rechercherStructure(RechercherStructureRequest.parSiret(INACTIVE)).listeStructures())
                .singleElement().extracting(StructureTrouvee::statut).isEqualTo("INACTIVE");
        assertThat(client.rechercherStructure(RechercherStructureRequest.parSiret("11111111111116")).listeStructures())
                .isEmpty();

        assertThat(client.consulterStructure(26346724L).informationGenerales().identifiantStructure()).isEqualTo(STATE);
        assertThat(client.recipientRules(26400001L)).isEqualTo(RecipientRules.NONE);
        assertThat(client.recipientRules(26400002L)).isEqualTo(RecipientRules.SERVICE_CODE);
        assertThat(client.recipientRules(26400003L)).isEqualTo(RecipientRules.ENGAGEMENT_NUMBER);
        assertThat(client.recipientRules(26346724L)).isEqualTo(RecipientRules.SERVICE_CODE_AND_ENGAGEMENT_NUMBER);
        assertThat(client.recipientRules(26400004L)).isEqualTo(RecipientRules.SERVICE_CODE_OR_ENGAGEMENT_NUMBER);

        assertThat(client.rechercherServicesStructure(26400006L, 1).listeServices()).hasSize(3);
        assertThat(client.activeServices(26400006L)).extracting(ServiceStructure::codeService)
                .containsExactlyInAnyOrder("LYCEES", "CULTURE");

        assertThat(client.recupererStructuresActivesPourFournisseur().listeStructures())
                .singleElement().satisfies(s -> assertThat(s.idStructureCPP()).isEqualTo(SeedData.SUPPLIER_ID));
        assertThat(client.recupererCoordonneesBancairesValides(SeedData.SUPPLIER_ID).listeCoordonneeBancaire())
                .hasSize(2);
        client.healthCheck();

        assertThatThrownBy(() -> client.consulterStructure(1L)).isInstanceOf(ChorusBusinessException.class);
    }

    // ------------------------------------------------------------------ rules

    static Stream<Arguments> refusedInvoices() {
        MontantTotal noTva = MontantTotal.of(new BigDecimal("10"), null, new BigDecimal("12"), null, null,
                new BigDecimal("12"));
        MontantTotal ok = MontantTotal.of(BigDecimal.TEN, BigDecimal.ONE, new BigDecimal("11"), null, null,
                new BigDecimal("11"));
        return Stream.of(
                Arguments.of("unknown recipient", invoice("R-1", YESTERDAY, "11111111111116", null, null, 0, null, ok),
                        20102),
                Arguments.of("inactive recipient", invoice("R-2", YESTERDAY, INACTIVE, null, null, 0, null, ok),
                        20103),
                Arguments.of("inactive service", invoice("R-3", YESTERDAY, REGION, "ANCIEN-SERVICE", null, 0, null, ok),
                        20105),
                Arguments.of("unknown service", invoice("R-4", YESTERDAY, DEPARTEMENT, "NOPE", null, 0, null, ok),
                        20104),
                Arguments.of("service code required", invoice("R-5", YESTERDAY, DEPARTEMENT, null, null, 0, null, ok),
                        20106),
                Arguments.of("engagement required", invoice("R-6", YESTERDAY, HOSPITAL, null, null, 0, null, ok),
                        20107),
                Arguments.of("both required, engagement missing",
                        invoice("R-7", YESTERDAY, STATE, "SFACETAT", null, 0, null, ok), 20107),
                Arguments.of("both required, service missing",
                        invoice("R-8", YESTERDAY, STATE, null, "EJ1", 0, null, ok), 20106),
                Arguments.of("either required", invoice("R-9", YESTERDAY, AGGLO, null, null, 0, null, ok),
                        20108),
                Arguments.of("number that is only a date",
                        invoice("20260305", YESTERDAY, COMMUNE, null, null, 0, null, ok), 20121),
                Arguments.of("number over 20 characters",
                        invoice("FA-2026-0000000000012", YESTERDAY, COMMUNE, null, null, 0, null, ok),
                        20112),
                Arguments.of("forbidden characters", invoice("FA 2026 #1", YESTERDAY, COMMUNE, null, null, 0, null, ok),
                        20113),
                Arguments.of("date in the future",
                        invoice("R-12", YESTERDAY.plusDays(2), COMMUNE, null, null, 0, null, ok),
                        20115),
                Arguments.of("missing totals", invoice("R-13", YESTERDAY, COMMUNE, null, null, 0, null, noTva),
                        20116),
                Arguments.of("unknown pieceJointeId", invoice("R-14", YESTERDAY, COMMUNE, null, null, 999L, null, ok),
                        20117));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedInvoices")
    void eachRuleIsAnsweredWithItsCodeRetourAndLibelle(String rule, SoumettreFactureRequest request,
            int expectedCodeRetour) throws ChorusException {
        long pj = upload();
        // Cases built with pieceJointeId 0 get a real attachment, so only the rule under test fails.
        SoumettreFactureRequest sent = request.pieceJointePrincipale().get(0).pieceJointePrincipaleId() == 0
                ? withAttachment(request, pj) : request;
        assertThatThrownBy(() -> client.soumettreFacture(sent))
                .isInstanceOfSatisfying(ChorusBusinessException.class, e -> {
                    assertThat(e.codeRetour()).isEqualTo(expectedCodeRetour);
                    assertThat(e.libelle()).isNotBlank();
                });
    }

    private static SoumettreFactureRequest withAttachment(SoumettreFactureRequest r, long pj) {
        return new SoumettreFactureRequest(r.idUtilisateurCourant(), r.modeDepot(), r.numeroFactureSaisi(),
                r.dateFacture(), r.destinataire(), r.fournisseur(), r.cadreDeFacturation(), r.references(),
                r.lignePoste(), r.ligneTva(), r.montantTotal(), List.of(new PieceJointePrincipale("PDF", pj)),
                r.pieceJointeComplementaire(), r.commentaire());
    }

    @Test
    void aDuplicateNumberIsRefused() throws ChorusException {
        long pj = upload();
        client.soumettreFacture(invoice("FA-DUP-1", COMMUNE, null, null, pj, null));
        assertThatThrownBy(() -> client.soumettreFacture(invoice("FA-DUP-1", COMMUNE, null, null, pj, null)))
                .isInstanceOfSatisfying(ChorusBusinessException.class, e -> {
                    assertThat(e.codeRetour()).isEqualTo(20110);
                    assertThat(e.libelle()).isEqualTo("Vous avez déjà déposé une demande de paiement avec ce "
                            + "numéro de facture pour cette structure.");
                });
    }

    @Test
    void twentyCharactersPassTheWholeWayAndTwentyOneAreRefused() throws ChorusException {
        long pj = upload();
        String twenty = "FA-2026/0000000001+Z";
        assertThat(twenty).hasSize(20);
        assertThat(client.soumettreFacture(invoice(twenty, COMMUNE, null, null, pj, null)).numeroFacture())
                .isEqualTo(twenty);
        assertThatThrownBy(() -> client.soumettreFacture(invoice(twenty + "1", COMMUNE, null, null, pj, null)))
                .isInstanceOfSatisfying(ChorusBusinessException.class, e -> assertThat(e.codeRetour()).isEqualTo(20112));
    }

    @Test
    void theInvoiceSearchHonoursTriColonneAndTriSens() throws ChorusException {
        long pj = upload();
        for (String number : List.of("TRI-B", "TRI-A", "TRI-C")) {
            client.soumettreFacture(invoice(number, COMMUNE, null, null, pj, null));
            clock.advance(Duration.ofSeconds(1));
        }
        assertThat(numbers(null, null)).containsExactly("TRI-C", "TRI-A", "TRI-B");
        assertThat(numbers("NumeroFacture", "Ascendant")).containsExactly("TRI-A", "TRI-B", "TRI-C");
        assertThat(numbers("NumeroFacture", "Descendant")).containsExactly("TRI-C", "TRI-B", "TRI-A");
        assertThat(numbers("DateDepot", "Ascendant")).containsExactly("TRI-B", "TRI-A", "TRI-C");
    }

    private List<String> numbers(String column, String direction) throws ChorusException {
        return client.rechercherFactureParFournisseur(RechercherFactureParFournisseurRequest.builder()
                        .pagination(fr.chorusdesk.chorus.api.Pagination.page(1, 10, column, direction)).build())
                .listeFactures().stream().map(f -> f.numeroFacture()).toList();
    }

    @Test
    void attachmentRulesReachTheClient() throws IOException {
        Path big = dir.resolve("big.pdf");
        Files.write(big, new byte[(int) ChorusLimits.MAX_ATTACHMENT_BYTES + 1]);
        assertThatThrownBy(() -> client.ajouterFichierDansSysteme(big))
                .isInstanceOf(ChorusFileTooLargeException.class);
        String longName = "n".repeat(47) + ".pdf";
        assertThatThrownBy(() -> client.ajouterFichierDansSysteme(pdf, longName, "application/pdf"))
                .isInstanceOfSatisfying(ChorusBusinessException.class, e -> assertThat(e.codeRetour())
                        .isEqualTo(20004));
    }

    @Test
    void aWrongClientSecretTellsTheUserToCheckThePisteApplication() {
        ChorusClient badSecret = clientFor(sandbox, "wrong", sandbox.credentials().technicalPassword());
        assertThatThrownBy(() -> badSecret.recupererStructuresActivesPourFournisseur())
                .isInstanceOfSatisfying(ChorusAuthenticationException.class, e -> {
                    assertThat(e.credentialToCheck()).isEqualTo(CredentialToCheck.PISTE_APPLICATION);
                    assertThat(e.userMessage()).isEqualTo("PISTE a refusé l’application (HTTP 400) : l’identifiant "
                            + "client (client_id) ou le secret (client_secret) est incorrect. Vérifiez-les sur le "
                            + "portail PISTE, et qu’ils correspondent à l’environnement choisi (qualification ou "
                            + "production).");
                });
    }

    @Test
    void aWrongTechnicalPasswordTellsTheUserHowToRenewIt() {
        ChorusClient badPassword = clientFor(sandbox, sandbox.credentials().clientSecret(), "wrong");
        assertThatThrownBy(() -> badPassword.recupererStructuresActivesPourFournisseur())
                .isInstanceOfSatisfying(ChorusAuthenticationException.class, e -> {
                    assertThat(e.credentialToCheck()).isEqualTo(CredentialToCheck.TECHNICAL_ACCOUNT);
                    assertThat(e.userMessage()).isEqualTo("Chorus Pro a refusé le compte technique (HTTP 401) : "
                            + "identifiant ou mot de passe incorrect, ou mot de passe expiré. Ce mot de passe expire "
                            + "tous les 424 jours (environ 14 mois). Seul le gestionnaire principal de la structure "
                            + "peut le renouveler, sur le portail Chorus Pro, dans Raccordements > Compte technique ; "
                            + "saisissez ensuite le nouveau mot de passe dans ChorusDesk.");
                });
    }

    @Test
    void anApplicationWithoutTheSubscriptionIsToldToSubscribe() {
        DemoCredentials demo = sandbox.credentials();
        ChorusClient unsubscribed = ChorusClient.builder(new ChorusEnvironment(sandbox.apiBaseUrl(), sandbox.tokenUrl()),
                        new ChorusCredentials(DemoCredentials.UNSUBSCRIBED_CLIENT_ID, demo.clientSecret(),
                                demo.technicalLogin(), demo.technicalPassword()))
                .clock(clock).retryPolicy(RetryPolicy.none()).build();
        assertThatThrownBy(() -> unsubscribed.recupererStructuresActivesPourFournisseur())
                .isInstanceOfSatisfying(ChorusAuthenticationException.class, e -> {
                    assertThat(e.credentialToCheck()).isEqualTo(CredentialToCheck.API_SUBSCRIPTIONS);
                    assertThat(e.userMessage()).isEqualTo("PISTE a refusé l’accès à l’API (HTTP 403) : votre "
                            + "application PISTE n’y a pas souscrit. Sur le portail PISTE, acceptez les conditions "
                            + "d’utilisation et souscrivez aux API Factures, Structures, Utilisateurs et Transverses "
                            + "pour cet environnement (qualification ou production).");
                });
    }

    // ------------------------------------------------------------------ lifecycle

    @Test
    void anAcceptedInvoiceWalksTheWholeLifecycle() throws ChorusException {
        long pj = upload();
        SoumettreFactureResponse created = client.soumettreFacture(
                invoice("FA-2026-0100", STATE, "SFACETAT", "1300123456", pj, null));
        assertThat(created.statutFacture()).isEqualTo("DEPOSEE");
        long id = created.identifiantFactureCPP();

        List<String> seen = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            seen.add(status(id));
            clock.advance(STEP);
        }
        assertThat(seen).containsExactly("DEPOSEE", "EN_COURS_ACHEMINEMENT", "MISE_A_DISPOSITION", "SERVICE_FAIT",
                "MANDATEE", "MISE_EN_PAIEMENT");
        ConsulterHistoriqueFactureResponse history = client.consulterHistoriqueFacture(id);
        // Newest first, as the platform lists them; dates are read back from "yyyy-MM-dd HH:mm".
        assertThat(history.historiquesDesStatuts().histoStatut()).extracting(HistoStatut::histoStatutCode)
                .containsExactly("MISE_EN_PAIEMENT", "MANDATEE", "SERVICE_FAIT", "MISE_A_DISPOSITION",
                        "EN_COURS_ACHEMINEMENT", "DEPOSEE");
        assertThat(history.historiquesDesStatuts().histoStatut()).extracting(HistoStatut::histoStatutDatePassage)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder())
                .startsWith(java.time.LocalDateTime.of(2026, 3, 10, 10, 2))
                .endsWith(java.time.LocalDateTime.of(2026, 3, 10, 10, 0));
        assertThat(history.derniereAction().derniereActionCode()).isEqualTo("TELECHARGEMENT_FACTURE");

        FactureEmise facture = client.consulterFactureParFournisseur(id).facture();
        assertThat(facture.numeroFacture()).isEqualTo("FA-2026-0100");
        assertThat(facture.statutFacture()).isEqualTo("MISE_EN_PAIEMENT");
        assertThat(facture.destinataire().codeServiceExecutant()).isEqualTo("SFACETAT");
        assertThat(facture.montantTotal().montantTtcTotal()).isEqualByComparingTo("1200.00");

        assertThat(client.rechercherFactureParFournisseur(RechercherFactureParFournisseurRequest.builder()
                .numeroFacture("FA-2026-0100").build()).listeFactures())
                .singleElement().satisfies(f -> {
                    assertThat(f.statut()).isEqualTo("MISE_EN_PAIEMENT");
                    // written "2026-03-10T10:02:30.000+01:00", read back as Paris time
                    assertThat(f.dateHeureEtatCourant()).isEqualTo(java.time.LocalDateTime.of(2026, 3, 10, 10, 2, 30));
                });
        assertThat(client.rechercherFactureParFournisseur(RechercherFactureParFournisseurRequest.builder()
                .numeroFacture("NOTHING").build()).listeFactures()).isEmpty();
    }

    @Test
    void aSuspendedInvoiceIsCompletedAndThenPaid() throws ChorusException {
        long pj = upload();
        long id = client.soumettreFacture(invoice("FA-2026-0200", COMMUNE, null, null, pj, "Test #SUSPENDUE"))
                .identifiantFactureCPP();
        clock.advance(STEP.multipliedBy(3));
        ConsulterHistoriqueFactureResponse suspended = client.consulterHistoriqueFacture(id);
        assertThat(suspended.statutCourantCode()).isEqualTo("SUSPENDUE");
        assertThat(last(suspended).histoStatutCommentaire()).isNotBlank();

        long extra = upload();
        client.completerFacture(new CompleterFactureRequest(null, id, "Bon de livraison joint",
                List.of(new PieceJointeComplementaire("Bon de livraison", "BON_LIVRAISON", null, extra, null))));
        assertThat(status(id)).isEqualTo("COMPLETEE");
        assertThat(client.consulterHistoriqueFacture(id).derniereAction().derniereActionCode())
                .isEqualTo("ACQUITTEMENT_SUSPENSION");
        assertThatThrownBy(() -> client.completerFacture(new CompleterFactureRequest(null, id, "encore", List.of())))
                .isInstanceOfSatisfying(ChorusBusinessException.class, e -> assertThat(e.codeRetour()).isEqualTo(20002));
        // A commune's accounts are kept by the public treasury (Hélios): two accounting steps before payment.
        clock.advance(STEP.multipliedBy(4));
        assertThat(status(id)).isEqualTo("MISE_A_DISPOSITION_COMPTABLE");
        clock.advance(STEP);
        assertThat(status(id)).isEqualTo("COMPTABILISEE");
        clock.advance(STEP);
        assertThat(status(id)).isEqualTo("MISE_EN_PAIEMENT");
    }

    @Test
    void anInvoiceToRecycleIsSentToTheRightServiceAndThenPaid() throws ChorusException {
        long pj = upload();
        long id = client.soumettreFacture(invoice("RECY-2026-1", DEPARTEMENT, "COLLEGES", null, pj, null))
                .identifiantFactureCPP();
        clock.advance(STEP.multipliedBy(3));
        assertThat(status(id)).isEqualTo("A_RECYCLER");
        assertThatThrownBy(() -> client.recyclerFacture(new RecyclerFactureRequest(null, id,
                new Destinataire(REGION, "ANCIEN-SERVICE"), null, null)))
                .isInstanceOfSatisfying(ChorusBusinessException.class,
                        e -> assertThat(e.codeRetour()).isEqualTo(20105));
        var recycled = client.recyclerFacture(new RecyclerFactureRequest(null, id,
                new Destinataire(DEPARTEMENT, "VOIRIE"), null, "Service corrigé"));
        assertThat(recycled.statutFacture()).isEqualTo("DEPOSEE");
        assertThat(recycled.numeroFacture()).isEqualTo("RECY-2026-1");
        clock.advance(STEP.multipliedBy(7));
        assertThat(status(id)).isEqualTo("MISE_EN_PAIEMENT");
        assertThat(client.consulterFactureParFournisseur(id).facture().destinataire().codeServiceExecutant())
                .isEqualTo("VOIRIE");
    }

    @Test
    void aRejectedInvoiceStaysRejected() throws ChorusException {
        long pj = upload();
        long id = client.soumettreFacture(invoice("REJ-2026-1", HOSPITAL, null, "EJ-42", pj, null))
                .identifiantFactureCPP();
        clock.advance(STEP.multipliedBy(10));
        ConsulterHistoriqueFactureResponse history = client.consulterHistoriqueFacture(id);
        assertThat(history.statutCourantCode()).isEqualTo("REJETEE");
        assertThat(last(history).histoStatutCommentaire()).contains("rejetée");
        assertThatThrownBy(() -> client.recyclerFacture(new RecyclerFactureRequest(null, id,
                new Destinataire(COMMUNE, null), null, null))).isInstanceOf(ChorusBusinessException.class);
    }

    /** The newest entry: the platform lists the history newest first. */
    private static HistoStatut last(ConsulterHistoriqueFactureResponse history) {
        return history.historiquesDesStatuts().histoStatut().get(0);
    }

    // ------------------------------------------------------------------ flows

    @Test
    void aFacturXFlowIsIntegratedAndItsInvoiceFollowsTheLifecycle() throws Exception {
        Path file = dir.resolve("FX-2026-0001.pdf");
        Files.write(file, FacturXFixtures.pdfWith(FacturXFixtures.ciiXml("FX-2026-0001", "20260309", AGGLO, "EAU",
                null, null)));
        String flow = client.deposerFluxFacture(file).numeroFluxDepot();
        assertThat(client.consulterCRDetaille(flow).etatCourantDepotFlux()).isEqualTo("IN_EN_COURS_TRAITEMENT_CPP");

        clock.advance(STEP);
        ConsulterCRDetailleResponse report = client.consulterCRDetaille(flow);
        assertThat(report.etatCourantDepotFlux()).isEqualTo("IN_INTEGRE");
        // The platform's offset date-times (2026-03-10T10:00:00.000+01:00) read back as Paris time.
        assertThat(report.dateDepotFlux()).isEqualTo(java.time.LocalDateTime.of(2026, 3, 10, 10, 0));
        assertThat(report.dateHeureEtatCourantFlux()).isEqualTo(java.time.LocalDateTime.of(2026, 3, 10, 10, 0, 30));
        assertThat(report.codeInterfaceDepotFlux()).isEqualTo("FSO1110A");
        assertThat(report.nomFichier()).isEqualTo("FSO1110A_CPP001_" + flow);
        assertThat(report.listeErreurDP()).isEmpty();
        var found = client.rechercherFactureParFournisseur(RechercherFactureParFournisseurRequest.builder()
                .numeroFluxDepot(flow).build()).listeFactures();
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.numeroFacture()).isEqualTo("FX-2026-0001");
            assertThat(f.codeDestinataire()).isEqualTo(AGGLO);
        });
        clock.advance(STEP.multipliedBy(7));
        assertThat(status(found.get(0).identifiantFactureCPP())).isEqualTo("MISE_EN_PAIEMENT");
    }

    @Test
    void aFlowThatBreaksTheRulesIsRejectedWithListeErreurDP() throws Exception {
        Path file = dir.resolve("FX-2026-0002.pdf");
        Files.write(file, FacturXFixtures.pdfWith(FacturXFixtures.ciiXml("FX-2026-0002", "20260309", INACTIVE, null,
                null, null)));
        String flow = client.deposerFluxFacture(file).numeroFluxDepot();
        clock.advance(STEP);
        ConsulterCRDetailleResponse report = client.consulterCRDetaille(flow);
        assertThat(report.etatCourantDepotFlux()).isEqualTo("IN_REJETE");
        assertThat(report.listeErreurDP()).singleElement().satisfies(e -> {
            assertThat(e.numeroDP()).isEqualTo("FX-2026-0002");
            assertThat(e.identifiantDestinataire()).isEqualTo(INACTIVE);
            assertThat(e.libelleErreurDP()).contains("n'est pas actif");
        });
        assertThatThrownBy(() -> client.consulterCRDetaille("CPP0011110999999999999999"))
                .isInstanceOfSatisfying(ChorusBusinessException.class, e -> {
                    assertThat(e.codeRetour()).isEqualTo(20001);
                    assertThat(e.libelle()).startsWith("POQ_MSG_01.003");
                });
    }

    // ------------------------------------------------------------------ tokens and restarts

    @Test
    void theHistorySurvivesARestartAndTheClientFetchesANewToken() throws ChorusException {
        long pj = upload();
        long id = client.soumettreFacture(invoice("FA-2026-0300", COMMUNE, null, null, pj, null))
                .identifiantFactureCPP();
        clock.advance(STEP.multipliedBy(2));
        sandbox.close();

        sandbox = ChorusSandbox.start(new SandboxConfig(0, dir.resolve("state"), STEP, clock));
        ChorusClient again = clientFor(sandbox, sandbox.credentials().clientSecret(),
                sandbox.credentials().technicalPassword());
        ConsulterHistoriqueFactureResponse history = again.consulterHistoriqueFacture(id);
        assertThat(history.statutCourantCode()).isEqualTo("MISE_A_DISPOSITION");
        assertThat(history.historiquesDesStatuts().histoStatut()).hasSize(3);

        sandbox.reset();
        assertThatThrownBy(() -> again.consulterHistoriqueFacture(id)).isInstanceOf(ChorusBusinessException.class);
    }

    @Test
    void anExpiredTokenIsRenewedByTheClient() throws ChorusException {
        client.healthCheck();
        clock.advance(Duration.ofHours(2));
        assertThat(client.recupererStructuresActivesPourFournisseur().listeStructures()).hasSize(1);
    }
}
