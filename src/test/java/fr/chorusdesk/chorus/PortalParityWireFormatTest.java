package fr.chorusdesk.chorus;

import static org.assertj.core.api.Assertions.assertThat;

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
import fr.chorusdesk.domain.RecipientRules;
import fr.chorusdesk.testing.SignedPdfs;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.GregorianCalendar;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The portal-parity operations on the wire. Field names from the Structures Swagger
 * (rechercherStructure), the Go client and BIMP (typespj) and OCA (engagementsJuridiques).
 */
class PortalParityWireFormatTest {

    @StartStop
    private final MockWebServer server = new MockWebServer();

    @TempDir
    Path dir;

    private MockChorus chorus() {
        MockChorus c = new MockChorus(server);
        c.enqueueToken("tok-1");
        return c;
    }

    private static String consulter(String codePostal, String ville, boolean service, boolean engagement) {
        return "\"adressePostaleDuSiege\":{\"adresse\":\"1 RUE\",\"codePostal\":\"" + codePostal + "\",\"ville\":\""
                + ville + "\"},\"parametres\":{\"codeServiceDoitEtreRenseigne\":" + service
                + ",\"numeroEJDoitEtreRenseigne\":" + engagement + ",\"gestionNumeroEJOuCodeService\":false}";
    }

    @Test
    void searchByNameAndTownSendsTheCriteriaAndConsultsEachMatch() throws Exception {
        MockChorus c = chorus();
        c.enqueueOk("\"listeStructures\":["
                + "{\"idStructureCPP\":26500001,\"identifiantStructure\":\"19748526057479\","
                + "\"designationStructure\":\"LYCÉE POLYVALENT JEAN MONNET\",\"typeIdentifiantStructure\":\"SIRET\","
                + "\"statut\":\"ACTIVE\"},"
                + "{\"idStructureCPP\":26500032,\"identifiantStructure\":\"20323432480913\","
                + "\"designationStructure\":\"ÉTABLISSEMENT PUBLIC FONCIER DU DOUBS\",\"typeIdentifiantStructure\":"
                + "\"SIRET\",\"statut\":\"INACTIVE\"}],"
                + "\"parametresRetour\":{\"pageCourante\":2,\"pages\":3,\"nbResultatsParPage\":2,\"total\":6}");
        c.enqueueOk(consulter("25000", "BESANÇON", true, false));
        c.enqueueOk(consulter("25000", "BESANÇON", false, true));

        RecipientSearchPage page = c.client().searchPublicStructures("lycée", "25000", "Besançon", 2, 2);

        assertThat(page.page()).isEqualTo(2);
        assertThat(page.pages()).isEqualTo(3);
        assertThat(page.total()).isEqualTo(6);
        assertThat(page.hasNext()).isTrue();
        assertThat(page.matches()).hasSize(2);
        RecipientMatch first = page.matches().get(0);
        assertThat(first.siret()).isEqualTo("19748526057479");
        assertThat(first.name()).isEqualTo("LYCÉE POLYVALENT JEAN MONNET");
        assertThat(first.town()).contains("BESANÇON");
        assertThat(first.postalCode()).contains("25000");
        assertThat(first.rules()).isEqualTo(RecipientRules.SERVICE_CODE);
        assertThat(first.serviceCodeRequired()).isTrue();
        assertThat(first.active()).isTrue();
        assertThat(page.matches().get(1).engagementNumberRequired()).isTrue();
        assertThat(page.matches().get(1).active()).isFalse();

        c.takeTokenRequest();
        c.assertBody(c.takeApiRequest("POST", "/cpro/structures/v1/rechercher", "tok-1"), """
                { "structure": { "raisonSocialeStructure": "lycée", "adresseCodePostal": "25000",
                                 "adresseVille": "Besançon", "typeStructure": "PUBLIQUE" },
                  "parametres": { "nbResultatsParPage": 2, "pageResultatDemandee": 2,
                                  "triColonne": "DesignationStructure", "triSens": "Ascendant" } }
                """);
        c.assertBody(c.takeApiRequest("POST", "/cpro/structures/v1/consulter", "tok-1"),
                "{\"idStructureCPP\":26500001,\"codeLangue\":\"fr\"}");
        c.assertBody(c.takeApiRequest("POST", "/cpro/structures/v1/consulter", "tok-1"),
                "{\"idStructureCPP\":26500032,\"codeLangue\":\"fr\"}");
    }

    @Test
    void blankCriteriaAreLeftOut() throws Exception {
        MockChorus c = chorus();
        c.enqueueOk("\"listeStructures\":[]");
        RecipientSearchPage page = c.client().searchPublicStructures("  ", null, "Dole", 1, 10);
        assertThat(page.matches()).isEmpty();
        assertThat(page.hasNext()).isFalse();
        c.takeTokenRequest();
        c.assertBody(c.takeApiRequest("POST", "/cpro/structures/v1/rechercher", "tok-1"), """
                { "structure": { "adresseVille": "Dole", "typeStructure": "PUBLIQUE" },
                  "parametres": { "nbResultatsParPage": 10, "pageResultatDemandee": 1,
                                  "triColonne": "DesignationStructure", "triSens": "Ascendant" } }
                """);
    }

