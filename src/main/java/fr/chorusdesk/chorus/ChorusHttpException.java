package fr.chorusdesk.chorus;

import fr.chorusdesk.chorus.api.ChorusOperation;
import java.util.List;

/** An HTTP error with no Chorus Pro error body: 404, 415, 429, 5xx... */
public final class ChorusHttpException extends ChorusException {

    private static final long serialVersionUID = 1L;

    ChorusHttpException(ChorusOperation operation, int httpStatus, boolean mayHaveBeenReceived) {
        super("HTTP " + httpStatus + " from " + opName(operation), operation, httpStatus, keyFor(httpStatus),
                List.of(Integer.toString(httpStatus)), mayHaveBeenReceived, null);
    }

    private static String keyFor(int status) {
        if (status == 404) {
            return "chorus.error.http.notFound";
        }
        if (status == 429) {
            return "chorus.error.http.tooManyRequests";
        }
        if (status >= 500) {
            return "chorus.error.http.unavailable";
        }
        return "chorus.error.http.other";
    }
}
