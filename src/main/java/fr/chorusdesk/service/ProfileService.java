package fr.chorusdesk.service;

import fr.chorusdesk.domain.AccountEnvironment;
import fr.chorusdesk.domain.FacturXFacts;
import fr.chorusdesk.domain.Iban;
import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.domain.InvoicingDefaults;
import fr.chorusdesk.domain.PasswordExpiry;
import fr.chorusdesk.domain.PlatformTime;
import fr.chorusdesk.domain.RecipientAnswers;
import fr.chorusdesk.domain.SupplierBankAccount;
import fr.chorusdesk.domain.SupplierProfile;
import fr.chorusdesk.domain.SupplierService;
import fr.chorusdesk.domain.SupplierStructure;
import fr.chorusdesk.sandbox.DemoCredentials;
import fr.chorusdesk.store.Settings;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The supplier profiles: which exist, which one is active, creating and editing one (its secrets
 * going to the credential store), and the structure, service and bank account chosen after a
 * connection check. Slow (disk, keychain): call it off the FX thread, except {@link #profileName}.
 */
public final class ProfileService {

    private final SettingsRepository settings;
    private final ProfileSecrets secrets;
    private final Clock clock;
    /** Told the id of a profile whose connection changed: its client must be made again. */
    private final java.util.function.Consumer<String> connectionChanged;

    public ProfileService(SettingsRepository settings, ProfileSecrets secrets, Clock clock,
            java.util.function.Consumer<String> connectionChanged) {
        this.settings = Objects.requireNonNull(settings);
        this.secrets = Objects.requireNonNull(secrets);
        this.clock = Objects.requireNonNull(clock);
        this.connectionChanged = Objects.requireNonNull(connectionChanged);
    }

    public AccountOverview overview() {
        Settings s = settings.get();
        SupplierProfile active = s.profileById(s.activeProfile()).orElseGet(() -> s.profiles().get(0));
        return new AccountOverview(s.profiles(), active, secrets.persistent(), settings.fileWasSetAside());
    }

    public SupplierProfile activeProfile() {
        return overview().active();
    }

    /** The profile of this id. */
    public SupplierProfile profile(String profileId) {
        return settings.get().profileById(profileId)
                .orElseThrow(() -> new IllegalArgumentException("Unknown profile " + profileId));
    }

    /** Today, in the platform's zone: what the password expiry is compared with. */
    public LocalDate today() {
        return PlatformTime.today(clock);
    }

    /** The expiry when it is within {@value PasswordExpiry#WARNING_DAYS} days (or past). */
    public Optional<PasswordExpiry> expiryWarning(SupplierProfile profile) {
        LocalDate today = today();
        return profile.passwordExpiry().filter(e -> e.needsWarning(today));
    }

    /** Bundle keys of what is wrong in the form, in the form's order; empty when it can be saved. */
    public List<String> validate(ProfileDraft draft) {
        return ProfileForm.problems(draft);
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
        Settings s = settings.get();
        Optional<SupplierProfile> existing = draft.id().flatMap(s::profileById);
        if (draft.id().isPresent() && existing.isEmpty()) {
            throw new IllegalArgumentException("Unknown profile " + draft.id().get());
        }
        boolean custom = draft.environment() == AccountEnvironment.CUSTOM;
        Optional<String> apiUrl = custom ? Optional.of(draft.apiUrl()) : Optional.empty();
        Optional<String> tokenUrl = custom ? Optional.of(draft.tokenUrl()) : Optional.empty();
        boolean demo = draft.environment() == AccountEnvironment.DEMO;
        String clientId = demo ? DemoCredentials.DEMO.clientId() : draft.clientId();
        String login = demo ? DemoCredentials.DEMO.technicalLogin() : draft.technicalLogin();
        SupplierProfile saved;
        if (existing.isPresent()) {
            SupplierProfile old = existing.get();
            boolean secretsChanged = changes(old.clientSecretRef(), draft.clientSecret())
                    || changes(old.technicalPasswordRef(), draft.technicalPassword());
            saved = old.withConnection(draft.name(), draft.environment(), apiUrl, tokenUrl, clientId, login,
                    secretsChanged).withInvoicingDefaults(draft.invoicing().orElse(old.invoicingDefaults()));
        } else {
            saved = SupplierProfile.unconnected(newId(), draft.name(), draft.environment(), apiUrl, tokenUrl,
                    clientId, login).withInvoicingDefaults(draft.invoicing().orElse(InvoicingDefaults.NONE));
        }
        secrets.put(saved.clientSecretRef(), draft.clientSecret());
        secrets.put(saved.technicalPasswordRef(), draft.technicalPassword());
        connectionChanged.accept(saved.id());
        settings.update(current -> {
            List<SupplierProfile> profiles = new ArrayList<>(current.profiles());
            int at = indexOf(profiles, saved.id()).orElse(profiles.size());
            profiles.removeIf(p -> p.id().equals(saved.id()));
            profiles.add(Math.min(at, profiles.size()), saved);
            return current.withProfiles(profiles);
        });
        return saved;
    }

    private static Optional<Integer> indexOf(List<SupplierProfile> profiles, String id) {
        for (int i = 0; i < profiles.size(); i++) {
            if (profiles.get(i).id().equals(id)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private boolean changes(String ref, String secret) throws AccountCheckException {
        return !secret.isEmpty() && !secrets.get(ref).filter(secret::equals).isPresent();
    }

    private static String newId() {
        return "p-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Makes the profile the one the wizard sends with. */
    public SupplierProfile activate(String profileId) {
        SupplierProfile profile = profile(profileId);
        settings.update(s -> s.withProfile(profileId));
        return profile;
    }

    /**
     * Records the user's choice and the time of this successful check, with every valid account of
     * the structure ({@code allAccounts}). An IBAN the saved profile knows of one of them stays
     * when {@code allAccounts} does not say it (learned from a send since the check was made).
     */
    public synchronized SupplierProfile chooseSupplier(String profileId, SupplierStructure structure,
            Optional<SupplierService> service, SupplierBankAccount bankAccount, List<SupplierBankAccount> allAccounts,
            Optional<PasswordExpiry> expiry) {
        SupplierProfile saved = profile(profileId);
        List<SupplierBankAccount> known = saved.structure().map(SupplierStructure::idStructureCPP)
                .filter(id -> id == structure.idStructureCPP()).map(id -> saved.bankAccounts()).orElse(List.of());
        List<SupplierBankAccount> accounts = allAccounts.stream().map(a -> a.withIbanKnownIn(known)).toList();
        SupplierProfile chosen = saved.withSupplier(structure, service, bankAccount, accounts, clock.instant(),
                expiry);
        return save(profileId, p -> chosen);
    }

    /**
     * An invoice sent on an account picked by hand teaches that account the IBAN its Factur-X names
     * (BT-84), so that the next invoice naming it is paid there by itself. Nothing happens for an
     * invoice without both, nor for an account the profile does not list.
     *
     * @return the profile as saved, when the invoice taught it something to save
     */
    public Optional<SupplierProfile> learnIbanFrom(String profileId, InvoiceDraft sent) {
        Optional<Iban> iban = sent.facturX().flatMap(FacturXFacts::validPayeeIban);
        if (sent.bankAccountId().isEmpty() || iban.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(rememberIban(profileId, sent.bankAccountId().get(), iban.get()));
    }

    private synchronized SupplierProfile rememberIban(String profileId, long accountId, Iban iban) {
        profile(profileId);
        return save(profileId, p -> p.withLearnedIban(accountId, iban));
    }

    /** Changes one profile in the settings and saves them; gives the profile as saved. */
    private SupplierProfile save(String profileId, UnaryOperator<SupplierProfile> change) {
        return settings.update(s -> {
            List<SupplierProfile> profiles = new ArrayList<>(s.profiles());
            profiles.replaceAll(p -> p.id().equals(profileId) ? change.apply(p) : p);
            return s.withProfiles(profiles);
        }).profileById(profileId).orElseThrow();
    }

    /** A profile's answers about recipients, as last saved; read without waiting for a connection check. */
    public RecipientAnswers savedRecipientAnswers(String profileId) {
        return settings.current().profileById(profileId).map(SupplierProfile::recipientAnswers)
                .orElse(RecipientAnswers.NONE);
    }

    /** Changes a profile's answers about recipients (not its connection) and saves them. */
    public synchronized void updateRecipientAnswers(String profileId, UnaryOperator<RecipientAnswers> change) {
        profile(profileId);
        save(profileId, p -> p.withRecipientAnswers(change.apply(p.recipientAnswers())));
    }

    /** The name the user gave a profile, for the tables that list invoices of several profiles; never waits. */
    public Optional<String> profileName(String profileId) {
        return settings.current().profileById(profileId).map(SupplierProfile::name).filter(n -> !n.isBlank());
    }

    /** A profile's bank account by its Chorus Pro id, as the profile keeps it (its IBAN once learned). */
    public Optional<String> bankAccountLabel(String profileId, long accountId) {
        return settings.current().profileById(profileId).flatMap(p -> p.bankAccounts().stream()
                .filter(a -> a.id() == accountId).findFirst()).map(SupplierBankAccount::label);
    }
}
