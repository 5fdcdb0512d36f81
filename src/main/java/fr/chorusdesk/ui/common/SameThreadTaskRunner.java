package fr.chorusdesk.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs the work and its outcome on the calling thread: for tests of view-models. */
public final class SameThreadTaskRunner implements TaskRunner {

    @Override
    public <T> TaskHandle run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception failure) {
            onFailure.accept(failure);
            return TaskHandle.DONE;
        }
        onSuccess.accept(result);
        return TaskHandle.DONE;
    }
}
