package fr.chorusdesk.chorus;

import fr.chorusdesk.chorus.api.ChorusOperation;
import java.util.List;

/**
 * No answer in time. After an upload, submission or flow deposit the request may still have been
 * processed: {@link #mayHaveBeenReceived()} is then true and the message says to check before resending.
 */
public final class ChorusTimeoutException extends ChorusException {

    private static final long serialVersionUID = 1L;

    ChorusTimeoutException(ChorusOperation operation, boolean mayHaveBeenReceived, Throwable cause) {
        super("No answer in time from " + opName(operation), operation, 0,
                mayHaveBeenReceived ? "chorus.error.timeout.send" : "chorus.error.timeout.read", List.of(),
                mayHaveBeenReceived, cause);
    }
}
