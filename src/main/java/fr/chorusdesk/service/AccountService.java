package fr.chorusdesk.service;

import fr.chorusdesk.chorus.ChorusAuthenticationException;
import fr.chorusdesk.chorus.ChorusClient;
import fr.chorusdesk.chorus.ChorusCredentials;
import fr.chorusdesk.chorus.ChorusEnvironment;
import fr.chorusdesk.chorus.ChorusException;
import fr.chorusdesk.chorus.ChorusHttpException;
import fr.chorusdesk.chorus.ChorusNetworkException;
import fr.chorusdesk.chorus.ChorusTimeoutException;
import fr.chorusdesk.chorus.ChorusUnexpectedResponseException;
import fr.chorusdesk.chorus.api.CoordonneeBancaire;
import fr.chorusdesk.chorus.api.InformationGenerales;
import fr.chorusdesk.chorus.api.ServiceStructure;
import fr.chorusdesk.chorus.api.StructureActive;
import fr.chorusdesk.domain.AccountEnvironment;
import fr.chorusdesk.domain.PasswordExpiry;
import fr.chorusdesk.domain.SupplierBankAccount;
import fr.chorusdesk.domain.SupplierProfile;
import fr.chorusdesk.domain.SupplierService;
import fr.chorusdesk.domain.SupplierStructure;
import fr.chorusdesk.sandbox.DemoCredentials;
import fr.chorusdesk.sandbox.SandboxInUseException;
import fr.chorusdesk.store.CredentialStore;
import fr.chorusdesk.store.CredentialStoreException;
import fr.chorusdesk.store.Settings;
import fr.chorusdesk.store.SettingsStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The account use cases: the supplier profiles (kept in settings.json, their secrets in the
 * credential store), which one is active, and the connection check: token, then
 * recupererStructuresActivesPourFournisseur, then the chosen structure's services, bank accounts
 * and the technical password's expiry. Slow (disk, keychain, network): call it off the FX thread.
 */
public final class AccountService {

    private final SettingsStore settingsStore;
    private final Supplier<CredentialStore> credentials;
    private final DemoSandboxService demo;
    private final ChorusClientFactory clients;
    private final Clock clock;
    private final Locale locale;
    private final Map<String, ChorusClient> clientsByProfile = new HashMap<>();
    private Settings settings;
    /**
     * The last settings loaded or written, for reads from the FX thread (a table cell's profile
     * name, the sync interval): they must not wait for this service's lock, which a connection
     * check holds while it reads the keychain.
     */
    private volatile Settings published;
    private CredentialStore credentialStore;

    /**
     * @param credentials gives the credential store, asked once; may block until the keyring probe is done
     * @param demo        the embedded sandbox of the demo profile, started on first use
     */
    public AccountService(SettingsStore settingsStore, Supplier<CredentialStore> credentials, DemoSandboxService demo,
            ChorusClientFactory clients, Clock clock, Locale locale) {
        this.settingsStore = Objects.requireNonNull(settingsStore);
        this.credentials = Objects.requireNonNull(credentials);
        this.demo = Objects.requireNonNull(demo);
        this.clients = Objects.requireNonNull(clients);
        this.clock = Objects.requireNonNull(clock);
        this.locale = Objects.requireNonNull(locale);
    }

    /** The demo profile: the embedded sandbox with its public credentials, works at once. */
    public static SupplierProfile demoProfile(String name) {
        return SupplierProfile.unconnected(SupplierProfile.DEMO_ID, name, AccountEnvironment.DEMO, Optional.empty(),
                Optional.empty(), DemoCredentials.DEMO.clientId(), DemoCredentials.DEMO.technicalLogin());
    }

    public synchronized AccountOverview overview() {
        Settings s = settings();
        SupplierProfile active = s.profileById(s.activeProfile()).orElseGet(() -> s.profiles().get(0));
        return new AccountOverview(s.profiles(), active, credentialStore().persistent(),
                settingsStore.setAsideFile().isPresent());
    }

    public synchronized SupplierProfile activeProfile() {
        return overview().active();
    }

    /** Today, in the platform's zone: what the password expiry is compared with. */
    public LocalDate today() {
        return fr.chorusdesk.domain.PlatformTime.today(clock);
    }

    /** The expiry when it is within {@value PasswordExpiry#WARNING_DAYS} days (or past). */
    public Optional<PasswordExpiry> expiryWarning(SupplierProfile profile) {
        LocalDate today = today();
        return profile.passwordExpiry().filter(e -> e.needsWarning(today));
    }

