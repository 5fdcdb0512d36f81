package fr.chorusdesk.chorus;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.chorus.api.CompleterFactureRequest;
import fr.chorusdesk.chorus.api.Destinataire;
import fr.chorusdesk.chorus.api.ModePaiement;
import fr.chorusdesk.chorus.api.Pagination;
import fr.chorusdesk.chorus.api.PieceJointeComplementaire;
import fr.chorusdesk.chorus.api.RechercherFactureParFournisseurRequest;
import fr.chorusdesk.chorus.api.RechercherStructureRequest;
import fr.chorusdesk.chorus.api.RecyclerFactureRequest;
import fr.chorusdesk.chorus.api.References;
import fr.chorusdesk.chorus.api.TypeFacture;
import fr.chorusdesk.chorus.api.TypeTva;
import fr.chorusdesk.chorus.api.SampleRequests;
import fr.chorusdesk.domain.RecipientRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every operation: method, path, headers and JSON body exactly as the reference spells them. */
class ChorusClientWireFormatTest {

    @StartStop
    private final MockWebServer server = new MockWebServer();

    @TempDir
    Path dir;

    private MockChorus chorus() {
        MockChorus c = new MockChorus(server);
        c.enqueueToken("tok-1");
        return c;
    }

    @Test
    void tokenRequestIsTheClientCredentialsForm() throws Exception {
        MockChorus c = chorus();
        c.enqueueOk("\"listeStructures\":[]");
        c.client().recupererStructuresActivesPourFournisseur();

        RecordedRequest token = c.takeTokenRequest();
        assertThat(token.getHeaders().get("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(token.getBody().utf8()).isEqualTo(
                "grant_type=client_credentials&client_id=app-client-id&client_secret=S3cr3t-client-VALUE&scope=openid");
        c.takeApiRequest("POST", "/cpro/transverses/v1/recuperer/structures/actives/fournisseur", "tok-1");
    }

    @Test
    void ajouterFichierStreamsTheFileInBase64() throws Exception {
        MockChorus c = chorus();
        c.enqueueOk("\"pieceJointeId\":6921279");
        byte[] pdf = new byte[100_001];
        new Random(1).nextBytes(pdf);
        Path file = Files.write(dir.resolve("FA-2025-0042.pdf"), pdf);

        var response = c.client().ajouterFichierDansSysteme(file);

        assertThat(response.pieceJointeId()).isEqualTo(6921279L);
        c.takeTokenRequest();
        RecordedRequest r = c.takeApiRequest("POST", "/cpro/transverses/v1/ajouter/fichier", "tok-1");
        assertThat(r.getHeaders().get("Content-Length")).isEqualTo(Long.toString(r.getBodySize()));
        c.assertBody(r, """
                {"idUtilisateurCourant":0,"pieceJointeNom":"FA-2025-0042.pdf","pieceJointeTypeMime":"application/pdf",
                 "pieceJointeExtension":"PDF","pieceJointeFichier":"%s"}
                """.formatted(Base64.getEncoder().encodeToString(pdf)));
    }

    @Test
    void soumettreFactureSendsTheReferenceExample() throws Exception {
        MockChorus c = chorus();
        c.enqueueOk("\"identifiantFactureCPP\":8316845,\"numeroFacture\":\"FA-2025-0042\",\"statutFacture\":\"DEPOSEE\","
                + "\"dateDepot\":\"2025-03-14\",\"empreinteCertificatDepot\":\"abc\"");

        var response = c.client().soumettreFacture(SampleRequests.soumettreReference().withIdUtilisateurCourant(null));

        assertThat(response.identifiantFactureCPP()).isEqualTo(8316845L);
        assertThat(response.statutFacture()).isEqualTo("DEPOSEE");
        assertThat(response.dateDepot()).isEqualTo(LocalDate.of(2025, 3, 14));
        c.takeTokenRequest();
        RecordedRequest r = c.takeApiRequest("POST", "/cpro/factures/v1/soumettre", "tok-1");
        c.assertBody(r, SampleRequests.SOUMETTRE_REFERENCE_JSON);
        assertThat(r.getBody().utf8()).contains("\"dateFacture\":\"2025-03-14\"").contains("\"montantHtTotal\":1000.00");
    }

    @Test
    void deposerFluxSendsFacturX() throws Exception {
        MockChorus c = chorus();
        c.enqueueOk("\"numeroFluxDepot\":\"CPP0011110000000000001557\",\"dateDepot\":\"2025-03-14 10:42\","
                + "\"syntaxeFlux\":\"IN_DP_E2_CII_FACTURX\"");
        byte[] content = "%PDF-1.7 factur-x".getBytes();
        Path file = Files.write(dir.resolve("FA-2025-0042.pdf"), content);

        var response = c.client().deposerFluxFacture(file);

        assertThat(response.numeroFluxDepot()).isEqualTo("CPP0011110000000000001557");
        assertThat(response.dateDepot()).isEqualTo(LocalDate.of(2025, 3, 14));
        c.takeTokenRequest();
        c.assertBody(c.takeApiRequest("POST", "/cpro/factures/v1/deposer/flux", "tok-1"), """
                {"idUtilisateurCourant":0,"fichierFlux":"%s","nomFichier":"FA-2025-0042.pdf",
                 "syntaxeFlux":"IN_DP_E2_CII_FACTURX","avecSignature":false}
                """.formatted(Base64.getEncoder().encodeToString(content)));
    }

    @Test
    void consulterCRDetaille() throws Exception {
        MockChorus c = chorus();
        c.enqueueOk("\"etatCourantDepotFlux\":\"IN_REJETE\",\"dateHeureEtatCourantFlux\":\"2018-02-16T15:10:25.536+01:00\","
                + "\"listeErreurDP\":[{\"numeroDP\":\"FA-1\",\"libelleErreurDP\":\"L'identifiant fournisseur...\"}]");

        var response = c.client().consulterCRDetaille("CPP0011110000000000001557");

        assertThat(response.etatCourantDepotFlux()).isEqualTo("IN_REJETE");
        assertThat(response.dateHeureEtatCourantFlux()).isEqualTo(LocalDateTime.of(2018, 2, 16, 15, 10, 25, 536_000_000));
        assertThat(response.listeErreurDP()).singleElement().satisfies(e -> assertThat(e.numeroDP()).isEqualTo("FA-1"));
        assertThat(response.listeErreurTechnique()).isEmpty();
        c.takeTokenRequest();
        c.assertBody(c.takeApiRequest("POST", "/cpro/transverses/v1/consulterCRDetaille", "tok-1"),
                "{\"numeroFluxDepot\":\"CPP0011110000000000001557\"}");
    }

    @Test
    void rechercherStructureBySiret() throws Exception {
        MockChorus c = chorus();
        c.enqueueOk("\"listeStructures\":[{\"idStructureCPP\":26346724,\"identifiantStructure\":\"11000201100044\","
                + "\"designationStructure\":\"MINISTERE\",\"typeIdentifiantStructure\":\"SIRET\",\"statut\":\"ACTIVE\"}],"
                + "\"parametresRetour\":{\"pageCourante\":1,\"pages\":1,\"nbResultatsParPage\":10,\"total\":1}");

        var response = c.client().rechercherStructure(RechercherStructureRequest.parSiret("11000201100044"));

        assertThat(response.listeStructures()).singleElement()
                .satisfies(s -> assertThat(s.idStructureCPP()).isEqualTo(26346724L));
        assertThat(response.parametresRetour().total()).isEqualTo(1);
        c.takeTokenRequest();
        c.assertBody(c.takeApiRequest("POST", "/cpro/structures/v1/rechercher", "tok-1"), """
                { "structure": { "identifiantStructure": "11000201100044", "typeIdentifiantStructure": "SIRET" },
                  "restreindreStructuresPrivees": false,
                  "parametres": { "nbResultatsParPage": 10, "pageResultatDemandee": 1 } }
                """);
    }

    @Test
    void consulterStructureAndItsRules() throws Exception {
        MockChorus c = chorus();
        c.enqueueOk("\"informationGenerales\":{\"idStructureCPP\":26346724,\"dateExpirationMotPasseCompteTech\":"
                + "\"2026-05-01\"},\"parametres\":{\"codeServiceDoitEtreRenseigne\":true,"
                + "\"numeroEJDoitEtreRenseigne\":true,\"gestionNumeroEJOuCodeService\":false}");

        RecipientRules rules = c.client().recipientRules(26346724L);

        assertThat(rules).isEqualTo(RecipientRules.SERVICE_CODE_AND_ENGAGEMENT_NUMBER);
        c.takeTokenRequest();
        c.assertBody(c.takeApiRequest("POST", "/cpro/structures/v1/consulter", "tok-1"),
                "{\"idStructureCPP\":26346724,\"codeLangue\":\"fr\"}");
    }

    @Test
    void activeServicesWalksEveryPageAndKeepsActiveOnes() throws Exception {
        MockChorus c = chorus();
        c.enqueueOk("\"listeServices\":[{\"idService\":1,\"codeService\":\"A\",\"estActif\":true},"
                + "{\"idService\":2,\"codeService\":\"B\",\"estActif\":false}],"
                + "\"parametresRetour\":{\"pageCourante\":1,\"pages\":2,\"nbResultatsParPage\":1000,\"total\":3}");
        c.enqueueOk("\"listeServices\":[{\"idService\":3,\"codeService\":\"C\",\"estActif\":true}],"
                + "\"parametresRetour\":{\"pageCourante\":2,\"pages\":2,\"nbResultatsParPage\":1000,\"total\":3}");

        var services = c.client().activeServices(26346724L);

        assertThat(services).extracting(s -> s.codeService()).containsExactly("A", "C");
        c.takeTokenRequest();
        c.assertBody(c.takeApiRequest("POST", "/cpro/structures/v1/rechercher/services", "tok-1"), """
                {"idStructure":26346724,"parametresRechercherServicesStructure":{"nbResultatsParPage":1000,
                 "pageResultatDemandee":1,"triColonne":"CodeService","triSens":"Ascendant"}}
                """);
        c.assertBody(c.takeApiRequest("POST", "/cpro/structures/v1/rechercher/services", "tok-1"), """
                {"idStructure":26346724,"parametresRechercherServicesStructure":{"nbResultatsParPage":1000,
                 "pageResultatDemandee":2,"triColonne":"CodeService","triSens":"Ascendant"}}
                """);
    }

    @Test
    void recupererStructuresActivesSendsAnEmptyObject() throws Exception {
        MockChorus c = chorus();
        c.enqueueOk("\"listeStructures\":[{\"idStructureCPP\":26300989,\"identifiant\":\"12345678200010\","
                + "\"designationStructure\":\"MA SOCIETE\"}]");

        var response = c.client().recupererStructuresActivesPourFournisseur();

        assertThat(response.listeStructures()).singleElement()
                .satisfies(s -> assertThat(s.identifiant()).isEqualTo("12345678200010"));
        c.takeTokenRequest();
        RecordedRequest r = c.takeApiRequest("POST", "/cpro/transverses/v1/recuperer/structures/actives/fournisseur",
                "tok-1");
        assertThat(r.getBody().utf8()).isEqualTo("{}");
    }

    @Test
    void recupererCoordonneesBancairesValides() throws Exception {
        MockChorus c = chorus();
        c.enqueueOk("\"listeCoordonneeBancaire\":[{\"idCoordonneeBancaire\":144050,\"nomCoordonneeBancaire\":\"Compte\"}]");

        var response = c.client().recupererCoordonneesBancairesValides(26300989L);

        assertThat(response.listeCoordonneeBancaire()).singleElement()
                .satisfies(b -> assertThat(b.idCoordonneeBancaire()).isEqualTo(144050L));
        c.takeTokenRequest();
        c.assertBody(c.takeApiRequest("POST", "/cpro/transverses/v1/recuperer/coordbanc/valides", "tok-1"),
                "{\"idStructure\":26300989}");
    }

    @Test
    void rechercherFactureParFournisseur() throws Exception {
        MockChorus c = chorus();
        c.enqueueOk("\"listeFactures\":[{\"identifiantFactureCPP\":8316845,\"numeroFacture\":\"FA-2025-0042\","
                + "\"statut\":\"MISE_A_DISPOSITION\",\"montantTTC\":1200.00,\"dateDepot\":\"2025-03-14\"}],"
                + "\"parametresRetour\":{\"pageCourante\":1,\"pages\":1,\"nbResultatsParPage\":10,\"total\":1}");

        var response = c.client().rechercherFactureParFournisseur(RechercherFactureParFournisseurRequest.builder()
                .numeroFacture("FA-2025-0042")
                .periodeDateDepot(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31))
                .pagination(Pagination.page(1, 10, "DateDepot", Pagination.TRI_DESCENDANT))
                .build());

        assertThat(response.listeFactures()).singleElement().satisfies(f -> {
            assertThat(f.statut()).isEqualTo("MISE_A_DISPOSITION");
            assertThat(f.montantTTC()).isEqualByComparingTo("1200");
        });
        c.takeTokenRequest();
        c.assertBody(c.takeApiRequest("POST", "/cpro/factures/v1/rechercher/fournisseur", "tok-1"), """
                {"idUtilisateurCourant":0,"numeroFacture":"FA-2025-0042","periodeDateDepotDu":"2025-03-01",
                 "periodeDateDepotAu":"2025-03-31","rechercheFactureParFournisseur":{"nbResultatsParPage":10,
                 "pageResultatDemandee":1,"triColonne":"DateDepot","triSens":"Descendant"}}
                """);
    }

