package fr.chorusdesk.ui.account;

import fr.chorusdesk.domain.DisplayFormats;
import fr.chorusdesk.domain.AccountEnvironment;
import fr.chorusdesk.domain.InvoicingDefaults;
import fr.chorusdesk.domain.PasswordExpiry;
import fr.chorusdesk.domain.SupplierBankAccount;
import fr.chorusdesk.domain.SupplierProfile;
import fr.chorusdesk.domain.SupplierService;
import fr.chorusdesk.domain.SupplierStructure;
import fr.chorusdesk.service.AccountCheckException;
import fr.chorusdesk.service.AccountOverview;
import fr.chorusdesk.service.ConnectionCheck;
import fr.chorusdesk.service.ProfileService;
import fr.chorusdesk.service.ProfileDraft;
import fr.chorusdesk.service.SupplierDetails;
import fr.chorusdesk.ui.common.TaskRunner;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * View-model of the wizard's Compte step: the profiles, the active one's state, the connection
 * check and the choice of structure, service and bank account, and the create/edit form. Holds no
 * {@code Node}; every service call goes through the {@link TaskRunner}, so it is tested with
 * {@code SameThreadTaskRunner} without the FX thread.
 *
 * <p>Over 300 lines because the step covers the profile list, the profile form and its validation,
 * the connection check, the choices that follow it and the password's expiry; each is a small part
 * of one state.
 */
public final class AccountStepModel {


    private final ProfileService service;
    private final ConnectionCheck check;
    private final TaskRunner tasks;
    private final ResourceBundle messages;
    private final ZoneId zone;

    private final ObservableList<SupplierProfile> profiles = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<SupplierProfile> active = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper stateText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lastCheckText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper expiryText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper warningText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper noticeText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper checkMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper checkFailed = new ReadOnlyBooleanWrapper();

    private final ObservableList<SupplierStructure> structures = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<SupplierStructure> structure = new ReadOnlyObjectWrapper<>();
    private final ObservableList<SupplierService> services = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<SupplierService> supplierService = new ReadOnlyObjectWrapper<>();
    private final ObservableList<SupplierBankAccount> bankAccounts = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<SupplierBankAccount> bankAccount = new ReadOnlyObjectWrapper<>();
    private Optional<PasswordExpiry> checkedExpiry = Optional.empty();

    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper();
    private Optional<String> editedId = Optional.empty();
    private final StringProperty formName = new SimpleStringProperty("");
    private final ObjectProperty<AccountEnvironment> formEnvironment =
            new SimpleObjectProperty<>(AccountEnvironment.QUALIFICATION);
    private final StringProperty formApiUrl = new SimpleStringProperty("");
    private final StringProperty formTokenUrl = new SimpleStringProperty("");
    private final StringProperty formClientId = new SimpleStringProperty("");
    private final StringProperty formClientSecret = new SimpleStringProperty("");
    private final StringProperty formTechnicalLogin = new SimpleStringProperty("");
    private final StringProperty formTechnicalPassword = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper formErrors = new ReadOnlyStringWrapper("");
    private final BooleanProperty formIsNew = new SimpleBooleanProperty();

    private final BooleanBinding ready = Bindings.createBooleanBinding(
            () -> active.get() != null && active.get().isReadyToSend(), active);

    public AccountStepModel(ProfileService profiles, ConnectionCheck check, TaskRunner tasks, ResourceBundle messages,
            ZoneId zone) {
        this.service = Objects.requireNonNull(profiles);
        this.check = Objects.requireNonNull(check);
        this.tasks = Objects.requireNonNull(tasks);
        this.messages = Objects.requireNonNull(messages);
        this.zone = Objects.requireNonNull(zone);
    }

    private StrictCheckModel strictCheck;

    /** The shown profile's strict engagement check. */
    public StrictCheckModel strictCheck() {
        if (strictCheck == null) {
            strictCheck = new StrictCheckModel(service, tasks, active);
        }
        return strictCheck;
    }

    // ------------------------------------------------------------------ actions

    /** Reads the profiles (settings file, keychain probe): once, when the step is shown. */
    public void load() {
        run(service::overview, overview -> {
            applyOverview(overview);
            loaded.set(true);
            connectTheDemoByItself();
        });
    }

