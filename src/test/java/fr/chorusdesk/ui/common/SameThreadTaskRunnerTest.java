package fr.chorusdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class SameThreadTaskRunnerTest {

    private final TaskRunner runner = new SameThreadTaskRunner();

    @Test
    void deliversTheResult() {
        AtomicReference<Object> seen = new AtomicReference<>();
        runner.run(() -> 42, seen::set, seen::set);
        assertThat(seen.get()).isEqualTo(42);
    }

    @Test
    void deliversTheFailure() {
        AtomicReference<Object> seen = new AtomicReference<>();
        IOException failure = new IOException("disk full");
        runner.run(() -> {
            throw failure;
        }, seen::set, seen::set);
        assertThat(seen.get()).isSameAs(failure);
    }
}
