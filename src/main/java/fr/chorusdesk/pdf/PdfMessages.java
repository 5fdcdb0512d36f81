package fr.chorusdesk.pdf;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Resolves {@link PdfMessage}s in the application bundle. The texts use {@link MessageFormat}
 * patterns, so a literal apostrophe is written as the typographic ’ in the bundles.
 */
public final class PdfMessages {

    public static final String BUNDLE = "fr.chorusdesk.i18n.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    public PdfMessages(ResourceBundle bundle) {
        this.bundle = bundle;
        this.locale = bundle.getLocale() == null || bundle.getLocale().getLanguage().isEmpty()
                ? Locale.FRENCH : bundle.getLocale();
    }

    /** The bundle for the locale, French when the locale is neither French nor English. */
    public static PdfMessages forLocale(Locale locale) {
        Locale chosen = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
        return new PdfMessages(ResourceBundle.getBundle(BUNDLE, chosen,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    public String format(PdfMessage message) {
        return format(message.key(), message.args().toArray());
    }

    public String format(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return new MessageFormat(pattern, locale).format(args);
    }
}