    private void applyOverview(AccountOverview overview) {
        profiles.setAll(overview.profiles());
        String notice = overview.secretsPersistent() ? "" : messages.getString("account.secrets.sessionOnly");
        if (overview.settingsSetAside()) {
            notice = (notice + " " + messages.getString("account.settings.setAside")).strip();
        }
        noticeText.set(notice);
        showActive(overview.active());
    }

    /** The user picked another profile: it becomes the active one. */
    public void selectProfile(SupplierProfile profile) {
        if (profile == null || (active.get() != null && profile.id().equals(active.get().id()))) {
            return;
        }
        run(() -> service.activate(profile.id()), chosen -> {
            showActive(chosen);
            connectTheDemoByItself();
        });
    }

    /**
     * The demo profile needs no secret and no decision but the bank account: its connection is
     * checked at once, so a first start (or a PDF opened with the app) does not wait for a click.
     */
    private void connectTheDemoByItself() {
        SupplierProfile profile = active.get();
        if (profile != null && profile.isDemo() && !profile.isReadyToSend() && structures.isEmpty()) {
            testConnection();
        }
    }

    /** Token, then the structures the technical account may invoice from. */
    public void testConnection() {
        SupplierProfile profile = active.get();
        if (profile == null) {
            return;
        }
        clearChoices();
        checkMessage.set(messages.getString("account.check.running"));
        checkFailed.set(false);
        run(() -> check.testConnection(profile.id()), found -> {
            structures.setAll(found);
            if (found.isEmpty()) {
                checkMessage.set(messages.getString("account.check.noStructure"));
                checkFailed.set(true);
                return;
            }
            checkMessage.set(MessageFormat.format(messages.getString("account.check.ok"), found.size()));
            Optional<SupplierStructure> remembered = profile.structure().filter(found::contains);
            if (remembered.isPresent()) {
                chooseStructure(remembered.get());
            } else if (found.size() == 1) {
                chooseStructure(found.get(0));
            }
        });
    }

    public void chooseStructure(SupplierStructure chosen) {
        if (chosen == null || chosen.equals(structure.get())) {
            return;
        }
        SupplierProfile profile = active.get();
        structure.set(chosen);
        services.clear();
        supplierService.set(null);
        bankAccounts.clear();
        bankAccount.set(null);
        List<SupplierBankAccount> known = profile.structure().equals(Optional.of(chosen)) ? profile.bankAccounts()
                : List.of();
        run(() -> check.supplierDetails(profile.id(), chosen, known), details -> applyDetails(profile, details));
    }

    private void applyDetails(SupplierProfile profile, SupplierDetails details) {
        checkedExpiry = details.passwordExpiry();
        services.setAll(details.services());
        bankAccounts.setAll(details.bankAccounts());
        boolean sameStructure = profile.structure().equals(Optional.ofNullable(structure.get()));
        profile.service().filter(s -> sameStructure && details.services().contains(s)).ifPresent(supplierService::set);
        // by id: what Chorus Pro lists now may know more of the account (its IBAN) than the profile did
        Optional<SupplierBankAccount> remembered = profile.bankAccount().filter(b -> sameStructure)
                .flatMap(b -> details.bankAccounts().stream().filter(b::sameAccount).findFirst());
        if (details.bankAccounts().isEmpty()) {
            checkMessage.set(messages.getString("account.choice.noBankAccount"));
            checkFailed.set(true);
        }
        if (remembered.isPresent()) {
            bankAccount.set(remembered.get());
            saveChoice();
        } else if (details.bankAccounts().size() == 1) {
            // one bank account: nothing to choose (a supplier service stays optional)
            chooseBankAccount(details.bankAccounts().get(0));
        }
    }

    /** {@code null} means "no service". */
    public void chooseService(SupplierService chosen) {
        if (Objects.equals(chosen, supplierService.get())) {
            return;
        }
        supplierService.set(chosen);
        saveChoice();
    }

    public void chooseBankAccount(SupplierBankAccount chosen) {
        if (chosen == null || chosen.equals(bankAccount.get())) {
            return;
        }
        bankAccount.set(chosen);
        saveChoice();
    }

    private void saveChoice() {
        SupplierProfile profile = active.get();
        SupplierStructure s = structure.get();
        SupplierBankAccount b = bankAccount.get();
        if (profile == null || s == null || b == null) {
            return;
        }
        Optional<SupplierService> v = Optional.ofNullable(supplierService.get());
        Optional<PasswordExpiry> expiry = checkedExpiry;
        List<SupplierBankAccount> all = List.copyOf(bankAccounts);
        run(() -> service.chooseSupplier(profile.id(), s, v, b, all, expiry), saved -> {
            replaceProfile(saved);
            showActive(saved);
            checkFailed.set(false);
            checkMessage.set(messages.getString("account.check.saved"));
        });
    }

