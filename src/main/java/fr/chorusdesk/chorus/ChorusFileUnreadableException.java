package fr.chorusdesk.chorus;

import fr.chorusdesk.chorus.api.ChorusOperation;
import java.util.List;

/**
 * The file to upload could not be read, vanished, or changed while it was being sent. The
 * request never went out whole, so Chorus Pro cannot have received it.
 */
public final class ChorusFileUnreadableException extends ChorusException {

    private static final long serialVersionUID = 1L;

    ChorusFileUnreadableException(ChorusOperation operation, String messageKey, Throwable cause) {
        super("File to upload unusable on " + opName(operation) + ": " + cause.getClass().getSimpleName() + " "
                + cause.getMessage(), operation, 0, messageKey, List.of(), false, cause);
    }
}
