package fr.chorusdesk.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs slow work off the FX thread and hands the outcome back on it. The UI never blocks on
 * disk or network; tests substitute {@link SameThreadTaskRunner} to stay deterministic.
 */
public interface TaskRunner {

    /**
     * Runs the work; exactly one of the callbacks gets its outcome, unless the returned handle is
     * cancelled first.
     */
    <T> TaskHandle run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    /** A sequence of requests of which only the newest is answered. */
    default LatestOnly latestOnly() {
        return new LatestOnly(this);
    }
}
