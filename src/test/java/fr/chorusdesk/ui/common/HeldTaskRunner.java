package fr.chorusdesk.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Holds each task until the test releases it, to answer in any order; a cancelled task delivers
 * nothing when released, as with the app's runner.
 */
public final class HeldTaskRunner implements TaskRunner {

    public final Deque<Runnable> held = new ArrayDeque<>();

    @Override
    public <T> TaskHandle run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        Cancellable handle = new Cancellable();
        Consumer<T> success = handle.guard(onSuccess::accept);
        Consumer<Throwable> failure = handle.guard(onFailure::accept);
        held.add(() -> new SameThreadTaskRunner().run(work, success, failure));
        return handle;
    }
}
