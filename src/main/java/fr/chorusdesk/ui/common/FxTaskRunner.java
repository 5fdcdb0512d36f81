package fr.chorusdesk.ui.common;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;

/** Background threads for the work, {@link Platform#runLater} for the outcome. */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {

    private final ExecutorService executor;
    private final Executor fxThread;

    public FxTaskRunner() {
        this(Platform::runLater);
    }

    /** @param fxThread where outcomes are delivered; tests wrap {@code Platform::runLater} to see each post */
    FxTaskRunner(Executor fxThread) {
        this.fxThread = Objects.requireNonNull(fxThread);
        AtomicInteger count = new AtomicInteger();
        // daemon threads: a stuck network call must never keep the process alive after the window closes
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "chorusdesk-task-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> TaskHandle run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        Objects.requireNonNull(work);
        Cancellable handle = new Cancellable();
        Consumer<T> success = handle.guard(onSuccess::accept);
        Consumer<Throwable> failure = handle.guard(onFailure::accept);
        Future<?> running;
        try {
            running = executor.submit(() -> {
                if (handle.isCancelled()) {
                    return;
                }
                try {
                    T result = work.call();
                    // checked again on the FX thread, where cancel() is called: no answer slips through
                    fxThread.execute(() -> success.accept(result));
                } catch (Throwable thrown) {
                    fxThread.execute(() -> failure.accept(thrown));
                }
            });
        } catch (RejectedExecutionException closed) {
            // the window is closing: an outcome that asks for more work (a check that chains the next
            // one) gets nothing, as if cancelled, instead of an error on the FX thread
            handle.cancel();
            return handle;
        }
        // work not started yet never starts; started work ends on its own and its answer is dropped
        handle.onCancel(() -> running.cancel(false));
        return handle;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
