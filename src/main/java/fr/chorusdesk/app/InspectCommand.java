package fr.chorusdesk.app;

import java.io.PrintStream;

/** {@code inspect FILE.pdf}: pre-flight report and invoice data as JSON. */
final class InspectCommand {

    private final PrintStream out;
    private final PrintStream err;

    InspectCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        err.println("inspect: not available yet");
        return 2;
    }
}
