package fr.chorusdesk.service;

/**
 * Progress of a submission, called on the submitting thread: the UI hands it over to its own
 * thread. Both methods may be called several times.
 */
public interface SubmissionListener {

    /** Does nothing. */
    SubmissionListener NONE = step -> { };

    void stepStarted(SubmissionStep step);

    /** Bytes sent so far, out of {@code totalBytes}: of the PDF, then of the supporting documents together. */
    default void uploadProgress(long sentBytes, long totalBytes) {
    }
}
