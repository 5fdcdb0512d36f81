package fr.chorusdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class FxTaskRunnerTest {

    private static FxTaskRunner runner;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        runner = new FxTaskRunner();
    }

    @AfterAll
    static void close() {
        runner.close();
    }

    @Test
    void runsWorkOffTheFxThreadAndDeliversOnIt() throws Exception {
        CompletableFuture<Boolean> workOnFx = new CompletableFuture<>();
        CompletableFuture<Boolean> outcomeOnFx = new CompletableFuture<>();
        runner.run(() -> {
            workOnFx.complete(Platform.isFxApplicationThread());
            return "done";
        }, result -> outcomeOnFx.complete(Platform.isFxApplicationThread() && result.equals("done")),
                outcomeOnFx::completeExceptionally);
        assertThat(workOnFx.get(10, TimeUnit.SECONDS)).isFalse();
        assertThat(outcomeOnFx.get(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void deliversFailuresOnTheFxThread() throws Exception {
        CompletableFuture<String> failure = new CompletableFuture<>();
        runner.<String>run(() -> {
            throw new IllegalStateException("boom");
        }, failure::complete,
                error -> failure.complete(Platform.isFxApplicationThread() + ":" + error.getMessage()));
        assertThat(failure.get(10, TimeUnit.SECONDS)).isEqualTo("true:boom");
    }

    @Test
    void aCancelledTaskDeliversNothingEvenWhenItsWorkEnds() throws Exception {
        java.util.concurrent.CountDownLatch posted = new java.util.concurrent.CountDownLatch(1);
        FxTaskRunner seen = new FxTaskRunner(update -> {
            Platform.runLater(update);
            posted.countDown();
        });
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        CompletableFuture<Boolean> started = new CompletableFuture<>();
        java.util.List<Object> delivered = new java.util.concurrent.CopyOnWriteArrayList<>();
        try {
            TaskHandle handle = seen.run(() -> {
                started.complete(true);
                go.await(10, TimeUnit.SECONDS);
                return "late";
            }, delivered::add, delivered::add);
            assertThat(started.get(10, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<Void> cancelled = new CompletableFuture<>();
            Platform.runLater(() -> {
                handle.cancel();
                cancelled.complete(null);
            });
            cancelled.get(10, TimeUnit.SECONDS);
            go.countDown();
            // the outcome was posted to the FX thread; once that thread has run it, nothing arrived
            assertThat(posted.await(10, TimeUnit.SECONDS)).isTrue();
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            assertThat(handle.isCancelled()).isTrue();
            assertThat(delivered).isEmpty();
        } finally {
            seen.close();
        }
    }

    @Test
    void workAskedOfAClosedRunnerIsDroppedAsIfCancelled() {
        FxTaskRunner closed = new FxTaskRunner();
        closed.close();
        java.util.List<Object> delivered = new java.util.concurrent.CopyOnWriteArrayList<>();
        TaskHandle handle = closed.run(() -> "never", delivered::add, delivered::add);
        assertThat(handle.isCancelled()).isTrue();
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(delivered).isEmpty();
    }
}
