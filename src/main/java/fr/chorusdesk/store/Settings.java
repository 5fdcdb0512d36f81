package fr.chorusdesk.store;

import java.util.Optional;

/**
 * User preferences kept in settings.json. Never holds a secret (client secret, technical password,
 * token): none is stored anywhere yet.
 *
 * @param language "fr" or "en"; absent means "follow the system"
 * @param profile  the active Chorus Pro profile; absent means the demo profile (embedded sandbox)
 */
public record Settings(String language, String profile) {

    public static final String DEMO_PROFILE = "demo";
    public static final Settings DEFAULTS = new Settings(null, null);

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
        return new Settings(newLanguage, profile);
    }

    public Settings withProfile(String newProfile) {
        return new Settings(language, newProfile);
    }
}
