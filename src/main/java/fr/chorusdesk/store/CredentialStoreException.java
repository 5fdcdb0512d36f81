package fr.chorusdesk.store;

/** The operating system's credential store failed; the message names the key, never the secret. */
public final class CredentialStoreException extends Exception {

    private static final long serialVersionUID = 1L;

    public CredentialStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
