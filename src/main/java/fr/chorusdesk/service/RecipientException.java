package fr.chorusdesk.service;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** Why a recipient cannot receive the invoice, with the sentence to show. */
public final class RecipientException extends Exception {

    private static final long serialVersionUID = 1L;

    /** The kinds of refusal; each has its message {@code recipient.error.<kind in camel case>}. */
    public enum Kind {
        /** Not 14 digits passing the check. */
        INVALID_SIRET("recipient.error.invalidSiret"),
        /** Chorus Pro knows no public structure with that SIRET. */
        NOT_FOUND("recipient.error.notFound"),
        /** The structure exists but no longer receives invoices. */
        INACTIVE_STRUCTURE("recipient.error.inactiveStructure"),
        /** The service code is not one of the recipient's. */
        UNKNOWN_SERVICE("recipient.error.unknownService"),
        /** The service exists but no longer receives invoices. */
        INACTIVE_SERVICE("recipient.error.inactiveService"),
        /** A search with neither name, postal code nor town. */
        SEARCH_CRITERIA_MISSING("recipient.error.searchCriteriaMissing"),
        /** A search with a postal code that is not five digits. */
        POSTAL_CODE_INVALID("recipient.error.postalCodeInvalid"),
        /** Chorus Pro could not be asked; the user message is the client's. */
        CHORUS_ERROR(null);

        private final String messageKey;

        Kind(String messageKey) {
            this.messageKey = messageKey;
        }
    }

    private final Kind kind;
    private final String subject;
    private final transient String chorusUserMessage;

    RecipientException(Kind kind, String subject) {
        super(kind + ": " + subject);
        this.kind = Objects.requireNonNull(kind);
        this.subject = subject;
        this.chorusUserMessage = null;
    }

    RecipientException(fr.chorusdesk.chorus.ChorusException cause) {
        super("Chorus Pro call failed: " + cause.getMessage(), cause);
        this.kind = Kind.CHORUS_ERROR;
        this.subject = "";
        this.chorusUserMessage = cause.userMessage();
    }

    public Kind kind() {
        return kind;
    }

    /** The SIRET or service code refused. */
    public String subject() {
        return subject;
    }

    /** The French sentence to show. */
    public String userMessage() {
        return userMessage(Locale.FRENCH);
    }

    public String userMessage(Locale locale) {
        if (kind == Kind.CHORUS_ERROR) {
            return Optional.ofNullable(chorusUserMessage).orElse(getMessage());
        }
        return ServiceMessages.format(locale, kind.messageKey, subject);
    }
}
