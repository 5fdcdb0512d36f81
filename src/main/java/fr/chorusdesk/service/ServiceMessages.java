package fr.chorusdesk.service;

import fr.chorusdesk.domain.AttachmentProblem;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Resolves this package's user-facing texts from the application bundle (French by default). */
final class ServiceMessages {

    static final String BUNDLE = "fr.chorusdesk.i18n.messages";

    private ServiceMessages() {
    }

    /** An attachment check's problem, in the user's words. */
    static String format(Locale locale, AttachmentProblem problem) {
        return format(locale, problem.messageKey(), problem.args().toArray());
    }

    static String format(Locale locale, String key, Object... args) {
        Locale chosen = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, chosen,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return new MessageFormat(pattern, chosen).format(args);
    }
}
