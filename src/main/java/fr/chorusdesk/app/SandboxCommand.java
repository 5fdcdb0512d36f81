package fr.chorusdesk.app;

import fr.chorusdesk.sandbox.ChorusSandbox;
import fr.chorusdesk.sandbox.DemoCredentials;
import fr.chorusdesk.sandbox.SandboxConfig;
import fr.chorusdesk.sandbox.SandboxInUseException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.CountDownLatch;

/**
 * {@code sandbox [--port N] [--state DIR] [--step SECONDS]}: the local Chorus Pro emulator, alone,
 * until stopped (Ctrl-C or SIGTERM). Prints its URLs and the public demo credentials so any
 * Chorus Pro client can be tried against it.
 */
final class SandboxCommand {

    private final PrintStream out;
    private final PrintStream err;
    private final AppPaths paths;

    SandboxCommand(PrintStream out, PrintStream err, AppPaths paths) {
        this.paths = paths;
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        ResourceBundle messages = Languages.bundle(Languages.choose(Optional.empty(), Locale.getDefault()));
        int port = 0;
        Optional<Path> state = Optional.empty();
        Duration step = SandboxConfig.DEFAULT_STEP;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--port" -> port = Integer.parseInt(value(args, ++i));
                    case "--state" -> state = Optional.of(Path.of(value(args, ++i)));
                    case "--step" -> step = Duration.ofSeconds(Long.parseLong(value(args, ++i)));
                    default -> throw new IllegalArgumentException(args[i]);
                }
            }
            SandboxConfig config = new SandboxConfig(port, state.orElseGet(paths::sandboxDirectory),
                    step, Clock.systemUTC());
            return serve(config, messages);
        } catch (IllegalArgumentException e) {
            err.println(MessageFormat.format(messages.getString("sandbox.command.usage"), e.getMessage()));
            return CommandLine.USAGE;
        } catch (SandboxInUseException e) {
            err.println(MessageFormat.format(messages.getString("sandbox.command.inUse"),
                    state.orElseGet(paths::sandboxDirectory)));
            return 1;
        } catch (UncheckedIOException e) {
            err.println(MessageFormat.format(messages.getString("sandbox.command.cannotStart"),
                    String.valueOf(port), e.getCause().getMessage()));
            return 1;
        }
    }

    private static String value(String[] args, int index) {
        if (index >= args.length) {
            throw new IllegalArgumentException(args[index - 1]);
        }
        return args[index];
    }

    private int serve(SandboxConfig config, ResourceBundle messages) {
        ChorusSandbox sandbox = ChorusSandbox.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.close();
            stopped.countDown();
        }, "chorus-sandbox-shutdown"));
        DemoCredentials demo = sandbox.credentials();
        out.println(MessageFormat.format(messages.getString("sandbox.command.started"), sandbox.apiBaseUrl()));
        out.println(MessageFormat.format(messages.getString("sandbox.command.tokenUrl"), sandbox.tokenUrl()));
        out.println(MessageFormat.format(messages.getString("sandbox.command.clientId"), demo.clientId()));
        out.println(MessageFormat.format(messages.getString("sandbox.command.clientSecret"), demo.clientSecret()));
        out.println(MessageFormat.format(messages.getString("sandbox.command.technicalLogin"), demo.technicalLogin()));
        out.println(MessageFormat.format(messages.getString("sandbox.command.technicalPassword"),
                demo.technicalPassword()));
        out.println(MessageFormat.format(messages.getString("sandbox.command.cproAccount"), demo.cproAccountHeader()));
        out.println(MessageFormat.format(messages.getString("sandbox.command.state"), config.stateDirectory()));
        out.println(messages.getString("sandbox.command.stop"));
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            sandbox.close();
        }
        return CommandLine.OK;
    }
}
