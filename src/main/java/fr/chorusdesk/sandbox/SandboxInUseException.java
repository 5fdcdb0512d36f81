package fr.chorusdesk.sandbox;

import java.nio.file.Path;

/** Another sandbox (another ChorusDesk window, or the {@code sandbox} command) uses this state. */
public final class SandboxInUseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    SandboxInUseException(Path stateDirectory) {
        super("The sandbox state directory is in use by another sandbox: " + stateDirectory);
    }
}
