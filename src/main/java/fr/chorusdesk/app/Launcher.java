package fr.chorusdesk.app;

/**
 * Process entry point for the jar and {@code mvn javafx:run}.
 *
 * <p>Deliberately not a JavaFX {@code Application}: a main class extending it fails on the
 * classpath ("JavaFX runtime components are missing"), and the command-line subcommands must
 * run without starting the toolkit at all.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        AppPaths paths = AppPaths.fromSystem();
        try {
            paths.createPrivateDirectories();
        } catch (java.io.IOException e) {
            // not fatal here: the command that needs the directory reports its own error
            System.err.println("ChorusDesk: cannot prepare " + paths.dataDirectory() + ": " + e.getMessage());
        }
        // read by logback.xml; set before the first logger exists
        System.setProperty("chorusdesk.logdir", paths.logDirectory().toString());
        int code = new CommandLine(System.out, System.err, paths).run(args);
        if (code != CommandLine.KEEP_RUNNING) {
            System.exit(code);
        }
    }
}
