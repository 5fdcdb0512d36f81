package fr.chorusdesk.service;

/**
 * An action needs the active profile's Chorus Pro client and there is none yet: its credentials
 * are still being read, are missing from the keychain, or no supplier structure is chosen. Not a
 * bug: the user is told what to do (the Compte step).
 */
public final class NotConnectedException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public NotConnectedException(String technicalMessage) {
        super(technicalMessage);
    }
}
