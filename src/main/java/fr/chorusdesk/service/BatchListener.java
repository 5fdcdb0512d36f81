package fr.chorusdesk.service;

import java.util.List;

/**
 * Told what changes in a batch, on the thread that changed it (a reading thread, the sending
 * thread, the caller of an edit), in order, while the batch holds its lock: hand the news over to
 * your own thread and return at once, without calling the batch back.
 */
public interface BatchListener {

    BatchListener NONE = rows -> { };

    /** These rows are new or changed. */
    void rowsChanged(List<BatchRow> rows);

    /** These rows left the batch. */
    default void rowsRemoved(List<String> ids) {
    }

    /** Of the PDFs being read, {@code done} are read. */
    default void readingProgress(int done, int total) {
    }

    /** Of the invoices being sent, {@code done} are settled (sent, refused or to check). */
    default void sendingProgress(int done, int total) {
    }
}
