package fr.chorusdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.chorusdesk.sandbox.SandboxConfig;
import fr.chorusdesk.store.InMemoryCredentialStore;
import fr.chorusdesk.store.SettingsStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(30)
class SyncScheduleTest {

    private final AtomicReference<Optional<Integer>> stored = new AtomicReference<>(Optional.empty());
    private final List<Duration> applied = new ArrayList<>();
    private final SyncSchedule schedule = new SyncSchedule(stored::get, m -> stored.set(Optional.of(m)), applied::add);

    @Test
    void withoutASettingTheStatusesAreReadEveryFiveMinutes() {
        assertThat(schedule.minutes()).isEqualTo(5);
        assertThat(schedule.interval()).isEqualTo(Duration.ofSeconds(300));
    }

    @Test
    void aStoredIntervalIsUsedAndOneThatIsNotPositiveGivesTheDefault() {
        stored.set(Optional.of(1));
        assertThat(schedule.minutes()).as("the smallest offered").isEqualTo(1);
        stored.set(Optional.of(0));
        assertThat(schedule.minutes()).isEqualTo(5);
        stored.set(Optional.of(-15));
        assertThat(schedule.minutes()).isEqualTo(5);
    }

    @Test
    void aNewIntervalIsSavedThenAppliedToTheRunningSchedule() {
        schedule.change(30);

        assertThat(stored.get()).contains(30);
        assertThat(applied).containsExactly(Duration.ofMinutes(30));
        assertThat(schedule.interval()).isEqualTo(Duration.ofHours(1).dividedBy(2));
    }

    @Test
    void choosingTheCurrentIntervalAgainChangesNothing() {
        stored.set(Optional.of(15));
        schedule.change(15);
        assertThat(applied).isEmpty();
    }

    @Test
    void anIntervalNotOfferedIsRefusedAndNothingIsSaved() {
        assertThatThrownBy(() -> schedule.change(7)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> schedule.change(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(stored.get()).isEmpty();
        assertThat(applied).isEmpty();
    }

    @Test
    void theIntervalKeptByTheAccountsSurvivesAProfileSaveAndARestart(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("settings.json");
        try (DemoSandboxService demo = new DemoSandboxService(SandboxConfig.defaults(dir.resolve("sandbox")))) {
            InMemoryCredentialStore secrets = new InMemoryCredentialStore();
            Accounts accounts = Accounts.create(new SettingsStore(file), () -> secrets, demo,
                    ChorusClientFactory.forConnectionChecks(), Clock.systemUTC(), Locale.FRENCH);
            SyncSchedule.of(accounts.settings(), applied::add).change(60);
            // the accounts write the whole settings file: the interval must be part of what they write
            accounts.profiles().save(new ProfileDraft(Optional.empty(), "Client", fr.chorusdesk.domain.AccountEnvironment.QUALIFICATION,
                    "", "", "client-id", "secret", "login", "password"));

            Accounts restarted = Accounts.create(new SettingsStore(file), () -> secrets, demo,
                    ChorusClientFactory.forConnectionChecks(), Clock.systemUTC(), Locale.FRENCH);
            assertThat(SyncSchedule.of(restarted.settings(), d -> { }).minutes()).isEqualTo(60);
            assertThat(restarted.profiles().overview().profiles()).extracting(p -> p.name()).contains("Client");
        }
    }
}
