package fr.chorusdesk.service;

import fr.chorusdesk.domain.InvoiceDraft;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Saves the wizard's draft a short while after the last change (debounced), so typing does not
 * write a file per key stroke and a pause always leaves the latest state on disk. {@link #flush()}
 * saves at once (leaving a step, closing the window). Thread-safe; the save runs on the
 * scheduler's thread.
 */
public final class DraftAutosaver {

    /** Runs a task after a delay; the desktop uses a single daemon thread, tests a hand-moved one. */
    public interface Scheduler {
        /** Schedules the task; the returned handle cancels it if it has not started. */
        Cancellable schedule(Runnable task, Duration delay);

        /** On an executor (the desktop's: one daemon thread, so saves never overlap). */
        static Scheduler on(java.util.concurrent.ScheduledExecutorService executor) {
            return (task, delay) -> {
                java.util.concurrent.ScheduledFuture<?> future = executor.schedule(task, delay.toMillis(),
                        java.util.concurrent.TimeUnit.MILLISECONDS);
                return () -> future.cancel(false);
            };
        }
    }

    /** A scheduled task that can still be called off. */
    public interface Cancellable {
        void cancel();
    }

    /** Saves a draft; failures are reported to the error handler, the next change tries again. */
    public interface Saver {
        void save(InvoiceDraft draft) throws Exception;
    }

    private final Scheduler scheduler;
    private final Duration delay;
    private final Saver saver;
    private final Consumer<Exception> onError;
    private Optional<InvoiceDraft> pending = Optional.empty();
    private Optional<Cancellable> scheduled = Optional.empty();

    public DraftAutosaver(Scheduler scheduler, Duration delay, Saver saver, Consumer<Exception> onError) {
        this.scheduler = Objects.requireNonNull(scheduler);
        this.delay = Objects.requireNonNull(delay);
        this.saver = Objects.requireNonNull(saver);
        this.onError = Objects.requireNonNull(onError);
    }

    /** The draft changed: save this version once no other change came for the delay. */
    public synchronized void changed(InvoiceDraft draft) {
        pending = Optional.of(draft);
        scheduled.ifPresent(Cancellable::cancel);
        scheduled = Optional.of(scheduler.schedule(this::flush, delay));
    }

    /** Saves the latest change now, if one is waiting. */
    public void flush() {
        Optional<InvoiceDraft> toSave;
        synchronized (this) {
            toSave = pending;
            pending = Optional.empty();
            scheduled.ifPresent(Cancellable::cancel);
            scheduled = Optional.empty();
        }
        if (toSave.isPresent()) {
            try {
                saver.save(toSave.get());
            } catch (Exception e) {
                synchronized (this) {
                    // keep it: the next change or flush tries again rather than losing it
                    if (pending.isEmpty()) {
                        pending = toSave;
                    }
                }
                onError.accept(e);
            }
        }
    }

    /** Saves the latest change on the scheduler's thread as soon as it is free (leaving a step, sending). */
    public synchronized void flushSoon() {
        if (pending.isPresent()) {
            scheduled.ifPresent(Cancellable::cancel);
            scheduled = Optional.of(scheduler.schedule(this::flush, Duration.ZERO));
        }
    }

    /** True while a change has not reached the disk. */
    public synchronized boolean hasPendingChange() {
        return pending.isPresent();
    }
}