    public void newProfile() {
        editedId = Optional.empty();
        formIsNew.set(true);
        formName.set("");
        formEnvironment.set(AccountEnvironment.QUALIFICATION);
        formApiUrl.set("");
        formTokenUrl.set("");
        formClientId.set("");
        formTechnicalLogin.set("");
        clearFormSecrets();
        editing.set(true);
    }

    public void editProfile() {
        SupplierProfile p = active.get();
        if (p == null) {
            return;
        }
        editedId = Optional.of(p.id());
        formIsNew.set(false);
        formName.set(p.name());
        formEnvironment.set(p.environment());
        formApiUrl.set(p.apiUrl().orElse(""));
        formTokenUrl.set(p.tokenUrl().orElse(""));
        formClientId.set(p.clientId());
        formTechnicalLogin.set(p.technicalLogin());
        clearFormSecrets();
        editing.set(true);
    }

    public void cancelEdit() {
        clearFormSecrets();
        editing.set(false);
    }

    /**
     * The active profile's usual VAT regime and payment mode, changed from the Compte step: saved
     * at once (the connection and its secrets untouched), and every new invoice starts from them.
     */
    public void saveInvoicingDefaults(InvoicingDefaults defaults) {
        SupplierProfile p = active.get();
        if (p == null || p.invoicingDefaults().equals(defaults)) {
            return;
        }
        ProfileDraft draft = new ProfileDraft(Optional.of(p.id()), p.name(), p.environment(), p.apiUrl().orElse(""),
                p.tokenUrl().orElse(""), p.clientId(), "", p.technicalLogin(), "", Optional.of(defaults));
        run(() -> service.save(draft), saved -> {
            replaceProfile(saved);
            showActive(saved);
        });
    }

    /** Validates the form; when it is right, saves the profile and makes it the active one. */
    public void saveProfile() {
        ProfileDraft draft = new ProfileDraft(editedId, formName.get(), formEnvironment.get(), formApiUrl.get(),
                formTokenUrl.get(), formClientId.get(), formClientSecret.get(), formTechnicalLogin.get(),
                formTechnicalPassword.get());
        run(() -> {
            List<String> problems = service.validate(draft);
            if (!problems.isEmpty()) {
                return new SaveOutcome(Optional.empty(), problems);
            }
            SupplierProfile saved = service.save(draft);
            return new SaveOutcome(Optional.of(service.activate(saved.id())), List.of());
        }, outcome -> {
            if (outcome.saved().isEmpty()) {
                formErrors.set(outcome.problems().stream().map(messages::getString).collect(Collectors.joining("\n")));
                return;
            }
            formErrors.set("");
            clearFormSecrets();
            editing.set(false);
            replaceProfile(outcome.saved().get());
            showActive(outcome.saved().get());
        });
    }

    private record SaveOutcome(Optional<SupplierProfile> saved, List<String> problems) {
    }

    // ------------------------------------------------------------------ internals

    private void clearFormSecrets() {
        formClientSecret.set("");
        formTechnicalPassword.set("");
        formErrors.set("");
    }

    private void replaceProfile(SupplierProfile saved) {
        for (int i = 0; i < profiles.size(); i++) {
            if (profiles.get(i).id().equals(saved.id())) {
                profiles.set(i, saved);
                return;
            }
        }
        profiles.add(saved);
    }

    private void showActive(SupplierProfile profile) {
        boolean switched = active.get() == null || !active.get().id().equals(profile.id());
        active.set(profile);
        if (switched) {
            clearChoices();
            checkMessage.set("");
            checkFailed.set(false);
        }
        stateText.set(profile.structure()
                .map(s -> MessageFormat.format(messages.getString("account.state.connected"), s.name(), s.siret())
                        + profile.service().map(v -> "\n" + MessageFormat.format(
                                messages.getString("account.state.service"), v.label(), v.code())).orElse("")
                        + profile.bankAccount().map(b -> "\n" + MessageFormat.format(
                                messages.getString("account.state.bankAccount"), b.name())).orElse(""))
                .orElse(messages.getString("account.state.notConnected")));
        lastCheckText.set(profile.lastCheck()
                .map(t -> MessageFormat.format(messages.getString("account.state.lastCheck"),
                        DisplayFormats.minute(t, zone)))
                .orElse(messages.getString("account.state.neverChecked")));
        expiryText.set(profile.passwordExpiry()
                .map(e -> MessageFormat.format(messages.getString("account.state.passwordExpiry"), DisplayFormats.day(e.date())))
                .orElse(""));
        warningText.set(service.expiryWarning(profile).map(e -> warning(profile, e)).orElse(""));
    }

