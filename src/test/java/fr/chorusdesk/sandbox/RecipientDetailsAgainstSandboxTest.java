package fr.chorusdesk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.chorusdesk.chorus.ChorusBusinessException;
import fr.chorusdesk.chorus.ChorusClient;
import fr.chorusdesk.chorus.ChorusCredentials;
import fr.chorusdesk.chorus.ChorusEnvironment;
import fr.chorusdesk.chorus.RetryPolicy;
import fr.chorusdesk.chorus.api.ConsulterServiceStructureResponse;
import fr.chorusdesk.chorus.api.Pagination;
import fr.chorusdesk.chorus.api.RechercherStructureRequest;
import fr.chorusdesk.chorus.api.StructureCriteres;
import fr.chorusdesk.chorus.api.StructureTrouvee;
import fr.chorusdesk.domain.Siret;
import fr.chorusdesk.testing.MutableClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the sandbox says about a recipient beyond its structure's rules: a service's own
 * parameters (consulterServiceStructure), a private structure (found, not consultable), and the
 * public register's legal category. Expected values from docs/sandbox.md ("Seeded data", "Service
 * parameters, private structures and the public register") and the Structures Swagger.
 */
class RecipientDetailsAgainstSandboxTest {

    private static final long REGION = 26400006L;
    private static final long CULTURE = 12000023L;
    private static final long LYCEES = 12000021L;
    private static final long CHU = 26400007L;
    private static final long TRAVAUX = 12000032L;
    private static final String PRIVATE_COMPANY = "44218709200014";

    @TempDir
    Path dir;

    private ChorusSandbox sandbox;
    private ChorusClient client;

    @BeforeEach
    void start() {
        MutableClock clock = MutableClock.atFixedStart();
        sandbox = ChorusSandbox.start(new SandboxConfig(0, dir.resolve("state"), Duration.ofSeconds(30), clock));
        DemoCredentials demo = sandbox.credentials();
        client = ChorusClient.builder(new ChorusEnvironment(sandbox.apiBaseUrl(), sandbox.tokenUrl())
                                .withRegistry(sandbox.registryUrl()),
                        new ChorusCredentials(demo.clientId(), demo.clientSecret(), demo.technicalLogin(),
                                demo.technicalPassword()))
                .clock(clock).retryPolicy(RetryPolicy.none()).build();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void aServiceSaysWhetherItRequiresAnEngagementNumber() throws Exception {
        ConsulterServiceStructureResponse culture = client.consulterServiceStructure(REGION, CULTURE);
        assertThat(culture.informationsGenerales().codeService()).isEqualTo("CULTURE");
        assertThat(culture.informationsGenerales().nomService()).isEqualTo("Direction de la culture");
        assertThat(culture.parametres().numeroEngagement()).isTrue();
        assertThat(culture.engagementNumberRequired()).isTrue();
        assertThat(culture.adressePostale().ville()).isEqualTo("MARSEILLE");

        assertThat(client.consulterServiceStructure(REGION, LYCEES).engagementNumberRequired()).isFalse();
        // the hospital requires nothing at the structure's level; its TRAVAUX service does
        assertThat(client.consulterServiceStructure(CHU, TRAVAUX).engagementNumberRequired()).isTrue();

        assertThatThrownBy(() -> client.consulterServiceStructure(REGION, TRAVAUX))
                .isInstanceOfSatisfying(ChorusBusinessException.class,
                        e -> assertThat(e.codeRetour()).isEqualTo(20003));
    }

    @Test
    void aPrivateStructureIsFoundBySiretButNotDescribed() throws Exception {
        // restreindreStructuresPrivees false: every match, private ones included
        assertThat(client.rechercherStructure(RechercherStructureRequest.parSiret(PRIVATE_COMPANY)).listeStructures())
                .singleElement().extracting(StructureTrouvee::idStructureCPP).isEqualTo(26600001L);
        // absent: private structures only when the account is attached to them
        assertThat(client.rechercherStructure(new RechercherStructureRequest(StructureCriteres.siret(PRIVATE_COMPANY),
                Pagination.page(1, 10), null)).listeStructures()).isEmpty();
        // a search restricted to private structures finds it, not a public one
        StructureCriteres privateOnly = new StructureCriteres(PRIVATE_COMPANY, null, null, null, null, null, null,
                null, null, "PRIVEE", null, null, null);
        assertThat(client.rechercherStructure(new RechercherStructureRequest(privateOnly, Pagination.page(1, 10),
                false)).listeStructures()).hasSize(1);

        assertThatThrownBy(() -> client.consulterStructure(26600001L))
                .isInstanceOfSatisfying(ChorusBusinessException.class,
                        e -> assertThat(e.codeRetour()).isEqualTo(20004));
        assertThatThrownBy(() -> client.rechercherServicesStructure(26600001L, 1))
                .isInstanceOf(ChorusBusinessException.class);
        // the account's own structure is private and described
        assertThat(client.consulterStructure(SeedData.SUPPLIER_ID).informationGenerales().structurePriveePublique())
                .isEqualTo("PRIVEE");
    }

    @Test
    void theRegisterGivesTheInseeLegalCategory() throws Exception {
        var registry = client.publicRegistry().orElseThrow();
        assertThat(registry.legalCategory(Siret.parse("11000201100044").orElseThrow())).contains("7120");
        // a State service whose SIREN starts with 2
        assertThat(registry.legalCategory(Siret.parse("21300070000012").orElseThrow())).contains("7171");
        assertThat(registry.legalCategory(Siret.parse("19316716285985").orElseThrow())).contains("7331");
        // a valid SIRET the register does not know
        assertThat(registry.legalCategory(Siret.parse("73282932000009").orElseThrow())).isEmpty();
    }

    @Test
    void theRegisterAnswersInItsOwnFieldNames() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> bySiret = http.send(HttpRequest.newBuilder(
                        URI.create(sandbox.registryUrl() + "/search?q=110%20002%20011%2000044")).GET()
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(bySiret.statusCode()).isEqualTo(200);
        assertThat(bySiret.body()).contains("\"siren\":\"110002011\"").contains("\"nature_juridique\":\"7120\"")
                .contains("\"total_results\":1");

        HttpResponse<String> noTerm = http.send(HttpRequest.newBuilder(URI.create(sandbox.registryUrl() + "/search"))
                .GET().timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(noTerm.statusCode()).isEqualTo(400);
    }
}
