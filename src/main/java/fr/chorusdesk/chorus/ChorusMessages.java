package fr.chorusdesk.chorus;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Resolves the user-facing texts of this package from the application's message bundle. */
final class ChorusMessages {

    static final String BUNDLE = "fr.chorusdesk.i18n.messages";
    static final Locale DEFAULT_LOCALE = Locale.FRENCH;

    private ChorusMessages() {
    }

    static String format(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** French (or English) name of an operation for messages, falling back on the API name. */
    static String operationLabel(Locale locale, String apiName) {
        String key = "chorus.operation." + apiName;
        String label = format(locale, key);
        return label.equals(key) ? apiName : label;
    }
}
