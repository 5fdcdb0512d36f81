package fr.chorusdesk.chorus;

import fr.chorusdesk.chorus.api.ChorusOperation;
import java.io.IOException;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * Reads an answer's body into memory, up to {@link #MAX_BYTES}. Chorus Pro's largest answer used
 * here (a page of invoices) is a few hundred kilobytes; a body of gigabytes (a proxy's error, a
 * misdirected download) would otherwise exhaust the heap before any check could refuse it.
 */
final class AnswerBody {

    /** The same bound as an invoice XML read from a PDF. */
    static final long MAX_BYTES = 16L * 1024 * 1024;

    private AnswerBody() {
    }

    /**
     * @param operation null for the token request
     * @throws ChorusUnexpectedResponseException when the body is longer than {@link #MAX_BYTES}
     */
    static byte[] read(ResponseBody body, ChorusOperation operation, int status) throws IOException,
            ChorusUnexpectedResponseException {
        if (body.contentLength() > MAX_BYTES) {
            throw tooLarge(operation, status);
        }
        BufferedSource source = body.source();
        if (source.request(MAX_BYTES + 1)) {
            throw tooLarge(operation, status);
        }
        return source.readByteArray();
    }

    private static ChorusUnexpectedResponseException tooLarge(ChorusOperation operation, int status) {
        // the server answered, so a sending operation has reached it
        boolean sending = operation != null && !operation.readOnly();
        return new ChorusUnexpectedResponseException(operation, status, ChorusUnexpectedResponseException.Kind.MALFORMED,
                "answer over " + MAX_BYTES + " bytes", sending, null);
    }
}
