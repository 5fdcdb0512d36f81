package fr.chorusdesk.pdf;

/** A page could not be rendered; {@link #messageKey()} tells the user why, in the bundle. */
public final class PdfRenderException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public PdfRenderException(String messageKey, Throwable cause) {
        super(messageKey, cause);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
