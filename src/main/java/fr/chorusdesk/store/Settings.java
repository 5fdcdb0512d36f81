package fr.chorusdesk.store;

import fr.chorusdesk.domain.SupplierProfile;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * User preferences kept in settings.json. Never holds a secret (client secret, technical password,
 * token): none is stored anywhere yet.
 *
 * @param language "fr" or "en"; absent means "follow the system"
 * @param profile  the active Chorus Pro profile; absent means the demo profile (embedded sandbox)
 * @param profiles the supplier profiles, in the user's order (secrets as references only)
 * @param syncMinutes how often the history's statuses are read again, in minutes; absent means
 *                    the app's default
 */
public record Settings(String language, String profile, List<SupplierProfile> profiles,
                       Optional<Integer> syncMinutes) {

    public static final String DEMO_PROFILE = "demo";
    public static final Settings DEFAULTS = new Settings(null, null);

    public Settings {
        profiles = List.copyOf(Objects.requireNonNull(profiles, "profiles"));
        syncMinutes = Objects.requireNonNull(syncMinutes, "syncMinutes").filter(m -> m > 0);
    }

    public Settings(String language, String profile, List<SupplierProfile> profiles) {
        this(language, profile, profiles, Optional.empty());
    }

    /** Settings of a file written before profiles existed. */
    public Settings(String language, String profile) {
        this(language, profile, List.of());
    }

    public Optional<String> languageOverride() {
        return Optional.ofNullable(language).filter(s -> !s.isBlank());
    }

    public String activeProfile() {
        return Optional.ofNullable(profile).filter(s -> !s.isBlank()).orElse(DEMO_PROFILE);
    }

    public boolean isDemo() {
        return DEMO_PROFILE.equals(activeProfile());
    }

    public Settings withLanguage(String newLanguage) {
        return new Settings(newLanguage, profile, profiles, syncMinutes);
    }

    public Settings withProfile(String newProfile) {
        return new Settings(language, newProfile, profiles, syncMinutes);
    }

    public Settings withProfiles(List<SupplierProfile> newProfiles) {
        return new Settings(language, profile, newProfiles, syncMinutes);
    }

    public Settings withSyncMinutes(int minutes) {
        return new Settings(language, profile, profiles, Optional.of(minutes));
    }

    public Optional<SupplierProfile> profileById(String id) {
        return profiles.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