    @Test
    void consulterFactureParFournisseur() throws Exception {
        MockChorus c = chorus();
        c.enqueueOk("\"facture\":{\"identifiantFactureCPP\":8316845,\"statutFacture\":\"SUSPENDUE\","
                + "\"montantTotal\":{\"montantTtcTotal\":1200.0,\"montantTtcAvantRemiseGlobalTTC\":1200.0},"
                + "\"references\":{\"dateFacture\":\"2025-03-14T00:00:00.000+01:00\"}}");

        var response = c.client().consulterFactureParFournisseur(8316845L);

        assertThat(response.facture().statutFacture()).isEqualTo("SUSPENDUE");
        assertThat(response.facture().references().dateFacture()).isEqualTo(LocalDate.of(2025, 3, 14));
        c.takeTokenRequest();
        c.assertBody(c.takeApiRequest("POST", "/cpro/factures/v1/consulter/fournisseur", "tok-1"),
                "{\"idUtilisateurCourant\":0,\"identifiantFactureCPP\":8316845,\"codeLangue\":\"fr\"}");
    }

    @Test
    void statusesTheClientHasNeverHeardOfAreReadAsTheirCodes() throws Exception {
        // The platform has 56 statuses and may add more: none may break the reading.
        MockChorus c = chorus();
        c.enqueueOk("\"idFacture\":1,\"statutCourantCode\":\"TECHNIQUE_INCONNU\",\"historiquesDesStatuts\":"
                + "{\"histoStatut\":[{\"histoStatutCode\":\"STATUT_APPARU_EN_2030\","
                + "\"histoStatutDatePassage\":\"2018-04-19 11:08\"},{\"histoStatutCode\":\"COMPTABILISEE\","
                + "\"histoStatutDatePassage\":\"2018-04-18 09:30\"}]},"
                + "\"derniereAction\":{\"derniereActionId\":5,\"derniereActionCode\":\"ACQUITTEMENT_REJET\"}");

        var response = c.client().consulterHistoriqueFacture(1L);

        assertThat(response.statutCourantCode()).isEqualTo("TECHNIQUE_INCONNU");
        assertThat(response.historiquesDesStatuts().histoStatut()).extracting(h -> h.histoStatutCode())
                .containsExactly("STATUT_APPARU_EN_2030", "COMPTABILISEE");
        assertThat(response.historiquesDesStatuts().histoStatut().get(0).histoStatutDatePassage())
                .isEqualTo(LocalDateTime.of(2018, 4, 19, 11, 8));
        assertThat(response.derniereAction().derniereActionCode()).isEqualTo("ACQUITTEMENT_REJET");
    }

