package fr.chorusdesk.ui.account;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.chorus.ChorusClient;
import fr.chorusdesk.chorus.RetryPolicy;
import fr.chorusdesk.domain.AccountEnvironment;
import fr.chorusdesk.domain.SupplierBankAccount;
import fr.chorusdesk.domain.SupplierService;
import fr.chorusdesk.domain.SupplierStructure;
import fr.chorusdesk.sandbox.SandboxConfig;
import fr.chorusdesk.service.Accounts;
import fr.chorusdesk.service.DemoSandboxService;
import fr.chorusdesk.store.InMemoryCredentialStore;
import fr.chorusdesk.store.SettingsStore;
import fr.chorusdesk.ui.common.SameThreadTaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Compte step's view-model without the FX thread, against the embedded sandbox. */
class AccountStepModelTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC);
    private final ResourceBundle messages = ResourceBundle.getBundle("fr.chorusdesk.i18n.messages", Locale.FRENCH);

    @TempDir
    Path dir;
    private DemoSandboxService demo;

    @AfterEach
    void stop() {
        demo.close();
    }

    private AccountStepModel model(Period passwordValidity) {
        demo = new DemoSandboxService(new SandboxConfig(0, dir.resolve("sandbox"), SandboxConfig.DEFAULT_STEP, NOW,
                passwordValidity));
        Accounts service = Accounts.create(new SettingsStore(dir.resolve("settings.json")),
                InMemoryCredentialStore::new, demo,
                (env, creds) -> ChorusClient.builder(env, creds).retryPolicy(RetryPolicy.none()).build(), NOW,
                Locale.FRENCH);
        AccountStepModel model = new AccountStepModel(service.profiles(), service.check(), new SameThreadTaskRunner(), messages, ZoneOffset.UTC);
        model.load();
        return model;
    }

    @Test
    void demoModeFromCheckToReady() {
        AccountStepModel model = model(SandboxConfig.DEFAULT_PASSWORD_VALIDITY);
        assertThat(model.loadedProperty().get()).isTrue();
        assertThat(model.activeProperty().get().id()).isEqualTo("demo");
        assertThat(model.readyProperty().get()).isFalse();
        assertThat(model.stateTextProperty().get()).startsWith("Pas encore connecté");
        assertThat(model.noticeTextProperty().get()).as("session-only secrets are said plainly")
                .isEqualTo("Aucun trousseau système n’est disponible : les secrets saisis ne sont gardés que "
                        + "jusqu’à la fermeture de ChorusDesk.");

        // the demo profile is checked by itself at load; one structure: chosen at once, its services
        // and bank accounts read
        assertThat(model.structures()).extracting(SupplierStructure::siret).containsExactly("81234567800013");
        assertThat(model.structureProperty().get().idStructureCPP()).isEqualTo(26300989L);
        assertThat(model.services()).extracting(SupplierService::code).containsExactly("FACTURATION", "AGENCE-PARIS");
        assertThat(model.bankAccounts()).hasSize(2);
        assertThat(model.readyProperty().get()).as("no bank account chosen yet").isFalse();
        assertThat(model.checkFailedProperty().get()).isFalse();

        model.chooseService(model.services().get(1));
        assertThat(model.readyProperty().get()).isFalse();
        model.chooseBankAccount(model.bankAccounts().get(0));
        assertThat(model.readyProperty().get()).isTrue();
        assertThat(model.activeProperty().get().service().map(SupplierService::code)).contains("AGENCE-PARIS");
        assertThat(model.activeProperty().get().bankAccount().map(SupplierBankAccount::id)).contains(144050L);
        assertThat(model.stateTextProperty().get())
                .isEqualTo("Connecté : ATELIER DEMO CONSEIL SARL (SIRET 81234567800013)\n"
                        + "Service : Agence de Paris (AGENCE-PARIS)\n"
                        + "Compte bancaire : Compte courant - Banque Exemple");
        assertThat(model.lastCheckTextProperty().get()).isEqualTo("Dernière vérification : 02/12/2026 10:00");
        assertThat(model.expiryTextProperty().get())
                .isEqualTo("Mot de passe du compte technique valable jusqu’au 28/09/2027");
        assertThat(model.warningTextProperty().get()).isEmpty();
    }

    @Test
    void aPasswordExpiringSoonRaisesTheWarning() {
        AccountStepModel model = model(Period.ofDays(12));
        model.testConnection();
        model.chooseBankAccount(model.bankAccounts().get(1));
        assertThat(model.readyProperty().get()).isTrue();
        assertThat(model.warningTextProperty().get())
                .startsWith("Le mot de passe du compte technique « TECH_1_DEMO@cpro.fr » expire le 14/12/2026 "
                        + "(dans 12 jours).")
                .contains("Raccordements > Compte technique");
    }

    @Test
    void theFormShowsEveryProblemAndKeepsWhatWasTyped() {
        AccountStepModel model = model(SandboxConfig.DEFAULT_PASSWORD_VALIDITY);
        model.newProfile();
        assertThat(model.editingProperty().get()).isTrue();
        model.formNameProperty().set("Boulangerie Martin");
        model.formEnvironmentProperty().set(AccountEnvironment.PRODUCTION);
        model.formClientIdProperty().set("client-7");
        model.saveProfile();
        assertThat(model.editingProperty().get()).isTrue();
        assertThat(model.formErrorsProperty().get()).isEqualTo(
                "Saisissez le secret client de l’application PISTE.\n"
                        + "Saisissez l’identifiant du compte technique (par exemple TECH_1_…@cpro.fr).\n"
                        + "Saisissez le mot de passe du compte technique.");
        assertThat(model.formNameProperty().get()).isEqualTo("Boulangerie Martin");

        model.formClientSecretProperty().set("s");
        model.formTechnicalLoginProperty().set("TECH_1_BOUL@cpro.fr");
        model.formTechnicalPasswordProperty().set("p");
        model.saveProfile();
        assertThat(model.editingProperty().get()).isFalse();
        assertThat(model.formClientSecretProperty().get()).as("secrets leave the form once saved").isEmpty();
        assertThat(model.profiles()).hasSize(2);
        assertThat(model.activeProperty().get().name()).isEqualTo("Boulangerie Martin");
        assertThat(model.readyProperty().get()).isFalse();

        model.selectProfile(model.profiles().get(0));
        assertThat(model.activeProperty().get().id()).isEqualTo("demo");
        assertThat(model.activeProperty().get().isDemo()).isTrue();
    }

    @Test
    void anUnreadableSettingsFileIsAnnounced() throws Exception {
        java.nio.file.Files.writeString(dir.resolve("settings.json"), "{\"profiles\": [");
        AccountStepModel model = model(SandboxConfig.DEFAULT_PASSWORD_VALIDITY);
        assertThat(model.noticeTextProperty().get()).contains("Le fichier de réglages était illisible");
        assertThat(model.activeProperty().get().id()).isEqualTo("demo");
    }

    @Test
    void aDemoSandboxInUseElsewhereGetsItsOwnMessage() {
        try (DemoSandboxService other = new DemoSandboxService(SandboxConfig.defaults(dir.resolve("sandbox")))) {
            other.start();
            // the demo's own check, at load, finds the sandbox taken
            AccountStepModel model = model(SandboxConfig.DEFAULT_PASSWORD_VALIDITY);
            assertThat(model.checkFailedProperty().get()).isTrue();
            assertThat(model.checkMessageProperty().get())
                    .startsWith("Le bac à sable de démonstration est déjà utilisé");
        }
    }

    @Test
    void aFailedCheckSaysWhatToDo() {
        AccountStepModel model = model(SandboxConfig.DEFAULT_PASSWORD_VALIDITY);
        model.newProfile();
        model.formNameProperty().set("Mauvais secret");
        model.formEnvironmentProperty().set(AccountEnvironment.CUSTOM);
        model.formApiUrlProperty().set(demo.environment().apiBaseUrl().toString());
        model.formTokenUrlProperty().set(demo.environment().oauthTokenUrl().toString());
        model.formClientIdProperty().set("chorusdesk-demo-client");
        model.formClientSecretProperty().set("wrong");
        model.formTechnicalLoginProperty().set("TECH_1_DEMO@cpro.fr");
        model.formTechnicalPasswordProperty().set("Demo-Password-1");
        model.saveProfile();
        model.testConnection();
        assertThat(model.checkFailedProperty().get()).isTrue();
        assertThat(model.checkMessageProperty().get()).startsWith("PISTE a refusé l’application");
        assertThat(model.structures()).isEmpty();
        assertThat(model.busyProperty().get()).isFalse();
    }
}
