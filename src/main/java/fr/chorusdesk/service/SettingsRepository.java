package fr.chorusdesk.service;

import fr.chorusdesk.domain.AccountEnvironment;
import fr.chorusdesk.domain.SupplierProfile;
import fr.chorusdesk.sandbox.DemoCredentials;
import fr.chorusdesk.store.Settings;
import fr.chorusdesk.store.SettingsStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The one copy of settings.json in memory, and the one writer of it (the way Cryptomator's
 * {@code SettingsProvider} owns its settings): read once, the demo profile always there and some
 * profile always active; every change goes through {@link #update}, which applies it to the
 * current settings and writes the result atomically, so two writers (the Compte step, the sync
 * interval) never lose each other's change. Reads from the FX thread ({@link #current()}) never
 * wait for a writer that is busy with the disk.
 */
public final class SettingsRepository {

    private final SettingsStore store;
    private final Locale locale;
    private Settings settings;
    /** The last settings loaded or written, for reads that must not wait for this object's lock. */
    private volatile Settings published;

    public SettingsRepository(SettingsStore store, Locale locale) {
        this.store = Objects.requireNonNull(store);
        this.locale = Objects.requireNonNull(locale);
    }

    /** The demo profile: the embedded sandbox with its public credentials, works at once. */
    public static SupplierProfile demoProfile(String name) {
        return SupplierProfile.unconnected(SupplierProfile.DEMO_ID, name, AccountEnvironment.DEMO, Optional.empty(),
                Optional.empty(), DemoCredentials.DEMO.clientId(), DemoCredentials.DEMO.technicalLogin());
    }

    /** The settings, read from the disk the first time. Blocking then (disk). */
    public synchronized Settings get() {
        if (settings == null) {
            Settings loaded = store.load();
            if (loaded.profileById(SupplierProfile.DEMO_ID).isEmpty()) {
                List<SupplierProfile> profiles = new ArrayList<>();
                profiles.add(demoProfile(ServiceMessages.format(locale, "account.demo.name")));
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

    /** The settings as last read or written, without waiting for a change being written. */
    public Settings current() {
        Settings known = published;
        return known != null ? known : get();
    }

    /**
     * Applies a change to the current settings and writes the result.
     *
     * @throws UncheckedIOException when the file cannot be written (nothing changes then)
     */
    public synchronized Settings update(UnaryOperator<Settings> change) {
        Settings next = change.apply(get());
        try {
            store.save(next);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the settings", e);
        }
        settings = next;
        published = next;
        return next;
    }

    /** True when an unreadable settings file was set aside at reading (the Compte step says so). */
    public boolean fileWasSetAside() {
        return store.setAsideFile().isPresent();
    }

    /** How often the statuses are read again, in minutes, when the user chose it. */
    public Optional<Integer> syncMinutes() {
        return current().syncMinutes();
    }

    public void changeSyncMinutes(int minutes) {
        if (minutes <= 0) {
            throw new IllegalArgumentException("minutes must be positive: " + minutes);
        }
        update(s -> s.withSyncMinutes(minutes));
    }
}
