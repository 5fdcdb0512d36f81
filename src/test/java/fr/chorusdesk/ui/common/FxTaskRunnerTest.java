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
}
