package fr.chorusdesk.chorus;

import java.io.IOException;

/**
 * The file being uploaded could not be read to the end, or did not match the size announced in
 * the request's Content-Length: the body stops short, so the server never gets a whole request.
 * Thrown from the body writer; the client turns it into a {@link ChorusFileUnreadableException}.
 */
final class UploadFileException extends IOException {

    private static final long serialVersionUID = 1L;

    private final boolean changed;

    private UploadFileException(String message, boolean changed, Throwable cause) {
        super(message, cause);
        this.changed = changed;
    }

    /** Reading or encoding failed: the cause says why (missing file, disk error, encoder failure). */
    static UploadFileException unreadable(String fileName, Throwable cause) {
        return new UploadFileException("Could not read " + fileName + " while sending it: "
                + cause.getClass().getSimpleName() + " " + cause.getMessage(), false, cause);
    }

    /** The file is shorter or longer than when the request was prepared. */
    static UploadFileException changed(String fileName, long expected, String found) {
        return new UploadFileException(fileName + " changed while being sent: " + expected + " bytes expected, "
                + found, true, null);
    }

    /** True when the file changed size during the upload rather than failing to read. */
    boolean changed() {
        return changed;
    }
}
