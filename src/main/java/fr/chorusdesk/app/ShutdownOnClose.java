package fr.chorusdesk.app;

import fr.chorusdesk.service.DemoSandboxService;
import fr.chorusdesk.ui.common.FxTaskRunner;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntConsumer;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What closing the main window sets going. It runs on the FX thread, so it only starts things:
 * the background tasks are cancelled and the demo sandbox stops on its own thread. The process
 * then ends by itself once the sandbox is stopped; if stopping fails or takes longer than the
 * limit, it is ended anyway, so a stuck stop never leaves a windowless process behind.
 */
final class ShutdownOnClose {

    /** Long enough for the sandbox's own bounded stop (about two seconds at worst). */
    static final Duration STOP_LIMIT = Duration.ofSeconds(5);

    /** Looked up when needed: this class exists before the first frame, logging only after it. */
    private static Logger log() {
        return LoggerFactory.getLogger(ShutdownOnClose.class);
    }

    private final Optional<DemoSandboxService> demo;
    private final FxTaskRunner tasks;
    private final Duration limit;
    private final IntConsumer exit;

    /** @param exit ends the process with a status ({@code System::exit} in the app) */
    ShutdownOnClose(Optional<DemoSandboxService> demo, FxTaskRunner tasks, Duration limit, IntConsumer exit) {
        this.demo = Objects.requireNonNull(demo);
        this.tasks = Objects.requireNonNull(tasks);
        this.limit = Objects.requireNonNull(limit);
        this.exit = Objects.requireNonNull(exit);
    }

    void attachTo(Stage stage) {
        stage.setOnHidden(event -> windowHidden());
    }

    /**
     * Starts the stops and returns at once.
     *
     * @return the daemon thread watching the sandbox's stop (tests wait for it)
     */
    Thread windowHidden() {
        tasks.close();
        CompletableFuture<Void> stopped = demo.map(DemoSandboxService::closeInBackground)
                .orElseGet(() -> CompletableFuture.completedFuture(null));
        Thread watcher = new Thread(() -> exitIfNotStopped(stopped), "chorusdesk-shutdown");
        // a daemon: when the stop succeeds the process ends without waiting for this thread
        watcher.setDaemon(true);
        watcher.start();
        return watcher;
    }

    private void exitIfNotStopped(CompletableFuture<Void> stopped) {
        try {
            stopped.get(limit.toMillis(), TimeUnit.MILLISECONDS);
            return;
        } catch (TimeoutException e) {
            log().warn("The demo sandbox did not stop within {} s; ending the process anyway", limit.toSeconds());
        } catch (ExecutionException e) {
            log().error("The demo sandbox could not be stopped; ending the process anyway", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        exit.accept(0);
    }
}