    @Test
    void consulterHistoriqueFacture() throws Exception {
        MockChorus c = chorus();
        c.enqueueOk("\"idFacture\":8316845,\"statutCourantCode\":\"REJETEE\",\"historiquesDesStatuts\":{\"histoStatut\":"
                + "[{\"histoStatutCode\":\"REJETEE\",\"histoStatutDatePassage\":\"2025-03-20 14:05\","
                + "\"histoStatutCommentaire\":\"Mauvais cadre\"}]}");

        var response = c.client().consulterHistoriqueFacture(8316845L);

        assertThat(response.statutCourantCode()).isEqualTo("REJETEE");
        assertThat(response.historiquesDesStatuts().histoStatut()).singleElement().satisfies(h -> {
            assertThat(h.histoStatutDatePassage()).isEqualTo(LocalDateTime.of(2025, 3, 20, 14, 5));
            assertThat(h.histoStatutCommentaire()).isEqualTo("Mauvais cadre");
        });
        c.takeTokenRequest();
        c.assertBody(c.takeApiRequest("POST", "/cpro/factures/v1/consulter/historique", "tok-1"),
                "{\"idUtilisateurCourant\":0,\"idFacture\":8316845}");
    }

    @Test
    void completerFacture() throws Exception {
        MockChorus c = chorus();
        c.enqueueOk("\"identifiantFactureCPP\":8316845,\"numeroFacture\":\"FA-2025-0042\",\"dateTraitement\":\"2025-03-21\"");

        var response = c.client().completerFacture(new CompleterFactureRequest(null, 8316845L, "Bon de livraison joint",
                List.of(new PieceJointeComplementaire("BL.pdf", "BON_LIVRAISON", null, 777L, null))));

        assertThat(response.dateTraitement()).isEqualTo(LocalDate.of(2025, 3, 21));
        c.takeTokenRequest();
        c.assertBody(c.takeApiRequest("POST", "/cpro/factures/v1/completer", "tok-1"), """
                {"idUtilisateurCourant":0,"identifiantFactureCPP":8316845,"commentaire":"Bon de livraison joint",
                 "pieceJointeComplementaire":[{"pieceJointeComplementaireDesignation":"BL.pdf",
                   "pieceJointeComplementaireType":"BON_LIVRAISON","pieceJointeComplementaireId":777}]}
                """);
    }

