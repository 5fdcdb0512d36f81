package fr.chorusdesk.ui.common;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The handle a runner gives out: it wraps the task's callbacks so that, once cancelled, they
 * deliver nothing, whatever the runner does with them. Runners written for tests (holding tasks,
 * answering out of order) get cancellation for free by passing their callbacks through
 * {@link #guard}.
 */
public final class Cancellable implements TaskHandle {

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private volatile Runnable onCancel = () -> { };

    /** The consumer, silenced once this handle is cancelled. */
    public <T> Consumer<T> guard(Consumer<T> outcome) {
        Objects.requireNonNull(outcome);
        return value -> {
            if (!cancelled.get()) {
                outcome.accept(value);
            }
        };
    }

    /** Also run when cancelled (the runner's own way to drop work not started yet). */
    public void onCancel(Runnable action) {
        onCancel = Objects.requireNonNull(action);
        if (cancelled.get()) {
            action.run();
        }
    }

    @Override
    public void cancel() {
        if (cancelled.compareAndSet(false, true)) {
            onCancel.run();
        }
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get();
    }
}
