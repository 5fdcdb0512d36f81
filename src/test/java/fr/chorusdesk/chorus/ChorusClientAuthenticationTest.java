package fr.chorusdesk.chorus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.chorusdesk.chorus.ChorusAuthenticationException.CredentialToCheck;
import java.time.Duration;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** Token cache, renewal ahead of expiry and on 401, and what each refusal tells the user to check. */
class ChorusClientAuthenticationTest {

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final MockChorus c = new MockChorus(server);

    @Test
    void tokenIsFetchedOnceAndReused() throws Exception {
        c.enqueueToken("tok-1");
        c.enqueueOk("");
        c.enqueueOk("");
        ChorusClient client = c.client();

        client.consulterHistoriqueFacture(1L);
        c.clock.advance(Duration.ofMinutes(30));
        client.consulterHistoriqueFacture(2L);

        assertThat(server.getRequestCount()).isEqualTo(3);
        c.takeTokenRequest();
        c.takeApiRequest("POST", "/cpro/factures/v1/consulter/historique", "tok-1");
        c.takeApiRequest("POST", "/cpro/factures/v1/consulter/historique", "tok-1");
    }

    @Test
    void tokenIsRenewedAheadOfItsExpiry() throws Exception {
        c.enqueueToken("tok-1", 3600);
        c.enqueueOk("");
        c.enqueueOk("");
        c.enqueueToken("tok-2", 3600);
        c.enqueueOk("");
        ChorusClient client = c.client();

        client.consulterHistoriqueFacture(1L);
        c.clock.advance(Duration.ofSeconds(3300));
        client.consulterHistoriqueFacture(1L);
        // 4 minutes before expiry the token is renewed although still valid
        c.clock.advance(Duration.ofSeconds(61));
        client.consulterHistoriqueFacture(1L);

        c.takeTokenRequest();
        c.takeApiRequest("POST", "/cpro/factures/v1/consulter/historique", "tok-1");
        c.takeApiRequest("POST", "/cpro/factures/v1/consulter/historique", "tok-1");
        c.takeTokenRequest();
        c.takeApiRequest("POST", "/cpro/factures/v1/consulter/historique", "tok-2");
    }

