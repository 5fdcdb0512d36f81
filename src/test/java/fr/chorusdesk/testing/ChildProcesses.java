package fr.chorusdesk.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Bounded waits on a child process: a read of its output or a wait for its end fails the test
 * after a time limit instead of hanging the build. A blocking read cannot be interrupted, so it
 * runs on its own daemon thread; destroying the process ends it.
 */
public final class ChildProcesses {

    private ChildProcesses() {
    }

    /**
     * The process's output up to and including the first occurrence of {@code marker}.
     *
     * @throws AssertionError when the marker is not printed within {@code limit} or the output ends first
     */
    public static String readUntil(Process process, String marker, Duration limit) {
        return await(process, limit, "\"" + marker + "\"", () -> {
            StringBuilder read = new StringBuilder();
            Reader reader = new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8);
            for (int c = reader.read(); c >= 0; c = reader.read()) {
                read.append((char) c);
                if (read.indexOf(marker) >= 0) {
                    return read.toString();
                }
            }
            throw new AssertionError("the output ended before \"" + marker + "\":\n" + read);
        });
    }

    /** All the process prints until it closes its output. */
    public static String readAll(Process process, Duration limit) {
        return await(process, limit, "the end of the output", () -> {
            try (InputStream in = process.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        });
    }

    /** Waits for the process to end; kills it and fails when it outlives {@code limit}. */
    public static int awaitExit(Process process, Duration limit) throws InterruptedException {
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the child process did not end within " + limit);
        }
        return process.exitValue();
    }

    private interface Read {
        String read() throws IOException;
    }

    private static String await(Process process, Duration limit, String what, Read read) {
        CompletableFuture<String> result = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                result.complete(read.read());
            } catch (IOException e) {
                result.completeExceptionally(new UncheckedIOException(e));
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        }, "child-output-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            return result.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            process.destroyForcibly();
            throw new AssertionError("no " + what + " from the child process within " + limit, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new AssertionError("reading the child process failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new AssertionError("interrupted while waiting for " + what, e);
        }
    }
}
