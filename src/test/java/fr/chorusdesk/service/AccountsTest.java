package fr.chorusdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import fr.chorusdesk.chorus.ChorusAuthenticationException;
import fr.chorusdesk.chorus.ChorusAuthenticationException.CredentialToCheck;
import fr.chorusdesk.chorus.ChorusClient;
import fr.chorusdesk.chorus.ChorusEnvironment;
import fr.chorusdesk.chorus.RetryPolicy;
import fr.chorusdesk.domain.AccountEnvironment;
import fr.chorusdesk.domain.PasswordExpiry;
import fr.chorusdesk.domain.SupplierBankAccount;
import fr.chorusdesk.domain.SupplierProfile;
import fr.chorusdesk.domain.SupplierService;
import fr.chorusdesk.domain.SupplierStructure;
import fr.chorusdesk.sandbox.DemoCredentials;
import fr.chorusdesk.sandbox.SandboxConfig;
import fr.chorusdesk.store.InMemoryCredentialStore;
import fr.chorusdesk.store.SettingsStore;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The connection check over real HTTP against the embedded sandbox, for success and each failure it can produce. */
class AccountsTest {

    /** 2 December 2026, 10:00 UTC: the sandbox and the service share this "now". */
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC);
    /** From docs/sandbox.md: the demo supplier. */
    private static final SupplierStructure DEMO_SUPPLIER =
            new SupplierStructure(26300989L, "81234567800013", "ATELIER DEMO CONSEIL SARL");
    private static final ChorusClientFactory SHORT_TIMEOUTS = (env, creds) -> ChorusClient.builder(env, creds)
            .httpClient(new OkHttpClient.Builder().connectTimeout(2, TimeUnit.SECONDS)
                    .readTimeout(700, TimeUnit.MILLISECONDS).build())
            .retryPolicy(RetryPolicy.none()).build();

    @TempDir
    Path dir;
    private final List<AutoCloseable> toClose = new ArrayList<>();
    private final InMemoryCredentialStore secrets = new InMemoryCredentialStore();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : toClose) {
            c.close();
        }
    }

    private DemoSandboxService sandbox(Period passwordValidity) {
        DemoSandboxService demo = new DemoSandboxService(new SandboxConfig(0, dir.resolve("sandbox"),
                SandboxConfig.DEFAULT_STEP, NOW, passwordValidity));
        toClose.add(demo);
        return demo;
    }

    private Accounts service(DemoSandboxService demo) {
        return Accounts.create(new SettingsStore(dir.resolve("settings.json")), () -> secrets, demo,
                SHORT_TIMEOUTS, NOW, Locale.FRENCH);
    }

    private static ProfileDraft custom(String apiUrl, String tokenUrl, String clientId, String clientSecret,
            String login, String password) {
        return new ProfileDraft(Optional.empty(), "Client test", AccountEnvironment.CUSTOM, apiUrl, tokenUrl,
                clientId, clientSecret, login, password);
    }

    /** A profile aimed at the running sandbox with the given credentials. */
    private SupplierProfile againstSandbox(Accounts service, DemoSandboxService demo, String clientId,
            String clientSecret, String login, String password) throws Exception {
        ChorusEnvironment env = demo.environment();
        return service.profiles().save(custom(env.apiBaseUrl().toString(), env.oauthTokenUrl().toString(), clientId,
                clientSecret, login, password));
    }

    @Test
    void theDemoProfileExistsOnFirstStartAndIsActive() {
        Accounts service = service(sandbox(SandboxConfig.DEFAULT_PASSWORD_VALIDITY));
        AccountOverview overview = service.profiles().overview();
        assertThat(overview.profiles()).extracting(SupplierProfile::id).containsExactly("demo");
        assertThat(overview.active().environment()).isEqualTo(AccountEnvironment.DEMO);
        assertThat(overview.active().isReadyToSend()).isFalse();
        assertThat(overview.secretsPersistent()).as("in-memory store").isFalse();
    }

    @Test
    void demoCheckFindsTheSupplierItsServicesBankAccountsAndPasswordExpiry() throws Exception {
        DemoSandboxService demo = sandbox(SandboxConfig.DEFAULT_PASSWORD_VALIDITY);
        Accounts service = service(demo);
        assertThat(service.check().testConnection("demo")).containsExactly(DEMO_SUPPLIER);

        SupplierDetails details = service.check().supplierDetails("demo", DEMO_SUPPLIER, List.of());
        assertThat(details.services()).extracting(SupplierService::code).containsExactly("FACTURATION", "AGENCE-PARIS");
        assertThat(details.bankAccounts()).extracting(SupplierBankAccount::id).containsExactly(144050L, 144051L);
        // 2 December 2026 + 300 days, counted by hand
        assertThat(details.passwordExpiry()).contains(new PasswordExpiry(LocalDate.of(2027, 9, 28)));

        SupplierProfile chosen = service.profiles().chooseSupplier("demo", DEMO_SUPPLIER, Optional.of(details.services().get(0)),
                details.bankAccounts().get(0), details.bankAccounts(), details.passwordExpiry());
        assertThat(chosen.isReadyToSend()).isTrue();
        assertThat(chosen.lastCheck()).contains(NOW.instant());
        assertThat(service.profiles().expiryWarning(chosen)).isEmpty();

        // and it was saved: a new service over the same file sees it
        Accounts reread = service(demo);
        assertThat(reread.profiles().activeProfile().structure()).contains(DEMO_SUPPLIER);
        assertThat(reread.profiles().activeProfile().bankAccount()).contains(new SupplierBankAccount(144050L,
                "Compte courant - Banque Exemple"));
        // the history names an invoice's account as the profile keeps it
        assertThat(reread.profiles().bankAccountLabel("demo", 144051L)).contains("Compte affacturage - Banque Démo");
        assertThat(reread.profiles().bankAccountLabel("demo", 999L)).isEmpty();
        assertThat(reread.profiles().bankAccountLabel("no-such-profile", 144051L)).isEmpty();
    }

    @Test
    void aPasswordExpiringWithin30DaysIsAnnounced() throws Exception {
        DemoSandboxService demo = sandbox(Period.ofDays(12));
        Accounts service = service(demo);
        service.check().testConnection("demo");
        SupplierDetails details = service.check().supplierDetails("demo", DEMO_SUPPLIER, List.of());
        assertThat(details.passwordExpiry()).contains(new PasswordExpiry(LocalDate.of(2026, 12, 14)));
        SupplierProfile chosen = service.profiles().chooseSupplier("demo", DEMO_SUPPLIER, Optional.empty(),
                details.bankAccounts().get(0), details.bankAccounts(), details.passwordExpiry());
        assertThat(service.profiles().expiryWarning(chosen)).contains(new PasswordExpiry(LocalDate.of(2026, 12, 14)));
        assertThat(service.profiles().expiryWarning(chosen).get().daysLeft(service.profiles().today())).isEqualTo(12);
    }

    @Test
    void aWrongClientSecretPointsAtThePisteApplication() throws Exception {
        DemoSandboxService demo = sandbox(SandboxConfig.DEFAULT_PASSWORD_VALIDITY);
        Accounts service = service(demo);
        DemoCredentials d = DemoCredentials.DEMO;
        SupplierProfile profile = againstSandbox(service, demo, d.clientId(), "not-the-secret", d.technicalLogin(),
                d.technicalPassword());

        AccountCheckException e = failure(service, profile);
        assertThat(credentialToCheck(e)).isEqualTo(CredentialToCheck.PISTE_APPLICATION);
        assertThat(e.problem()).isEqualTo(AccountProblem.PISTE_APPLICATION);
        assertThat(e.userMessage()).contains("client_id").contains("client_secret").doesNotContain("not-the-secret");
    }

    @Test
    void aWrongClientIdPointsAtThePisteApplication() throws Exception {
        DemoSandboxService demo = sandbox(SandboxConfig.DEFAULT_PASSWORD_VALIDITY);
        Accounts service = service(demo);
        DemoCredentials d = DemoCredentials.DEMO;
        SupplierProfile profile = againstSandbox(service, demo, "someone-else", d.clientSecret(), d.technicalLogin(),
                d.technicalPassword());
        assertThat(credentialToCheck(failure(service, profile))).isEqualTo(CredentialToCheck.PISTE_APPLICATION);
    }

    @Test
    void aRefusedTechnicalPasswordIsNotBlamedOnThePisteApplication() throws Exception {
        DemoSandboxService demo = sandbox(SandboxConfig.DEFAULT_PASSWORD_VALIDITY);
        Accounts service = service(demo);
        DemoCredentials d = DemoCredentials.DEMO;
        SupplierProfile profile = againstSandbox(service, demo, d.clientId(), d.clientSecret(), d.technicalLogin(),
                "Wrong-Password-9");

        AccountCheckException e = failure(service, profile);
        // production answers 401 to a refused technical account (docs/sandbox.md, authentication)
        assertThat(credentialToCheck(e)).isEqualTo(CredentialToCheck.TECHNICAL_ACCOUNT);
        assertThat(e.problem()).isEqualTo(AccountProblem.TECHNICAL_ACCOUNT);
        assertThat(e.userMessage()).contains("compte technique").contains("424 jours")
                .doesNotContain("Wrong-Password-9");
    }

    @Test
    void anApplicationNotSubscribedToTheApisPointsAtItsSubscriptions() throws Exception {
        DemoSandboxService demo = sandbox(SandboxConfig.DEFAULT_PASSWORD_VALIDITY);
        Accounts service = service(demo);
        DemoCredentials d = DemoCredentials.DEMO;
        // the sandbox's second demo application gets a token, then 403 on every API (docs/sandbox.md)
        SupplierProfile profile = againstSandbox(service, demo, "chorusdesk-demo-unsubscribed", d.clientSecret(),
                d.technicalLogin(), d.technicalPassword());

        AccountCheckException e = failure(service, profile);
        assertThat(credentialToCheck(e)).isEqualTo(CredentialToCheck.API_SUBSCRIPTIONS);
        assertThat(e.problem()).isEqualTo(AccountProblem.API_SUBSCRIPTIONS);
    }

    @Test
    void aClosedPortIsANetworkFailure() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        Accounts service = service(sandbox(SandboxConfig.DEFAULT_PASSWORD_VALIDITY));
        SupplierProfile profile = service.profiles().save(custom("http://127.0.0.1:" + port + "/cpro",
                "http://127.0.0.1:" + port + "/api/oauth/token", "id", "secret", "TECH_1_X@cpro.fr", "pw"));
        AccountCheckException e = failure(service, profile);
        assertThat(e.problem()).isEqualTo(AccountProblem.NETWORK);
        assertThat(e.userMessage()).contains("connexion Internet");
    }

    @Test
    void aServerThatNeverAnswersIsATimeOut() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            // accepts the connection (the backlog does), reads nothing, answers nothing
            String base = "http://127.0.0.1:" + silent.getLocalPort();
            Accounts service = service(sandbox(SandboxConfig.DEFAULT_PASSWORD_VALIDITY));
            SupplierProfile profile = service.profiles().save(custom(base + "/cpro", base + "/api/oauth/token", "id", "secret",
                    "TECH_1_X@cpro.fr", "pw"));
            AccountCheckException e = failure(service, profile);
            assertThat(e.problem()).isEqualTo(AccountProblem.TIMEOUT);
            assertThat(e.userMessage()).contains("pas répondu à temps");
        }
    }

    @Test
    void aPlatformAnswering503IsUnavailable() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = "{\"error\":\"service_unavailable\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(503, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        toClose.add(() -> server.stop(0));
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        Accounts service = service(sandbox(SandboxConfig.DEFAULT_PASSWORD_VALIDITY));
        SupplierProfile profile = service.profiles().save(custom(base + "/cpro", base + "/api/oauth/token", "id", "secret",
                "TECH_1_X@cpro.fr", "pw"));
        AccountCheckException e = failure(service, profile);
        assertThat(e.problem()).isEqualTo(AccountProblem.UNAVAILABLE);
        assertThat(e.userMessage()).contains("indisponible");
    }

    @Test
    void secretsGoToTheCredentialStoreNeverToTheSettingsFile() throws Exception {
        Accounts service = service(sandbox(SandboxConfig.DEFAULT_PASSWORD_VALIDITY));
        SupplierProfile saved = service.profiles().save(new ProfileDraft(Optional.empty(), "Boulangerie", AccountEnvironment.PRODUCTION,
                "", "", "client-7", "Sup3r-Secret-Value", "TECH_1_BOUL@cpro.fr", "Tech-Pass-Value"));
        assertThat(secrets.get(saved.clientSecretRef())).contains("Sup3r-Secret-Value");
        assertThat(secrets.get(saved.technicalPasswordRef())).contains("Tech-Pass-Value");
        String json = Files.readString(dir.resolve("settings.json"));
        assertThat(json).contains("client-7").contains("TECH_1_BOUL@cpro.fr")
                .doesNotContain("Sup3r-Secret-Value").doesNotContain("Tech-Pass-Value");
        assertThat(saved.toString()).doesNotContain("Sup3r-Secret-Value");
    }

    @Test
    void sessionOnlySecretsAreAskedForAgainAfterARestart() throws Exception {
        DemoSandboxService demo = sandbox(SandboxConfig.DEFAULT_PASSWORD_VALIDITY);
        SupplierProfile saved = service(demo).profiles().save(new ProfileDraft(Optional.empty(), "Boulangerie",
                AccountEnvironment.QUALIFICATION, "", "", "client-7", "secret", "TECH_1_BOUL@cpro.fr", "pw"));
        // the next session starts with an empty in-memory store
        Accounts nextSession = Accounts.create(new SettingsStore(dir.resolve("settings.json")),
                InMemoryCredentialStore::new, demo, SHORT_TIMEOUTS, NOW, Locale.FRENCH);
        assertThat(nextSession.profiles().overview().profiles()).extracting(SupplierProfile::id).contains(saved.id());
        AccountCheckException e = failure(nextSession, saved);
        assertThat(e.problem()).isEqualTo(AccountProblem.SECRETS_MISSING);
        assertThat(e.userMessage()).contains("Modifier");
    }

    @Test
    void changingTheCredentialsForgetsTheChosenSupplier() throws Exception {
        DemoSandboxService demo = sandbox(SandboxConfig.DEFAULT_PASSWORD_VALIDITY);
        Accounts service = service(demo);
        DemoCredentials d = DemoCredentials.DEMO;
        SupplierProfile p = againstSandbox(service, demo, d.clientId(), d.clientSecret(), d.technicalLogin(),
                d.technicalPassword());
        service.check().testConnection(p.id());
        SupplierDetails details = service.check().supplierDetails(p.id(), DEMO_SUPPLIER, List.of());
        service.profiles().chooseSupplier(p.id(), DEMO_SUPPLIER, Optional.empty(), details.bankAccounts().get(0), details.bankAccounts(),
                Optional.empty());

        ChorusEnvironment env = demo.environment();
        ProfileDraft rename = new ProfileDraft(Optional.of(p.id()), "Renommé", AccountEnvironment.CUSTOM,
                env.apiBaseUrl().toString(), env.oauthTokenUrl().toString(), d.clientId(), "", d.technicalLogin(), "");
        assertThat(service.profiles().save(rename).isReadyToSend()).as("a new name keeps the choice").isTrue();
        ProfileDraft newPassword = new ProfileDraft(Optional.of(p.id()), "Renommé", AccountEnvironment.CUSTOM,
                env.apiBaseUrl().toString(), env.oauthTokenUrl().toString(), d.clientId(), "", d.technicalLogin(),
                "Another-Password-1");
        assertThat(service.profiles().save(newPassword).isReadyToSend()).as("a new password must be checked again").isFalse();
    }

    @Test
    void theFormIsValidatedWithOneMessagePerProblem() {
        Accounts service = service(sandbox(SandboxConfig.DEFAULT_PASSWORD_VALIDITY));
        assertThat(service.profiles().validate(custom("ftp://x", "", "", "", "", ""))).containsExactly(
                "account.form.error.apiUrl", "account.form.error.tokenUrl", "account.form.error.clientId",
                "account.form.error.clientSecret", "account.form.error.technicalLogin",
                "account.form.error.technicalPassword");
        assertThat(service.profiles().validate(new ProfileDraft(Optional.empty(), " ", AccountEnvironment.DEMO, "", "", "", "",
                "", ""))).containsExactly("account.form.error.name", "account.form.error.demoOnlyOnce");
        assertThat(service.profiles().validate(new ProfileDraft(Optional.of("demo"), "Démo", AccountEnvironment.PRODUCTION, "",
                "", "id", "s", "TECH_1_X@cpro.fr", "p"))).containsExactly("account.form.error.demoStaysDemo");
        assertThatThrownBy(() -> service.profiles().save(custom("ftp://x", "", "", "", "", "")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static AccountCheckException failure(Accounts service, SupplierProfile profile) {
        long start = System.nanoTime();
        try {
            service.check().testConnection(profile.id());
        } catch (AccountCheckException e) {
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
            return e;
        }
        throw new AssertionError("the connection check should have failed");
    }

    private static CredentialToCheck credentialToCheck(AccountCheckException e) {
        assertThat(e.getCause()).isInstanceOf(ChorusAuthenticationException.class);
        return ((ChorusAuthenticationException) e.getCause()).credentialToCheck();
    }

}