    @Test
    void a401RenewsTheTokenOnceAndResends() throws Exception {
        c.enqueueToken("tok-1");
        c.enqueue(401, "");
        c.enqueueToken("tok-2");
        c.enqueueOk("\"identifiantFactureCPP\":8316845");

        var response = c.client().soumettreFacture(fr.chorusdesk.chorus.api.SampleRequests.soumettreReference());

        assertThat(response.identifiantFactureCPP()).isEqualTo(8316845L);
        c.takeTokenRequest();
        c.takeApiRequest("POST", "/cpro/factures/v1/soumettre", "tok-1");
        c.takeTokenRequest();
        c.takeApiRequest("POST", "/cpro/factures/v1/soumettre", "tok-2");
        assertThat(server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void aSecond401IsAnAuthenticationErrorAboutTheTechnicalAccount() throws Exception {
        c.enqueueToken("tok-1");
        c.enqueue(401, "");
        c.enqueueToken("tok-2");
        c.enqueue(401, "");

        ChorusAuthenticationException e = catchThrowableOfType(ChorusAuthenticationException.class,
                () -> c.client().consulterStructure(26346724L));

        assertThat(e.credentialToCheck()).isEqualTo(CredentialToCheck.TECHNICAL_ACCOUNT);
        assertThat(e.httpStatus()).hasValue(401);
        assertThat(e.operation()).hasValue(fr.chorusdesk.chorus.api.ChorusOperation.CONSULTER_STRUCTURE);
        assertThat(e.userMessage()).contains("compte technique").contains("mot de passe").contains("424 jours")
                .contains("Raccordements > Compte technique");
        assertThat(server.getRequestCount()).isEqualTo(4);
        ErrorAssertions.assertNoSecret(e);
    }

    @Test
    void a403PointsAtTheApiSubscriptionsWithoutRenewingTheToken() throws Exception {
        c.enqueueToken("tok-1");
        // PISTE answers a missing API subscription with 403 and an empty body.
        c.enqueue(403, "");

        ChorusAuthenticationException e = catchThrowableOfType(ChorusAuthenticationException.class,
                () -> c.client().recupererStructuresActivesPourFournisseur());

        assertThat(e.credentialToCheck()).isEqualTo(CredentialToCheck.API_SUBSCRIPTIONS);
        assertThat(e.userMessage()).contains("souscrit").contains("Factures, Structures, Utilisateurs et Transverses");
        assertThat(server.getRequestCount()).isEqualTo(2);
        ErrorAssertions.assertNoSecret(e);
    }

    @Test
    void aRefusedClientSecretPointsAtThePisteApplication() throws Exception {
        c.enqueue(401, "{\"error\":\"invalid_client\",\"error_description\":\"Client authentication failed\"}");

        ChorusAuthenticationException e = catchThrowableOfType(ChorusAuthenticationException.class,
                () -> c.client().consulterStructure(1L));

        assertThat(e.credentialToCheck()).isEqualTo(CredentialToCheck.PISTE_APPLICATION);
        assertThat(e.operation()).isEmpty();
        assertThat(e.getMessage()).contains("invalid_client");
        assertThat(e.userMessage()).contains("client_secret").contains("PISTE");
        assertThat(server.getRequestCount()).isEqualTo(1);
        ErrorAssertions.assertNoSecret(e);
    }

    @Test
    void theTokenEndpointsHttp400InvalidClientPointsAtThePisteApplication() throws Exception {
        // What PISTE answers to a wrong client id or secret.
        c.enqueue(400, "{\"error\":\"invalid_client\"}");

        ChorusAuthenticationException e = catchThrowableOfType(ChorusAuthenticationException.class,
                () -> c.client().consulterStructure(1L));

        assertThat(e.credentialToCheck()).isEqualTo(CredentialToCheck.PISTE_APPLICATION);
        assertThat(e.httpStatus()).hasValue(400);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void credentialsNeverShowTheirSecrets() {
        ChorusCredentials distinct = new ChorusCredentials("app-7", "Secret-Q4z9", "TECH_1_X@cpro.fr", "Pw-8812-k");
        assertThat(distinct.toString()).contains("app-7").contains("TECH_1_X@cpro.fr");
        ErrorAssertions.assertRedacted(distinct.toString(), distinct);
        ChorusCredentials credentials = c.credentials();
        assertThat(credentials.cproAccount()).isEqualTo(MockChorus.CPRO_ACCOUNT);
        assertThat(new ChorusCredentials("id", "s", "TECH_1_é@cpro.fr", "pâss").cproAccount())
                .isEqualTo(java.util.Base64.getEncoder().encodeToString(
                        "TECH_1_é@cpro.fr:pâss".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void environmentsPointAtPiste() {
        assertThat(ChorusEnvironment.production().apiBaseUrl()).hasToString("https://api.piste.gouv.fr/cpro");
        assertThat(ChorusEnvironment.production().oauthTokenUrl())
                .hasToString("https://oauth.piste.gouv.fr/api/oauth/token");
        assertThat(ChorusEnvironment.qualification().apiBaseUrl()).hasToString("https://sandbox-api.piste.gouv.fr/cpro");
        assertThat(ChorusEnvironment.qualification().oauthTokenUrl())
                .hasToString("https://sandbox-oauth.piste.gouv.fr/api/oauth/token");
        assertThat(ChorusEnvironment.custom("http://127.0.0.1:8123/cpro/", "http://127.0.0.1:8123/api/oauth/token")
                .apiBaseUrl()).hasToString("http://127.0.0.1:8123/cpro");
    }
}
