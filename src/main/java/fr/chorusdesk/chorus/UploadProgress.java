package fr.chorusdesk.chorus;

/**
 * Told how much of a file has gone out while it is uploaded (ajouterFichierDansSysteme,
 * deposerFluxFacture). Called on the sending thread, a few hundred times at most per file; a
 * resend after an HTTP 401 starts again from 0.
 */
@FunctionalInterface
public interface UploadProgress {

    /** Does nothing. */
    UploadProgress NONE = (sent, total) -> { };

    /** {@code sentBytes} of the file's {@code totalBytes} were written to the connection. */
    void sent(long sentBytes, long totalBytes);
}
