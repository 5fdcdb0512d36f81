package fr.chorusdesk.ui.account;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.chorus.ChorusClient;
import fr.chorusdesk.chorus.RetryPolicy;
import fr.chorusdesk.domain.RecipientAnswers;
import fr.chorusdesk.domain.Siret;
import fr.chorusdesk.sandbox.SandboxConfig;
import fr.chorusdesk.service.Accounts;
import fr.chorusdesk.service.DemoSandboxService;
import fr.chorusdesk.store.InMemoryCredentialStore;
import fr.chorusdesk.store.SettingsStore;
import fr.chorusdesk.ui.common.SameThreadTaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Compte step's strict engagement check, kept with the profile in settings.json. */
class StrictCheckModelTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private DemoSandboxService demo;

    @AfterEach
    void stop() {
        demo.close();
    }

    private Accounts service() {
        return Accounts.create(new SettingsStore(dir.resolve("settings.json")), InMemoryCredentialStore::new, demo,
                (env, creds) -> ChorusClient.builder(env, creds).retryPolicy(RetryPolicy.none()).build(), NOW,
                Locale.FRENCH);
    }

    @Test
    void theStrictCheckIsOffByDefaultAndKeptWithTheProfileWithoutLosingTheAnswers() {
        demo = new DemoSandboxService(SandboxConfig.defaults(dir.resolve("sandbox")));
        Accounts service = service();
        AccountStepModel model = new AccountStepModel(service.profiles(), service.check(), new SameThreadTaskRunner(),
                ResourceBundle.getBundle("fr.chorusdesk.i18n.messages", Locale.FRENCH), ZoneOffset.UTC);
        model.load();
        Siret ministry = Siret.parse("11000201100044").orElseThrow();
        service.profiles().updateRecipientAnswers("demo", a -> a.withState(ministry, true));

        StrictCheckModel strict = model.strictCheck();
        assertThat(strict.strictProperty().get()).isFalse();
        strict.strictProperty().set(true);

        RecipientAnswers saved = service().profiles().savedRecipientAnswers("demo");
        assertThat(saved.strictEngagementCheck()).as("read back from settings.json").isTrue();
        assertThat(saved.state(ministry)).as("the answers stay").contains(true);
    }
}
