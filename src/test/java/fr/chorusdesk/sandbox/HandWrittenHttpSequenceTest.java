package fr.chorusdesk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.chorusdesk.testing.MutableClock;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replays the curl sequence of docs/sandbox.md with the JDK client and hand-written JSON (no
 * project DTOs), so the wire format is checked independently of the shared records.
 */
class HandWrittenHttpSequenceTest {

    private static final Duration STEP = Duration.ofSeconds(30);

    @TempDir
    Path stateDir;

    private final MutableClock clock = MutableClock.atFixedStart();
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper mapper = new ObjectMapper();
    private ChorusSandbox sandbox;
    private String cproAccount;

    @BeforeEach
    void start() {
        sandbox = ChorusSandbox.start(new SandboxConfig(0, stateDir, STEP, clock));
        cproAccount = Base64.getEncoder().encodeToString("TECH_1_DEMO@cpro.fr:Demo-Password-1"
                .getBytes(StandardCharsets.UTF_8));
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private HttpResponse<String> token(String clientSecret) throws IOException, InterruptedException {
        return tokenForm("grant_type=client_credentials&client_id=chorusdesk-demo-client&client_secret="
                + clientSecret + "&scope=openid");
    }

    private HttpResponse<String> tokenForm(String form) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(sandbox.tokenUrl())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String token, String account, String path, String json)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(sandbox.apiBaseUrl() + path))
                .header("Authorization", "Bearer " + token)
                .header("cpro-account", account)
                .header("Content-Type", "application/json;charset=utf-8")
                .header("Accept", "application/json;charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode ok(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = mapper.readTree(response.body());
        assertThat(body.path("codeRetour").asInt(-1)).as(response.body()).isZero();
        return body;
    }

    @Test
    void theDocumentedCurlSequenceWorks() throws Exception {
        JsonNode token = mapper.readTree(token("demo-secret-not-a-secret").body());
        assertThat(token.path("token_type").asText()).isEqualTo("Bearer");
        assertThat(token.path("expires_in").asInt()).isEqualTo(3600);
        String bearer = token.path("access_token").asText();

        JsonNode found = ok(post(bearer, cproAccount, "/structures/v1/rechercher", """
                {"structure": {"identifiantStructure": "11000201100044", "typeIdentifiantStructure": "SIRET"},
                 "restreindreStructuresPrivees": false,
                 "parametres": {"nbResultatsParPage": 10, "pageResultatDemandee": 1}}"""));
        assertThat(found.path("listeStructures").get(0).path("idStructureCPP").asLong()).isEqualTo(26346724L);
        assertThat(found.path("listeStructures").get(0).path("statut").asText()).isEqualTo("ACTIVE");
        assertThat(found.path("parametresRetour").path("total").asInt()).isEqualTo(1);
        assertThat(found.has("success")).isFalse();

        String pdf = Base64.getEncoder().encodeToString("%PDF-1.4 demo".getBytes(StandardCharsets.US_ASCII));
        JsonNode uploaded = ok(post(bearer, cproAccount, "/transverses/v1/ajouter/fichier", """
                {"pieceJointeFichier": "%s", "pieceJointeNom": "FA-2026-0042.pdf",
                 "pieceJointeTypeMime": "application/pdf", "pieceJointeExtension": "PDF"}""".formatted(pdf)));
        long pieceJointeId = uploaded.path("pieceJointeId").asLong();
        assertThat(pieceJointeId).isPositive();

        JsonNode submitted = ok(post(bearer, cproAccount, "/factures/v1/soumettre", """
                {"modeDepot": "DEPOT_PDF_API", "numeroFactureSaisi": "FA-2026-0042", "dateFacture": "2026-03-09",
                 "destinataire": {"codeDestinataire": "11000201100044", "codeServiceExecutant": "SFACETAT"},
                 "fournisseur": {"idFournisseur": 26300989, "idServiceFournisseur": 10652252,
                                 "codeCoordonneesBancairesFournisseur": 144050},
                 "cadreDeFacturation": {"codeCadreFacturation": "A1_FACTURE_FOURNISSEUR"},
                 "references": {"deviseFacture": "EUR", "typeFacture": "FACTURE", "typeTva": "TVA_SUR_DEBIT",
                                "modePaiement": "VIREMENT", "numeroBonCommande": "1300123456"},
                 "montantTotal": {"montantHtTotal": 1000.00, "montantTVA": 200.00, "montantTtcTotal": 1200.00,
                                  "montantAPayer": 1200.00},
                 "pieceJointePrincipale": [{"pieceJointePrincipaleDesignation": "Facture",
                                            "pieceJointePrincipaleId": %d}]}""".formatted(pieceJointeId)));
        assertThat(submitted.path("statutFacture").asText()).isEqualTo("DEPOSEE");
        assertThat(submitted.path("dateDepot").asText()).isEqualTo("2026-03-10");
        long id = submitted.path("identifiantFactureCPP").asLong();

        clock.advance(STEP.multipliedBy(2));
        JsonNode history = ok(post(bearer, cproAccount, "/factures/v1/consulter/historique",
                "{\"idFacture\": " + id + "}"));
        assertThat(history.path("statutCourantCode").asText()).isEqualTo("MISE_A_DISPOSITION");
        JsonNode entries = history.path("historiquesDesStatuts").path("histoStatut");
        assertThat(entries).hasSize(3);
        // Newest first, "yyyy-MM-dd HH:mm" in Paris time, as in the platform's answers.
        assertThat(entries.get(0).path("histoStatutCode").asText()).isEqualTo("MISE_A_DISPOSITION");
        assertThat(entries.get(2).path("histoStatutCode").asText()).isEqualTo("DEPOSEE");
        assertThat(entries.get(2).path("histoStatutDatePassage").asText()).isEqualTo("2026-03-10 10:00");
        assertThat(entries.get(0).path("histoStatutDatePassage").asText()).isEqualTo("2026-03-10 10:01");
        // Nobody has acted on it yet: derniereAction is a user action, not a status.
        assertThat(history.has("derniereAction")).isFalse();

        clock.advance(STEP);
        JsonNode taken = ok(post(bearer, cproAccount, "/factures/v1/consulter/historique",
                "{\"idFacture\": " + id + "}"));
        assertThat(taken.path("derniereAction").path("derniereActionCode").asText())
                .isEqualTo("TELECHARGEMENT_FACTURE");

        JsonNode search = ok(post(bearer, cproAccount, "/factures/v1/rechercher/fournisseur",
                "{\"numeroFacture\": \"FA-2026-0042\"}"));
        // 10:01:30 Paris, written with milliseconds and the winter offset.
        assertThat(search.path("listeFactures").get(0).path("dateHeureEtatCourant").asText())
                .isEqualTo("2026-03-10T10:01:30.000+01:00");
    }

    @Test
    void uploadsNeedNoExtensionInTheNameAndConsulterStructureNamesAMissingId() throws Exception {
        String bearer = mapper.readTree(token("demo-secret-not-a-secret").body()).path("access_token").asText();
        String pdf = Base64.getEncoder().encodeToString(new byte[] {37, 80, 68, 70});
        // The official example's name, "keerk2", has no extension.
        ok(post(bearer, cproAccount, "/transverses/v1/ajouter/fichier", "{\"pieceJointeFichier\":\"" + pdf
                + "\",\"pieceJointeNom\":\"keerk2\",\"pieceJointeTypeMime\":\"application/pdf\","
                + "\"pieceJointeExtension\":\"PDF\"}"));

        HttpResponse<String> noId = post(bearer, cproAccount, "/structures/v1/consulter", "{\"codeLangue\":\"fr\"}");
        assertThat(noId.statusCode()).isEqualTo(400);
        assertThat(mapper.readTree(noId.body()).path("libelle").asText()).contains("idStructureCPP")
                .doesNotContain("null");
    }

    @Test
    void theTokenEndpointAnswersEveryMalformedRequest() throws Exception {
        HttpResponse<String> get = http.send(HttpRequest.newBuilder(sandbox.tokenUrl()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(get.statusCode()).isEqualTo(405);
        HttpResponse<String> password = tokenForm("grant_type=password&client_id=chorusdesk-demo-client"
                + "&client_secret=demo-secret-not-a-secret");
        assertThat(password.statusCode()).isEqualTo(400);
        assertThat(mapper.readTree(password.body()).path("error").asText()).isEqualTo("unsupported_grant_type");
        HttpResponse<String> noSecret = tokenForm("grant_type=client_credentials&client_id=chorusdesk-demo-client");
        assertThat(noSecret.statusCode()).isEqualTo(400);
        assertThat(mapper.readTree(noSecret.body()).path("error").asText()).isEqualTo("invalid_client");

        HttpResponse<String> first = token("demo-secret-not-a-secret");
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-store");
        String one = mapper.readTree(first.body()).path("access_token").asText();
        String two = mapper.readTree(token("demo-secret-not-a-secret").body()).path("access_token").asText();
        assertThat(one).matches("[0-9a-f]{48}").isNotEqualTo(two);
    }

    @Test
    void theGatewayChecksMethodContentTypeAndTakesAnEmptyBodyAsAnEmptyObject() throws Exception {
        String bearer = mapper.readTree(token("demo-secret-not-a-secret").body()).path("access_token").asText();
        HttpResponse<String> get = http.send(HttpRequest.newBuilder(
                        URI.create(sandbox.apiBaseUrl() + "/factures/v1/soumettre"))
                .header("Authorization", "Bearer " + bearer).header("cpro-account", cproAccount).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("Allow")).hasValue("POST");

        HttpResponse<String> text = http.send(HttpRequest.newBuilder(
                        URI.create(sandbox.apiBaseUrl() + "/transverses/v1/recuperer/structures/actives/fournisseur"))
                .header("Authorization", "Bearer " + bearer).header("cpro-account", cproAccount)
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(text.statusCode()).isEqualTo(415);

        JsonNode empty = ok(post(bearer, cproAccount, "/transverses/v1/recuperer/structures/actives/fournisseur", ""));
        assertThat(empty.path("listeStructures").get(0).path("idStructureCPP").asLong()).isEqualTo(26300989L);
    }

    @Test
    void aDateTimeInDateFactureGetsAnHttp500AsInProduction() throws Exception {
        String bearer = mapper.readTree(token("demo-secret-not-a-secret").body()).path("access_token").asText();
        HttpResponse<String> refused = post(bearer, cproAccount, "/factures/v1/soumettre", """
                {"modeDepot": "DEPOT_PDF_API", "numeroFactureSaisi": "DT-1", "dateFacture": "2026-03-09T00:00:00",
                 "destinataire": {"codeDestinataire": "21750001000012"}}""");
        assertThat(refused.statusCode()).isEqualTo(500);
    }

    @Test
    void aFlowReportUsesThePlatformsShapes() throws Exception {
        String bearer = mapper.readTree(token("demo-secret-not-a-secret").body()).path("access_token").asText();
        String xml = Base64.getEncoder().encodeToString("<not-an-invoice/>".getBytes(StandardCharsets.UTF_8));
        JsonNode deposited = ok(post(bearer, cproAccount, "/factures/v1/deposer/flux",
                "{\"fichierFlux\":\"" + xml + "\",\"nomFichier\":\"f.xml\",\"syntaxeFlux\":\"IN_DP_E1_CII_16B\","
                        + "\"avecSignature\":false}"));
        String number = deposited.path("numeroFluxDepot").asText();
        assertThat(number).matches("CPP0011110\\d{15}");

        JsonNode report = ok(post(bearer, cproAccount, "/transverses/v1/consulterCRDetaille",
                "{\"numeroFluxDepot\":\"" + number + "\"}"));
        assertThat(report.path("codeInterfaceDepotFlux").asText()).isEqualTo("FSO1110A");
        assertThat(report.path("nomFichier").asText()).isEqualTo("FSO1110A_CPP001_" + number);
        assertThat(report.path("dateDepotFlux").asText()).isEqualTo("2026-03-10T10:00:00.000+01:00");
        assertThat(report.path("dateHeureEtatCourantFlux").asText()).isEqualTo("2026-03-10T10:00:00.000+01:00");

        HttpResponse<String> unknown = post(bearer, cproAccount, "/transverses/v1/consulterCRDetaille",
                "{\"numeroFluxDepot\":\"CPP0011110999999999999999\"}");
        assertThat(mapper.readTree(unknown.body()).path("codeRetour").asInt()).isEqualTo(20001);
        assertThat(mapper.readTree(unknown.body()).path("libelle").asText()).startsWith("POQ_MSG_01.003");
    }

    @Test
    void theSingleObjectFormOfPieceJointePrincipaleIsAcceptedToo() throws Exception {
        String bearer = mapper.readTree(token("demo-secret-not-a-secret").body()).path("access_token").asText();
        String pdf = Base64.getEncoder().encodeToString(new byte[] {37, 80, 68, 70});
        long pj = ok(post(bearer, cproAccount, "/transverses/v1/ajouter/fichier",
                "{\"pieceJointeFichier\":\"" + pdf + "\",\"pieceJointeNom\":\"a.pdf\",\"pieceJointeTypeMime\":"
                        + "\"application/pdf\",\"pieceJointeExtension\":\"pdf\"}")).path("pieceJointeId").asLong();
        ok(post(bearer, cproAccount, "/factures/v1/soumettre", """
                {"modeDepot": "DEPOT_PDF_API", "numeroFactureSaisi": "OBJ-1", "dateFacture": "2026-03-10",
                 "destinataire": {"codeDestinataire": "21750001000012"},
                 "fournisseur": {"idFournisseur": 26300989},
                 "cadreDeFacturation": {"codeCadreFacturation": "A1_FACTURE_FOURNISSEUR"},
                 "montantTotal": {"montantHtTotal": 10, "montantTVA": 2, "montantTtcTotal": 12, "montantAPayer": 12},
                 "pieceJointePrincipale": {"pieceJointePrincipaleId": %d}}""".formatted(pj)));
    }

    @Test
    void wrongCredentialsGetThePlatformsStatusesAndShapes() throws Exception {
        HttpResponse<String> badClient = token("wrong");
        assertThat(badClient.statusCode()).isEqualTo(400);
        assertThat(mapper.readTree(badClient.body())).isEqualTo(mapper.readTree("{\"error\":\"invalid_client\"}"));
        HttpResponse<String> badId = tokenForm("grant_type=client_credentials&client_id=nobody"
                + "&client_secret=demo-secret-not-a-secret&scope=openid");
        assertThat(badId.statusCode()).isEqualTo(400);
        assertThat(mapper.readTree(badId.body()).path("error").asText()).isEqualTo("invalid_client");

        HttpResponse<String> malformed = tokenForm("grant_type=client_credentials&client_id=%zz&client_secret=%");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(mapper.readTree(malformed.body()).path("error").asText()).isEqualTo("invalid_request");

        HttpResponse<String> badToken = post("not-a-token", cproAccount, "/structures/v1/rechercher", "{}");
        assertThat(badToken.statusCode()).isEqualTo(401);
        assertThat(badToken.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                h -> assertThat(h).startsWith("Bearer realm=\"PISTE\"").contains("invalid_token"));
        assertThat(mapper.readTree(badToken.body()).path("error").asText()).isEqualTo("invalid_token");

        String bearer = mapper.readTree(token("demo-secret-not-a-secret").body()).path("access_token").asText();
        String wrongAccount = Base64.getEncoder().encodeToString("TECH_1_DEMO@cpro.fr:bad".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> badAccount = post(bearer, wrongAccount, "/structures/v1/rechercher", "{}");
        assertThat(badAccount.statusCode()).isEqualTo(401);
        assertThat(badAccount.body()).isEmpty();
        assertThat(badAccount.headers().firstValue("WWW-Authenticate")).hasValue(
                "Bearer realm=\"PISTE\",error=\"Unauthorized\",error_description=\"login or password incorrects\"");

        String unsubscribed = mapper.readTree(tokenForm("grant_type=client_credentials"
                + "&client_id=chorusdesk-demo-unsubscribed&client_secret=demo-secret-not-a-secret&scope=openid")
                .body()).path("access_token").asText();
        HttpResponse<String> notSubscribed = post(unsubscribed, cproAccount, "/structures/v1/rechercher", "{}");
        assertThat(notSubscribed.statusCode()).isEqualTo(403);
        assertThat(notSubscribed.body()).isEmpty();

        // A token expires after an hour of (sandbox) time.
        clock.advance(Duration.ofSeconds(3601));
        assertThat(post(bearer, cproAccount, "/structures/v1/rechercher", "{}").statusCode()).isEqualTo(401);
    }

    @Test
    void businessErrorsAreJsonWithCodeRetourAndLibelle() throws Exception {
        String bearer = mapper.readTree(token("demo-secret-not-a-secret").body()).path("access_token").asText();
        HttpResponse<String> unknown = post(bearer, cproAccount, "/factures/v1/consulter/historique",
                "{\"idFacture\": 1}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(mapper.readTree(unknown.body()).path("codeRetour").asInt()).isEqualTo(20000);

        HttpResponse<String> malformed = post(bearer, cproAccount, "/factures/v1/soumettre", "{not json");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(mapper.readTree(malformed.body()).path("libelle").asText()).startsWith("Requête mal formulée");

        HttpResponse<String> noSuchApi = post(bearer, cproAccount, "/factures/v1/inexistant", "{}");
        assertThat(noSuchApi.statusCode()).isEqualTo(404);

        HttpResponse<String> empty = post(bearer, cproAccount, "/factures/v1/rechercher/fournisseur", "{}");
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(mapper.readTree(empty.body()).path("codeRetour").asInt()).isEqualTo(20000);
    }

    @Test
    void listensOnLoopbackOnly() {
        assertThat(sandbox.apiBaseUrl().getHost()).isEqualTo("127.0.0.1");
        assertThat(sandbox.apiBaseUrl().getPath()).isEqualTo("/cpro");
        assertThat(sandbox.tokenUrl().getPath()).isEqualTo("/api/oauth/token");
        assertThat(sandbox.port()).isPositive();
    }
}