    @Test
    void recupererTypesPieceJointe() throws Exception {
        MockChorus c = chorus();
        c.enqueueOk("\"listeTypePieceJointe\":[{\"codeTypePieceJointe\":\"c1\",\"libelleTypePieceJointe\":\"l1\","
                + "\"idTypePieceJointe\":1,\"typeObjet\":\"FACTURE\"}]");

        List<TypePieceJointe> types = c.client().recupererTypesPieceJointe().listeTypePieceJointe();

        assertThat(types).singleElement().satisfies(t -> {
            assertThat(t.codeTypePieceJointe()).isEqualTo("c1");
            assertThat(t.libelleTypePieceJointe()).isEqualTo("l1");
            assertThat(t.idTypePieceJointe()).isEqualTo(1L);
        });
        c.takeTokenRequest();
        c.assertBody(c.takeApiRequest("POST", "/cpro/transverses/v1/recuperer/typespj", "tok-1"),
                "{\"typeObjet\":\"FACTURE\",\"codeLangue\":\"fr\"}");
    }

    @Test
    void engagementSearchSendsOcasBody() throws Exception {
        MockChorus c = chorus();
        c.enqueueOk("\"listeEngagementJuridique\":[{\"numeroEngagementJuridique\":\"1300123456\"}]");

        assertThat(c.client().engagementExists(26300989L, "1300123456")).isTrue();

        c.takeTokenRequest();
        c.assertBody(c.takeApiRequest("POST", "/cpro/engagementsJuridiques/v1/rechercher", "tok-1"), """
                {"structureReceptriceEngagementJuridique": "26300989", "numeroEngagementJuridique": "1300123456",
                 "etatCourantEngagementJuridique": "COMMANDE"}
                """);
    }

    @Test
    void anEngagementNotFoundIsFalseNotAnError() throws Exception {
        MockChorus c = chorus();
        ChorusClient client = c.client();
        c.enqueue(200, "{\"codeRetour\":20000,\"libelle\":\"TRA_MSG_00.015 La recherche n'a retourné aucun résultat\"}");
        assertThat(client.engagementExists(26300989L, "9999")).isFalse();
        c.enqueueOk("\"listeEngagementJuridique\":[]");
        assertThat(client.engagementExists(26300989L, "9998")).isFalse();
    }

    @Test
    void aSignedPdfIsUploadedByteForByteAndSubmittedInSignedMode() throws Exception {
        byte[] signed = SignedPdfs.sign(SignedPdfs.unsigned(), SignedPdfs.PADES, "Jeanne Démo",
                new GregorianCalendar(2026, 2, 9, 10, 0));
        Path file = Files.write(dir.resolve("FA-2026-0042-signee.pdf"), signed);
        MockChorus c = chorus();
        c.enqueueOk("\"pieceJointeId\":6900001");
        c.enqueueOk("\"identifiantFactureCPP\":8300002,\"numeroFacture\":\"FA-2026-0042\",\"statutFacture\":\"DEPOSEE\"");
        ChorusClient client = c.client();

        long id = client.ajouterFichierDansSysteme(file).pieceJointeId();
        client.soumettreFacture(new SoumettreFactureRequest(null, ModeDepot.DEPOT_PDF_SIGNE_API, "FA-2026-0042",
                LocalDate.of(2026, 3, 9), new Destinataire("11000201100044", "SFACETAT"),
                new Fournisseur(26300989L, null, null), CadreDeFacturation.of(CadreFacturation.A1_FACTURE_FOURNISSEUR),
                new References("EUR", TypeFacture.FACTURE, TypeTva.TVA_SUR_DEBIT, null, null, "1300123456", null,
                        ModePaiement.VIREMENT), null, null,
                MontantTotal.of(new BigDecimal("10"), new BigDecimal("2"), new BigDecimal("12"), null, null,
                        new BigDecimal("12")),
                List.of(new PieceJointePrincipale("Facture signée", id)),
                List.of(new PieceJointeComplementaire("Bon de commande", "BON_COMMANDE", null, 6900002L, null)),
                null));

        c.takeTokenRequest();
        RecordedRequest upload = c.takeApiRequest("POST", "/cpro/transverses/v1/ajouter/fichier", "tok-1");
        String base64 = new com.fasterxml.jackson.databind.ObjectMapper().readTree(upload.getBody().utf8())
                .path("pieceJointeFichier").asText();
        assertThat(Base64.getDecoder().decode(base64)).isEqualTo(Files.readAllBytes(file)).isEqualTo(signed);
        var body = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                c.takeApiRequest("POST", "/cpro/factures/v1/soumettre", "tok-1").getBody().utf8());
        assertThat(body.path("modeDepot").asText()).isEqualTo("DEPOT_PDF_SIGNE_API");
        assertThat(body.path("pieceJointeComplementaire").get(0).path("pieceJointeComplementaireType").asText())
                .isEqualTo("BON_COMMANDE");
        assertThat(body.path("pieceJointeComplementaire").get(0).path("pieceJointeComplementaireId").asLong())
                .isEqualTo(6900002L);
    }
}
