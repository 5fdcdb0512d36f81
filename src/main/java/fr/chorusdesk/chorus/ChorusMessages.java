package fr.chorusdesk.chorus;

import fr.chorusdesk.domain.MessageBundle;
import java.util.Locale;

/** Resolves the user-facing texts of this package from the application's message bundle. */
final class ChorusMessages {

    static final String BUNDLE = MessageBundle.NAME;
    static final Locale DEFAULT_LOCALE = Locale.FRENCH;

    private ChorusMessages() {
    }

    static String format(Locale locale, String key, Object... args) {
        return MessageBundle.format(locale, key, args);
    }

    /** French (or English) name of an operation for messages, falling back on the API name. */
    static String operationLabel(Locale locale, String apiName) {
        String key = "chorus.operation." + apiName;
        String label = format(locale, key);
        return label.equals(key) ? apiName : label;
    }
}