    /** Bundle keys of what is wrong in the form, in the form's order; empty when it can be saved. */
    public synchronized List<String> validate(ProfileDraft draft) {
        List<String> problems = new ArrayList<>();
        if (draft.name().isEmpty()) {
            problems.add("account.form.error.name");
        }
        if (draft.id().filter(SupplierProfile.DEMO_ID::equals).isPresent()
                && draft.environment() != AccountEnvironment.DEMO) {
            problems.add("account.form.error.demoStaysDemo");
            return problems;
        }
        if (draft.environment() == AccountEnvironment.DEMO) {
            if (draft.id().filter(SupplierProfile.DEMO_ID::equals).isEmpty()) {
                problems.add("account.form.error.demoOnlyOnce");
            }
            return problems;
        }
        if (draft.environment() == AccountEnvironment.CUSTOM) {
            if (!isHttpUrl(draft.apiUrl())) {
                problems.add("account.form.error.apiUrl");
            }
            if (!isHttpUrl(draft.tokenUrl())) {
                problems.add("account.form.error.tokenUrl");
            }
        }
        boolean isNew = draft.id().isEmpty();
        if (draft.clientId().isEmpty()) {
            problems.add("account.form.error.clientId");
        }
        if (isNew && draft.clientSecret().isEmpty()) {
            problems.add("account.form.error.clientSecret");
        }
        if (draft.technicalLogin().isEmpty()) {
            problems.add("account.form.error.technicalLogin");
        }
        if (isNew && draft.technicalPassword().isEmpty()) {
            problems.add("account.form.error.technicalPassword");
        }
        return problems;
    }

