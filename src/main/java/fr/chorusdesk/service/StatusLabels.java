package fr.chorusdesk.service;

import java.util.Locale;
import java.util.Set;

/**
 * Chorus Pro's status codes in plain words. The platform has 56 statuses; those the app knows have
 * a text under {@code history.status.<CODE>}; any other is shown by its code, as written, never as
 * an error.
 */
public final class StatusLabels {

    /** Statuses after which nothing changes any more: the sync stops asking. */
    public static final Set<String> FINAL = Set.of("MISE_EN_PAIEMENT", "REJETEE", "ANNULEE");

    private final Locale locale;

    public StatusLabels(Locale locale) {
        this.locale = locale;
    }

    public String label(String code) {
        if (code == null || code.isBlank()) {
            return ServiceMessages.format(locale, "history.status.unknownYet");
        }
        String key = "history.status." + code;
        String text = ServiceMessages.format(locale, key);
        return text.equals(key) ? code : text;
    }

    /** What the user can do next, in plain words; empty text when there is nothing to do. */
    public String nextAction(String code) {
        String key = "history.next." + code;
        String text = ServiceMessages.format(locale, key);
        return text.equals(key) ? "" : text;
    }

    public static boolean isFinal(String code) {
        return FINAL.contains(code);
    }
}
