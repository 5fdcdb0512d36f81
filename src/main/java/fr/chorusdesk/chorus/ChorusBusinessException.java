package fr.chorusdesk.chorus;

import fr.chorusdesk.chorus.api.ChorusOperation;
import java.util.List;
import java.util.Locale;

/**
 * Chorus Pro refused the request: a non-zero {@code codeRetour}, with HTTP 200 or 4xx/5xx. Codes
 * mean different things per operation, so callers key on {@link #operation()} and
 * {@link #codeRetour()}; the user always sees {@link #libelle()}.
 */
public final class ChorusBusinessException extends ChorusException {

    private static final long serialVersionUID = 1L;
    /** Longer labels are cut in messages: a dialog is no place for a page of text (or a body pasted in). */
    static final int MAX_SHOWN_LIBELLE = 300;

    private final int codeRetour;
    private final String libelle;

    ChorusBusinessException(ChorusOperation operation, int httpStatus, int codeRetour, String libelle) {
        super("Chorus Pro " + operation.apiName() + " refused: HTTP " + httpStatus + ", codeRetour " + codeRetour
                + ", libelle " + shown(libelle), operation, httpStatus, "chorus.error.business",
                List.of(operation.apiName(), Integer.toString(codeRetour), shown(libelle)), false, null);
        this.codeRetour = codeRetour;
        this.libelle = libelle;
    }

    public int codeRetour() {
        return codeRetour;
    }

    /** The platform's label of the error (a text or a message code such as {@code GDP_MSG_11.033}). */
    public String libelle() {
        return libelle == null ? "" : libelle;
    }

    @Override
    public String userMessage(Locale locale) {
        return ChorusMessages.format(locale, messageKey(),
                ChorusMessages.operationLabel(locale, operation().orElseThrow().apiName()),
                Integer.toString(codeRetour), shown(libelle));
    }

    /**
     * The label as a message shows it: control and formatting characters (terminal escapes,
     * direction overrides) as spaces, runs of blanks as one, at most {@link #MAX_SHOWN_LIBELLE}
     * characters.
     */
    static String shown(String libelle) {
        if (libelle == null) {
            return "";
        }
        String clean = libelle.replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]", " ").replaceAll("\\s+", " ").strip();
        if (clean.codePointCount(0, clean.length()) <= MAX_SHOWN_LIBELLE) {
            return clean;
        }
        return clean.substring(0, clean.offsetByCodePoints(0, MAX_SHOWN_LIBELLE)) + "…";
    }
}