    private static boolean isHttpUrl(String text) {
        try {
            URI uri = new URI(text);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /**
     * Creates or updates a profile, its secrets going to the credential store. When the credentials
     * change, the structure chosen with the old ones is forgotten: it must be checked again.
     *
     * @throws IllegalArgumentException when {@link #validate} finds a problem
     */
    public synchronized SupplierProfile save(ProfileDraft draft) throws AccountCheckException {
        List<String> problems = validate(draft);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("The profile form has problems: " + problems);
        }
        Settings s = settings();
        Optional<SupplierProfile> existing = draft.id().flatMap(s::profileById);
        if (draft.id().isPresent() && existing.isEmpty()) {
            throw new IllegalArgumentException("Unknown profile " + draft.id().get());
        }
        boolean custom = draft.environment() == AccountEnvironment.CUSTOM;
        Optional<String> apiUrl = custom ? Optional.of(draft.apiUrl()) : Optional.empty();
        Optional<String> tokenUrl = custom ? Optional.of(draft.tokenUrl()) : Optional.empty();
        String clientId = draft.environment() == AccountEnvironment.DEMO ? DemoCredentials.DEMO.clientId()
                : draft.clientId();
        String login = draft.environment() == AccountEnvironment.DEMO ? DemoCredentials.DEMO.technicalLogin()
                : draft.technicalLogin();
        SupplierProfile saved;
        if (existing.isPresent()) {
            SupplierProfile old = existing.get();
            boolean secretsChanged = changes(old.clientSecretRef(), draft.clientSecret())
                    || changes(old.technicalPasswordRef(), draft.technicalPassword());
            saved = old.withConnection(draft.name(), draft.environment(), apiUrl, tokenUrl, clientId, login,
                    secretsChanged);
        } else {
            saved = SupplierProfile.unconnected(newId(), draft.name(), draft.environment(), apiUrl, tokenUrl,
                    clientId, login);
        }
        putSecret(saved.clientSecretRef(), draft.clientSecret());
        putSecret(saved.technicalPasswordRef(), draft.technicalPassword());
        clientsByProfile.remove(saved.id());
        List<SupplierProfile> profiles = new ArrayList<>(s.profiles());
        profiles.removeIf(p -> p.id().equals(saved.id()));
        int at = existing.map(e -> s.profiles().indexOf(e)).orElse(profiles.size());
        profiles.add(at, saved);
        write(s.withProfiles(profiles));
        return saved;
    }

    private boolean changes(String ref, String secret) throws AccountCheckException {
        return !secret.isEmpty() && !secret(ref).filter(secret::equals).isPresent();
    }

    private static String newId() {
        return "p-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Makes the profile the one the wizard sends with. */
    public synchronized SupplierProfile activate(String profileId) {
        Settings s = settings();
        SupplierProfile profile = s.profileById(profileId)
                .orElseThrow(() -> new IllegalArgumentException("Unknown profile " + profileId));
        write(s.withProfile(profileId));
        return profile;
    }

    /**
     * First half of the check: a token, then the structures the technical account may invoice
     * from. Proves both the PISTE application and the technical account.
     */
    public List<SupplierStructure> testConnection(String profileId) throws AccountCheckException {
        ChorusClient client = client(profile(profileId));
        try {
            List<SupplierStructure> structures = new ArrayList<>();
            for (StructureActive s : client.recupererStructuresActivesPourFournisseur().listeStructures()) {
                if (s.idStructureCPP() != null) {
                    structures.add(new SupplierStructure(s.idStructureCPP(), Objects.toString(s.identifiant(), ""),
                            Objects.toString(s.designationStructure(), "")));
                }
            }
            return List.copyOf(structures);
        } catch (ChorusException e) {
            throw failure(e);
        }
    }

    /** Second half: the chosen structure's services, bank accounts and the technical password's expiry. */
    public SupplierDetails supplierDetails(String profileId, SupplierStructure structure)
            throws AccountCheckException {
        ChorusClient client = client(profile(profileId));
        try {
            List<SupplierService> services = new ArrayList<>();
            for (ServiceStructure s : client.activeServices(structure.idStructureCPP())) {
                if (s.idService() != null) {
                    services.add(new SupplierService(s.idService(), Objects.toString(s.codeService(), ""),
                            Objects.toString(s.libelleService(), "")));
                }
            }
            List<SupplierBankAccount> accounts = new ArrayList<>();
            for (CoordonneeBancaire c : client.recupererCoordonneesBancairesValides(structure.idStructureCPP())
                    .listeCoordonneeBancaire()) {
                if (c.idCoordonneeBancaire() != null) {
                    accounts.add(new SupplierBankAccount(c.idCoordonneeBancaire(),
                            Objects.toString(c.nomCoordonneeBancaire(), "")));
                }
            }
            Optional<PasswordExpiry> expiry = Optional.ofNullable(
                    client.consulterStructure(structure.idStructureCPP()).informationGenerales())
                    .map(InformationGenerales::dateExpirationMotPasseCompteTech).map(PasswordExpiry::new);
            return new SupplierDetails(services, accounts, expiry);
        } catch (ChorusException e) {
            throw failure(e);
        }
    }

    /** Records the user's choice and the time of this successful check. */
    public synchronized SupplierProfile chooseSupplier(String profileId, SupplierStructure structure,
            Optional<SupplierService> service, SupplierBankAccount bankAccount, Optional<PasswordExpiry> expiry) {
        Settings s = settings();
        SupplierProfile profile = s.profileById(profileId)
                .orElseThrow(() -> new IllegalArgumentException("Unknown profile " + profileId));
        SupplierProfile chosen = profile.withSupplier(structure, service, bankAccount, clock.instant(), expiry);
        List<SupplierProfile> profiles = new ArrayList<>(s.profiles());
        profiles.set(profiles.indexOf(profile), chosen);
        write(s.withProfiles(profiles));
        return chosen;
    }

    /**
     * The Chorus Pro client of a profile, for the wizard and the history (one per profile, so its
     * token is shared). For the demo profile, starts the embedded sandbox. Blocking.
     *
     * @throws AccountCheckException SECRETS_MISSING when the keychain lost the profile's secrets,
     *                               UNAVAILABLE when the demo sandbox cannot start
     */
    public ChorusClient clientFor(String profileId) throws AccountCheckException {
        return client(profile(profileId));
    }

    /** The name the user gave a profile, for the tables that list invoices of several profiles. */
    public Optional<String> profileName(String profileId) {
        return current().profileById(profileId).map(SupplierProfile::name).filter(n -> !n.isBlank());
    }

    /** The published settings without locking; the lock only for the very first read. */
    private Settings current() {
        Settings known = published;
        return known != null ? known : loadedSettings();
    }

    private synchronized Settings loadedSettings() {
        return settings();
    }

    // ------------------------------------------------------------------ internals

    private synchronized SupplierProfile profile(String profileId) {
        return settings().profileById(profileId)
                .orElseThrow(() -> new IllegalArgumentException("Unknown profile " + profileId));
    }

    private synchronized ChorusClient client(SupplierProfile profile) throws AccountCheckException {
        ChorusClient cached = clientsByProfile.get(profile.id());
        if (cached != null) {
            return cached;
        }
        ChorusEnvironment environment;
        ChorusCredentials creds;
        if (profile.isDemo()) {
            try {
                environment = demo.environment();
            } catch (SandboxInUseException e) {
                throw new AccountCheckException(AccountProblem.UNAVAILABLE, text("demo.start.inUse"), e.getMessage(), e);
            }
            DemoCredentials d = DemoCredentials.DEMO;
            creds = new ChorusCredentials(d.clientId(), d.clientSecret(), d.technicalLogin(), d.technicalPassword());
        } else {
            environment = switch (profile.environment()) {
                case QUALIFICATION -> ChorusEnvironment.qualification();
                case PRODUCTION -> ChorusEnvironment.production();
                default -> ChorusEnvironment.custom(profile.apiUrl().orElse(""), profile.tokenUrl().orElse(""));
            };
            Optional<String> secret = secret(profile.clientSecretRef());
            Optional<String> password = secret(profile.technicalPasswordRef());
            if (secret.isEmpty() || password.isEmpty()) {
                throw new AccountCheckException(AccountProblem.SECRETS_MISSING, text("account.error.secretsMissing"),
                        "Secrets of profile " + profile.id() + " are not in the credential store", null);
            }
            creds = new ChorusCredentials(profile.clientId(), secret.get(), profile.technicalLogin(), password.get());
        }
        ChorusClient client = clients.create(environment, creds);
        clientsByProfile.put(profile.id(), client);
        return client;
    }

    /** Asked once: the supplier may wait for the keyring probe, and must not give a new store each time. */
    private synchronized CredentialStore credentialStore() {
        if (credentialStore == null) {
            credentialStore = Objects.requireNonNull(credentials.get(), "credential store");
        }
        return credentialStore;
    }

    private Optional<String> secret(String ref) throws AccountCheckException {
        try {
            return credentialStore().get(ref);
        } catch (CredentialStoreException e) {
            throw credentialStoreFailure(e);
        }
    }

    private void putSecret(String ref, String secret) throws AccountCheckException {
        if (secret.isEmpty()) {
            return;
        }
        try {
            credentialStore().put(ref, secret);
        } catch (CredentialStoreException e) {
            throw credentialStoreFailure(e);
        }
    }

    private AccountCheckException credentialStoreFailure(CredentialStoreException e) {
        log().warn("Credential store failure: {}", e.getMessage());
        return new AccountCheckException(AccountProblem.CREDENTIAL_STORE, text("account.error.credentialStore"),
                e.getMessage(), e);
    }

    /** One French message per cause, saying what to do; the chorus layer already words most of them. */
    private AccountCheckException failure(ChorusException e) {
        AccountProblem problem;
        if (e instanceof ChorusAuthenticationException auth) {
            problem = switch (auth.credentialToCheck()) {
                case PISTE_APPLICATION -> AccountProblem.PISTE_APPLICATION;
                case TECHNICAL_ACCOUNT -> AccountProblem.TECHNICAL_ACCOUNT;
                case API_SUBSCRIPTIONS -> AccountProblem.API_SUBSCRIPTIONS;
            };
        } else if (e instanceof ChorusTimeoutException) {
            problem = AccountProblem.TIMEOUT;
        } else if (e instanceof ChorusNetworkException) {
            problem = AccountProblem.NETWORK;
        } else if (e instanceof ChorusUnexpectedResponseException
                || (e instanceof ChorusHttpException && e.httpStatus().orElse(0) >= 500)) {
            problem = AccountProblem.UNAVAILABLE;
        } else {
            problem = AccountProblem.OTHER;
        }
        log().info("Connection check failed: {} ({})", problem, e.getMessage());
        return new AccountCheckException(problem, e.userMessage(locale), e.getMessage(), e);
    }

    /**
     * How often the history's statuses are read again, in minutes, when the user chose it. Kept
     * here because this service holds settings.json's copy in memory: a second writer would lose
     * the other's changes.
     */
    public Optional<Integer> syncMinutes() {
        return current().syncMinutes();
    }

    public synchronized void changeSyncMinutes(int minutes) {
        if (minutes <= 0) {
            throw new IllegalArgumentException("minutes must be positive: " + minutes);
        }
        write(settings().withSyncMinutes(minutes));
    }

    /** Looked up when needed, not in a static field: the service is built before the first frame, logging after it. */
    private static Logger log() {
        return LoggerFactory.getLogger(AccountService.class);
    }

    private String text(String key) {
        return ServiceMessages.format(locale, key);
    }

    private Settings settings() {
        if (settings == null) {
            Settings loaded = settingsStore.load();
            if (loaded.profileById(SupplierProfile.DEMO_ID).isEmpty()) {
                List<SupplierProfile> profiles = new ArrayList<>();
                profiles.add(demoProfile(text("account.demo.name")));
                profiles.addAll(loaded.profiles());
                loaded = loaded.withProfiles(profiles);
            }
            if (loaded.profileById(loaded.activeProfile()).isEmpty()) {
                loaded = loaded.withProfile(SupplierProfile.DEMO_ID);
            }
            settings = loaded;
            published = loaded;
        }
        return settings;
    }

    private void write(Settings next) {
        try {
            settingsStore.save(next);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the settings", e);
        }
        settings = next;
        published = next;
    }
}
