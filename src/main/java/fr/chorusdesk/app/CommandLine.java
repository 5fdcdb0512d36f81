package fr.chorusdesk.app;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * The one place where process arguments are parsed. Without arguments the desktop app opens,
 * with a PDF path it opens on that file (how installers hand over a double-clicked PDF);
 * subcommands serve scripts and support.
 */
public final class CommandLine {

    /** Returned when the command started something (the window, a server) that owns the exit. */
    public static final int KEEP_RUNNING = -1;
    public static final int OK = 0;
    public static final int USAGE = 64;

    static final String USAGE_TEXT = """
            Usage: java -jar chorusdesk.jar [options] [command | FILE.pdf]

            Without a command, opens the ChorusDesk window; with a PDF file, opens it in a
            new deposit (the wizard's PDF step).

            Options:
              --smoke            open the main window, print first-frame-ms=N and exit
              --lang=fr|en       user-interface language for this run
              -h, --help         show this help

            Commands:
              inspect [--lang=fr|en] [--no-validation] FILE.pdf
                                 print the pre-flight report and invoice data of a PDF as JSON
                                 (exit 0: would pass, 1: a check fails, 2: unreadable)
              sandbox [--port N] [--state DIR] [--step SECONDS]
                                 run the local Chorus Pro sandbox until stopped (Ctrl-C);
                                 prints its URLs and the demo credentials
              submit --profile NAME [--dry-run] FILE.pdf... | FILE.csv
                                 send invoices with no window, one JSON line each
                                 (exit 0: all sent, 1: some not sent, 2: usage error;
                                 submit --help for the options)

            Data directory: the platform's per-user place, or -Dchorusdesk.home=DIR.
            """;

    private final PrintStream out;
    private final PrintStream err;
    private final AppPaths paths;

    public CommandLine(PrintStream out, PrintStream err, AppPaths paths) {
        this.out = out;
        this.err = err;
        this.paths = paths;
    }

    public int run(String[] args) {
        List<String> rest = Arrays.asList(args);
        if (!rest.isEmpty() && rest.get(0).equals("submit")) {
            return new SubmitCommand(out, err, paths).run(rest.subList(1, rest.size()).toArray(String[]::new));
        }
        if (rest.contains("--help") || rest.contains("-h")) {
            out.print(USAGE_TEXT);
            return OK;
        }
        if (!rest.isEmpty() && !rest.get(0).startsWith("-")) {
            String command = rest.get(0);
            String[] commandArgs = rest.subList(1, rest.size()).toArray(String[]::new);
            switch (command) {
                case "inspect":
                    return new InspectCommand(out, err).run(commandArgs);
                case "sandbox":
                    return new SandboxCommand(out, err, paths).run(commandArgs);
                default:
                    if (!LaunchOptions.isPdfArgument(command)) {
                        return usageError("Unknown command: " + command);
                    }
            }
        }
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            return usageError(e.getMessage());
        }
        new DesktopApp(paths, options, out).start();
        return KEEP_RUNNING;
    }

    private int usageError(String message) {
        err.println(message);
        err.print(USAGE_TEXT);
        return USAGE;
    }
}
