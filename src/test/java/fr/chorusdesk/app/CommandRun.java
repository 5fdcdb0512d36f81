package fr.chorusdesk.app;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs the command line in-process and keeps what it printed. A command that should return at
 * once but blocks (the {@code sandbox} command serving instead of refusing, say) fails the test
 * after {@link #LIMIT} instead of hanging it.
 */
final class CommandRun {

    static final Duration LIMIT = Duration.ofSeconds(30);

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Path home;
    private final Duration limit;

    CommandRun(Path home) {
        this(home, LIMIT);
    }

    /** With a longer limit, for a command that reads and sends invoices. */
    CommandRun(Path home, Duration limit) {
        this.home = home;
        this.limit = limit;
    }

    int run(String... args) {
        CompletableFuture<Integer> code = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                code.complete(new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8), new AppPaths(home)).run(args));
            } catch (Throwable t) {
                code.completeExceptionally(t);
            }
        }, "command-line");
        thread.setDaemon(true);
        thread.start();
        try {
            return code.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            thread.interrupt();
            throw new AssertionError("the command " + String.join(" ", args) + " did not return within " + limit, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    int outSize() {
        return out.size();
    }

    void resetOut() {
        out.reset();
    }
}
