package fr.chorusdesk.service;

/** A next action (completer, recycler, new draft) that could not be done; carries a French message. */
public final class HistoryActionException extends Exception {

    private static final long serialVersionUID = 1L;
    private final String userMessage;

    HistoryActionException(String technical, String userMessage, Throwable cause) {
        super(technical, cause);
        this.userMessage = userMessage;
    }

    /** What to tell the user, in the chosen language. */
    public String userMessage() {
        return userMessage;
    }
}
