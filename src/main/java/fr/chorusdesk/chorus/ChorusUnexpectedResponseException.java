package fr.chorusdesk.chorus;

import fr.chorusdesk.chorus.api.ChorusOperation;
import java.util.List;

/** The answer was not the JSON Chorus Pro speaks: an HTML page (gateway, maintenance) or broken JSON. */
public final class ChorusUnexpectedResponseException extends ChorusException {

    private static final long serialVersionUID = 1L;

    /** What the body looked like. */
    public enum Kind {
        HTML("chorus.error.html"),
        MALFORMED("chorus.error.malformed");

        private final String messageKey;

        Kind(String messageKey) {
            this.messageKey = messageKey;
        }
    }

    private final Kind kind;

    ChorusUnexpectedResponseException(ChorusOperation operation, int httpStatus, Kind kind, String detail,
            boolean mayHaveBeenReceived, Throwable cause) {
        super("Unexpected " + kind + " answer to " + opName(operation) + ": HTTP " + httpStatus
                + (detail == null ? "" : " (" + detail + ")"), operation, httpStatus, kind.messageKey,
                List.of(Integer.toString(httpStatus)), mayHaveBeenReceived, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