    @Test
    void recyclerFactureUsesTheSingularReferenceKey() throws Exception {
        MockChorus c = chorus();
        c.enqueueOk("\"identifiantFactureCPP\":8316845,\"statutFacture\":\"DEPOSEE\"");

        c.client().recyclerFacture(new RecyclerFactureRequest(null, 8316845L,
                new Destinataire("11000201100044", "SERV2"),
                new References("EUR", TypeFacture.FACTURE, TypeTva.TVA_SUR_DEBIT, null, null, "EJ-42", null,
                        ModePaiement.VIREMENT), "Service corrigé"));

        c.takeTokenRequest();
        c.assertBody(c.takeApiRequest("POST", "/cpro/factures/v1/recycler", "tok-1"), """
                {"idUtilisateurCourant":0,"identifiantFactureCPP":8316845,
                 "destinataire":{"codeDestinataire":"11000201100044","codeServiceExecutant":"SERV2"},
                 "reference":{"deviseFacture":"EUR","typeFacture":"FACTURE","typeTva":"TVA_SUR_DEBIT",
                              "numeroBonCommande":"EJ-42","modePaiement":"VIREMENT"},
                 "commentaire":"Service corrigé"}
                """);
    }

    @Test
    void healthCheckIsAGetWithTheSameHeaders() throws Exception {
        MockChorus c = chorus();
        c.enqueue(200, "OK");

        c.client().healthCheck();

        c.takeTokenRequest();
        RecordedRequest r = c.takeApiRequest("GET", "/cpro/transverses/v1/health-check", "tok-1");
        assertThat(r.getBodySize()).isZero();
    }
}
