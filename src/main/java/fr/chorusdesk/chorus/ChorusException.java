package fr.chorusdesk.chorus;

import fr.chorusdesk.chorus.api.ChorusOperation;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Base of every failure of a Chorus Pro call. {@link #getMessage()} is a technical English text
 * for logs; {@link #userMessage()} is the French sentence to show (what happened, what to do).
 * Neither ever contains a credential or a token.
 */
public class ChorusException extends Exception {

    private static final long serialVersionUID = 1L;
    private static final String RESEND_ADVICE_BUILT_IN = "chorus.error.timeout.send";

    private final transient ChorusOperation operation;
    private final int httpStatus;
    private final String messageKey;
    private final transient List<Object> messageArgs;
    private final boolean mayHaveBeenReceived;

    protected ChorusException(String technicalMessage, ChorusOperation operation, int httpStatus, String messageKey,
            List<Object> messageArgs, boolean mayHaveBeenReceived, Throwable cause) {
        super(technicalMessage, cause);
        this.operation = operation;
        this.httpStatus = httpStatus;
        this.messageKey = messageKey;
        this.messageArgs = List.copyOf(messageArgs);
        this.mayHaveBeenReceived = mayHaveBeenReceived;
    }

    /** The operation that failed; empty when the token request failed. */
    public Optional<ChorusOperation> operation() {
        return Optional.ofNullable(operation);
    }

    /** HTTP status of the answer, when there was one. */
    public OptionalInt httpStatus() {
        return httpStatus > 0 ? OptionalInt.of(httpStatus) : OptionalInt.empty();
    }

    /** Key of the user message in the message bundle (for callers that resolve texts themselves). */
    public String messageKey() {
        return messageKey;
    }

    public List<Object> messageArgs() {
        return messageArgs;
    }

    /**
     * True when a call that creates something (upload, submission, flow deposit) failed after the
     * request may have reached Chorus Pro. The caller should then look the invoice up with
     * rechercherFactureParFournisseur before sending it again.
     */
    public boolean mayHaveBeenReceived() {
        return mayHaveBeenReceived;
    }

    /** The message for the user, in French. */
    public String userMessage() {
        return userMessage(ChorusMessages.DEFAULT_LOCALE);
    }

    public String userMessage(Locale locale) {
        return withResendAdvice(locale, ChorusMessages.format(locale, messageKey, messageArgs.toArray()));
    }

    /** Adds the "check before resending" advice when the sending may have landed. */
    protected final String withResendAdvice(Locale locale, String message) {
        if (!mayHaveBeenReceived || RESEND_ADVICE_BUILT_IN.equals(messageKey)) {
            return message;
        }
        return message + " " + ChorusMessages.format(locale, "chorus.error.checkBeforeResend");
    }

    static String opName(ChorusOperation operation) {
        return operation == null ? "token" : operation.apiName();
    }
}