    private String warning(SupplierProfile profile, PasswordExpiry expiry) {
        long days = expiry.daysLeft(service.today());
        String key = expiry.isExpired(service.today()) ? "account.warning.passwordExpired"
                : "account.warning.passwordExpiresSoon";
        return new MessageFormat(messages.getString(key), messages.getLocale() == null ? Locale.FRENCH
                : messages.getLocale()).format(new Object[] {profile.technicalLogin(), DisplayFormats.day(expiry.date()), days});
    }

    private void clearChoices() {
        structures.clear();
        structure.set(null);
        services.clear();
        supplierService.set(null);
        bankAccounts.clear();
        bankAccount.set(null);
        checkedExpiry = Optional.empty();
    }

    private <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> onSuccess) {
        busy.set(true);
        tasks.run(work, result -> {
            busy.set(false);
            onSuccess.accept(result);
        }, failure -> {
            busy.set(false);
            checkFailed.set(true);
            checkMessage.set(failure instanceof AccountCheckException e ? e.userMessage()
                    : messages.getString("account.error.unexpected"));
            if (!(failure instanceof AccountCheckException)) {
                org.slf4j.LoggerFactory.getLogger(AccountStepModel.class).error("Account step failure", failure);
            }
        });
    }

    // ------------------------------------------------------------------ properties

    public ObservableList<SupplierProfile> profiles() {
        return profiles;
    }

    public ReadOnlyObjectProperty<SupplierProfile> activeProperty() {
        return active.getReadOnlyProperty();
    }

    /** True once the active profile has its supplier structure and bank account: Suivant may be enabled. */
    public BooleanBinding readyProperty() {
        return ready;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stateTextProperty() {
        return stateText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastCheckTextProperty() {
        return lastCheckText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty expiryTextProperty() {
        return expiryText.getReadOnlyProperty();
    }

    /** Empty unless the active profile's technical password expires within 30 days (or has expired). */
    public ReadOnlyStringProperty warningTextProperty() {
        return warningText.getReadOnlyProperty();
    }

    /** Session-only secrets, settings file set aside: empty when there is nothing to say. */
    public ReadOnlyStringProperty noticeTextProperty() {
        return noticeText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty checkMessageProperty() {
        return checkMessage.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty checkFailedProperty() {
        return checkFailed.getReadOnlyProperty();
    }

    public ObservableList<SupplierStructure> structures() {
        return structures;
    }

    public ReadOnlyObjectProperty<SupplierStructure> structureProperty() {
        return structure.getReadOnlyProperty();
    }

    public ObservableList<SupplierService> services() {
        return services;
    }

    public ReadOnlyObjectProperty<SupplierService> serviceProperty() {
        return supplierService.getReadOnlyProperty();
    }

    public ObservableList<SupplierBankAccount> bankAccounts() {
        return bankAccounts;
    }

    public ReadOnlyObjectProperty<SupplierBankAccount> bankAccountProperty() {
        return bankAccount.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public BooleanProperty formIsNewProperty() {
        return formIsNew;
    }

    public StringProperty formNameProperty() {
        return formName;
    }

    public ObjectProperty<AccountEnvironment> formEnvironmentProperty() {
        return formEnvironment;
    }

    public StringProperty formApiUrlProperty() {
        return formApiUrl;
    }

    public StringProperty formTokenUrlProperty() {
        return formTokenUrl;
    }

    public StringProperty formClientIdProperty() {
        return formClientId;
    }

    public StringProperty formClientSecretProperty() {
        return formClientSecret;
    }

    public StringProperty formTechnicalLoginProperty() {
        return formTechnicalLogin;
    }

    public StringProperty formTechnicalPasswordProperty() {
        return formTechnicalPassword;
    }

    public ReadOnlyStringProperty formErrorsProperty() {
        return formErrors.getReadOnlyProperty();
    }
}
