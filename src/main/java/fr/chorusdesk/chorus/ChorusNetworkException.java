package fr.chorusdesk.chorus;

import fr.chorusdesk.chorus.api.ChorusOperation;
import java.util.List;

/** Chorus Pro could not be reached, or the connection broke, or the call was interrupted. */
public final class ChorusNetworkException extends ChorusException {

    private static final long serialVersionUID = 1L;

    ChorusNetworkException(ChorusOperation operation, String messageKey, boolean mayHaveBeenReceived,
            Throwable cause) {
        super("Network failure on " + opName(operation) + ": " + (cause == null ? "" : cause.getClass().getSimpleName()
                + " " + cause.getMessage()), operation, 0, messageKey, List.of(), mayHaveBeenReceived, cause);
    }
}
