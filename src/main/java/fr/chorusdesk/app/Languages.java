package fr.chorusdesk.app;

import fr.chorusdesk.domain.MessageBundle;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/** French first, English second: every other locale falls back to French. */
public final class Languages {

    public static final String BUNDLE = MessageBundle.NAME;

    private Languages() {
    }

    public static Optional<Locale> supported(String tag) {
        return switch (tag == null ? "" : tag.trim().toLowerCase(Locale.ROOT)) {
            case "fr" -> Optional.of(Locale.FRENCH);
            case "en" -> Optional.of(Locale.ENGLISH);
            default -> Optional.empty();
        };
    }

    /** The override wins, then the system language when it is supported, then French. */
    public static Locale choose(Optional<Locale> override, Locale system) {
        return override.orElseGet(() -> supported(system.getLanguage()).orElse(Locale.FRENCH));
    }

    public static ResourceBundle bundle(Locale locale) {
        return MessageBundle.of(locale);
    }
}
