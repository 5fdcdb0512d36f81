package fr.chorusdesk.service;

import fr.chorusdesk.store.CredentialStore;
import fr.chorusdesk.store.SettingsStore;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The account use cases, each in its own class: the settings file ({@link SettingsRepository}),
 * the profiles and their secrets ({@link ProfileService}), the client of each profile
 * ({@link ChorusClients}) and the connection check ({@link ConnectionCheck}). Built together
 * because they share the settings and the secrets.
 */
public record Accounts(SettingsRepository settings, ProfileService profiles, ChorusClients clients,
                       ConnectionCheck check) {

    public Accounts {
        Objects.requireNonNull(settings);
        Objects.requireNonNull(profiles);
        Objects.requireNonNull(clients);
        Objects.requireNonNull(check);
    }

    /**
     * @param credentials gives the credential store, asked once; may block until the keyring probe is done
     * @param demo        the embedded sandbox of the demo profile, started on first use
     */
    public static Accounts create(SettingsStore store, Supplier<CredentialStore> credentials, DemoSandboxService demo,
            ChorusClientFactory factory, Clock clock, Locale locale) {
        SettingsRepository settings = new SettingsRepository(store, locale);
        ProfileSecrets secrets = new ProfileSecrets(credentials, locale);
        ChorusClients clients = new ChorusClients(id -> settings.get().profileById(id)
                .orElseThrow(() -> new IllegalArgumentException("Unknown profile " + id)), secrets, demo, factory, locale);
        // a profile saved with other URLs or secrets gets a new client the next time one is asked for
        ProfileService profiles = new ProfileService(settings, secrets, clock, clients::forget);
        return new Accounts(settings, profiles, clients, new ConnectionCheck(clients, locale));
    }
}
