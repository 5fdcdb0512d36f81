package fr.chorusdesk.ui.common;

/**
 * A task handed to a {@link TaskRunner}. Cancelling it means its outcome is never delivered; the
 * work itself stops only if it had not started yet (PDFBox and a socket read cannot be stopped
 * half-way without damage, so a started task runs to its end and its answer is dropped).
 */
public interface TaskHandle {

    /** A task already over: cancelling it changes nothing. */
    TaskHandle DONE = new TaskHandle() {
        @Override
        public void cancel() {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** Its outcome will not be delivered; call it on the thread outcomes are delivered on. */
    void cancel();

    boolean isCancelled();
}
