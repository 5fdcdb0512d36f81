package fr.chorusdesk.domain;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one lookup of the application's texts ({@code fr/chorusdesk/i18n/messages_fr.properties} and
 * {@code messages_en.properties}), for every layer that words something for the user. French
 * first, English second: any other language gets French, never the JVM's default locale (an
 * English system must not get French by accident, nor a German one a missing bundle).
 */
public final class MessageBundle {

    public static final String NAME = "fr.chorusdesk.i18n.messages";

    private MessageBundle() {
    }

    /** The language the texts exist in for this locale: English for English, French otherwise. */
    public static Locale language(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
    }

    public static ResourceBundle of(Locale locale) {
        return ResourceBundle.getBundle(NAME, language(locale), ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The text of {@code key} with its arguments; the key itself when the bundle has no such text. */
    public static String format(Locale locale, String key, Object... args) {
        return format(of(locale), key, args);
    }

    /** The same with a bundle at hand (a view's). */
    public static String format(ResourceBundle bundle, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return new MessageFormat(pattern, language(bundle.getLocale())).format(args);
    }
}
