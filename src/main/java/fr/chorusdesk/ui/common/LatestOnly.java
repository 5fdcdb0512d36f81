package fr.chorusdesk.ui.common;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Requests of which only the newest matters (a search as it is typed, the file chosen last, the
 * profile picked last): each new one cancels the one before, so an older answer can never land
 * after a newer one, whatever order the answers come back in. Used from the thread outcomes are
 * delivered on (the FX thread in the app).
 */
public final class LatestOnly {

    private final TaskRunner runner;
    private TaskHandle latest = TaskHandle.DONE;

    public LatestOnly(TaskRunner runner) {
        this.runner = Objects.requireNonNull(runner);
    }

    /** Cancels the previous request, then runs this one. */
    public <T> TaskHandle run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        latest.cancel();
        Cancellable mine = new Cancellable();
        // set before running: a runner on the same thread may deliver, and start a newer request, at once
        latest = mine;
        Consumer<T> success = mine.guard(onSuccess::accept);
        Consumer<Throwable> failure = mine.guard(onFailure::accept);
        TaskHandle inner = runner.run(work, success, failure);
        mine.onCancel(inner::cancel);
        return mine;
    }

    /** Drops the request under way, if any: its answer will not be delivered. */
    public void cancel() {
        latest.cancel();
    }
}
