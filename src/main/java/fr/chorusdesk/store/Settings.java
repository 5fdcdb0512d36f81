package fr.chorusdesk.store;

import java.util.Optional;

/**
 * User preferences kept in settings.json. Never holds a secret: those live in the OS keychain.
 *
 * @param language "fr" or "en"; absent means "follow the system"
 */
public record Settings(String language) {

    public static final Settings DEFAULTS = new Settings(null);

    public Optional<String> languageOverride() {
        return Optional.ofNullable(language).filter(s -> !s.isBlank());
    }

    public Settings withLanguage(String newLanguage) {
        return new Settings(newLanguage);
    }
}
