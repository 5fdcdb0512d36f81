package fr.chorusdesk.app;

import java.io.PrintStream;

/** {@code sandbox [--port N]}: the local Chorus Pro emulator, alone, until stopped. */
final class SandboxCommand {

    private final PrintStream out;
    private final PrintStream err;

    SandboxCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        err.println("sandbox: not available yet");
        return 2;
    }
}
