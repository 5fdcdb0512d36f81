package fr.chorusdesk.chorus.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class WireFormatTest {

    private final ObjectMapper json = ChorusJson.create();

    @Test
    void soumettreMatchesTheReferenceExampleFieldByField() throws Exception {
        String expected = SampleRequests.SOUMETTRE_REFERENCE_JSON;
        JsonNode actual = json.valueToTree(SampleRequests.soumettreReference());
        assertThat(JsonCanon.canon(actual)).isEqualTo(JsonCanon.canon(json.readTree(expected)));
        assertThat(json.writeValueAsString(SampleRequests.soumettreReference())).contains("\"montantHtTotal\":1000.00");
    }

    @Test
    void soumettreRoundTripsAndAcceptsAnObjectForPieceJointePrincipale() throws Exception {
        SoumettreFactureRequest back = json.readValue(json.writeValueAsString(SampleRequests.soumettreReference()),
                SoumettreFactureRequest.class);
        assertThat(back).isEqualTo(SampleRequests.soumettreReference());

        SoumettreFactureRequest single = json.readValue(
                "{\"pieceJointePrincipale\":{\"pieceJointePrincipaleId\":5}}", SoumettreFactureRequest.class);
        assertThat(single.pieceJointePrincipale()).containsExactly(new PieceJointePrincipale(null, 5L));
    }

    @Test
    void pieceJointePrincipaleSwitchWritesOneObjectWhenOff() throws Exception {
        ObjectMapper m = ChorusJson.create();
        String out = m.writer().writeValueAsString(new Object() {
            @com.fasterxml.jackson.annotation.JsonProperty("pieceJointePrincipale")
            @com.fasterxml.jackson.databind.annotation.JsonSerialize(using = ObjectForm.class)
            public List<PieceJointePrincipale> pj = List.of(new PieceJointePrincipale("a.pdf", 1L));
        });
        assertThat(out).isEqualTo("{\"pieceJointePrincipale\":{\"pieceJointePrincipaleDesignation\":\"a.pdf\","
                + "\"pieceJointePrincipaleId\":1}}");
    }

    static final class ObjectForm extends PieceJointePrincipaleSerializer {
        ObjectForm() {
            super(false);
        }
    }

    @Test
    void emptyRequestIsAnEmptyObject() throws Exception {
        assertThat(json.writeValueAsString(new RecupererStructuresActivesRequest())).isEqualTo("{}");
        assertThat(json.readValue("{}", RecupererStructuresActivesRequest.class)).isNotNull();
    }

    @Test
    void datesAreReadLeniently() throws Exception {
        record D(LocalDate d, LocalDateTime t) {
        }
        assertThat(json.readValue("{\"d\":\"2025-03-14\",\"t\":\"2016-10-25 17:42\"}", D.class))
                .isEqualTo(new D(LocalDate.of(2025, 3, 14), LocalDateTime.of(2016, 10, 25, 17, 42)));
        assertThat(json.readValue("{\"d\":\"2018-02-16T15:10:25.536+01:00\",\"t\":\"2018-02-16T15:10:25.536+01:00\"}",
                D.class)).isEqualTo(new D(LocalDate.of(2018, 2, 16), LocalDateTime.of(2018, 2, 16, 15, 10, 25, 536_000_000)));
        assertThat(json.readValue("{\"d\":\"2025-03-14 10:42\",\"t\":\"2025-03-14\"}", D.class))
                .isEqualTo(new D(LocalDate.of(2025, 3, 14), LocalDateTime.of(2025, 3, 14, 0, 0)));
        assertThat(json.writeValueAsString(new D(LocalDate.of(2025, 3, 4), LocalDateTime.of(2025, 3, 4, 5, 6, 7))))
                .isEqualTo("{\"d\":\"2025-03-04\",\"t\":\"2025-03-04T05:06:07\"}");
    }

    @Test
    void lenientDatesAcceptTheOtherShapesAndRejectGarbage() {
        assertThat(LenientDates.parseDate("14/03/2025")).contains(LocalDate.of(2025, 3, 14));
        assertThat(LenientDates.parseDateTime("2025-03-14 10:42:05")).contains(LocalDateTime.of(2025, 3, 14, 10, 42, 5));
        assertThat(LenientDates.parseDateTime("2025-03-14T10:42:05Z")).contains(LocalDateTime.of(2025, 3, 14, 10, 42, 5));
        // epoch milliseconds are read in French time
        assertThat(LenientDates.parseDateTime("1741945320000")).contains(LocalDateTime.of(2025, 3, 14, 10, 42));
        assertThat(LenientDates.parseDate("bientôt")).isEmpty();
        assertThat(LenientDates.parseDate(" ")).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> json.readValue("{\"dateFacture\":\"demain\"}", SoumettreFactureRequest.class))
                .isInstanceOf(com.fasterxml.jackson.databind.exc.InvalidFormatException.class);
    }

    @Test
    void responsesReadTheReferenceShapesAndIgnoreUnknownFields() throws Exception {
        ConsulterStructureResponse r = json.readValue("""
                {"codeRetour":0,"libelle":"TRA_MSG_00.000","nouveau":1,
                 "informationGenerales":{"idStructureCPP":26346724,"numeroTVA":"FR1","dateExpirationMotPasseCompteTech":null},
                 "parametres":{"codeServiceDoitEtreRenseigne":true,"numeroEJDoitEtreRenseigne":true,
                               "gestionNumeroEJOuCodeService":false}}
                """, ConsulterStructureResponse.class);
        assertThat(r.codeRetour()).isZero();
        assertThat(r.informationGenerales().idStructureCPP()).isEqualTo(26346724L);
        assertThat(r.parametres().numeroEJDoitEtreRenseigne()).isTrue();

        RechercherStructureResponse empty = json.readValue("{\"codeRetour\":0,\"libelle\":\"x\"}",
                RechercherStructureResponse.class);
        assertThat(empty.listeStructures()).isEmpty();

        TokenResponse token = json.readValue(
                "{\"access_token\":\"abc\",\"token_type\":\"Bearer\",\"expires_in\":3600,\"scope\":\"openid\"}",
                TokenResponse.class);
        assertThat(token.expiresIn()).isEqualTo(3600L);
        assertThat(token.toString()).doesNotContain("abc");
        assertThat(json.readValue("{\"montantHT\":12.345678}", FactureFournisseur.class).montantHT())
                .isEqualByComparingTo("12.345678");
    }

    @Test
    void everyOperationHasAPathBelowTheApiPrefix() {
        for (ChorusOperation op : ChorusOperation.values()) {
            assertThat(op.fullPath()).startsWith("/cpro/").endsWith(op.path());
            assertThat(ChorusOperation.forPath(op.fullPath())).contains(op);
        }
        assertThat(ChorusOperation.SOUMETTRE_FACTURE.fullPath()).isEqualTo("/cpro/factures/v1/soumettre");
        assertThat(ChorusOperation.SOUMETTRE_FACTURE.readOnly()).isFalse();
        assertThat(ChorusOperation.HEALTH_CHECK.method()).isEqualTo("GET");
    }
}
