package fr.chorusdesk.pdf;

import fr.chorusdesk.domain.MessageBundle;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Resolves {@link PdfMessage}s in the application bundle. The texts use {@link MessageFormat}
 * patterns, so a literal apostrophe is written as the typographic ’ in the bundles.
 */
public final class PdfMessages {

    public static final String BUNDLE = MessageBundle.NAME;

    private final ResourceBundle bundle;
    private final Locale locale;

    public PdfMessages(ResourceBundle bundle) {
        this.bundle = bundle;
        this.locale = MessageBundle.language(bundle.getLocale());
    }

    /** The bundle for the locale, French when the locale is neither French nor English. */
    public static PdfMessages forLocale(Locale locale) {
        return new PdfMessages(MessageBundle.of(locale));
    }

    public String format(PdfMessage message) {
        return format(message.key(), message.args().toArray());
    }

    public String format(String key, Object... args) {
        return MessageBundle.format(bundle, key, args);
    }
}
