package fr.chorusdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Only the newest request is answered, whatever order the answers come back in. No FX thread. */
class LatestOnlyTest {

    private final HeldTaskRunner runner = new HeldTaskRunner();
    private final LatestOnly latest = runner.latestOnly();
    private final List<String> answers = new ArrayList<>();

    @Test
    void anOlderAnswerArrivingLastIsDropped() {
        latest.run(() -> "old", answers::add, e -> answers.add("failed"));
        latest.run(() -> "new", answers::add, e -> answers.add("failed"));
        Runnable older = runner.held.poll();
        runner.held.poll().run();
        older.run();

        assertThat(answers).containsExactly("new");
    }

    @Test
    void anOlderFailureArrivingLastIsDroppedToo() {
        latest.<String>run(() -> {
            throw new IllegalStateException("old");
        }, answers::add, e -> answers.add("failed " + e.getMessage()));
        latest.run(() -> "new", answers::add, e -> answers.add("failed"));
        Runnable older = runner.held.poll();
        runner.held.poll().run();
        older.run();

        assertThat(answers).containsExactly("new");
    }

    @Test
    void cancellingDropsTheRequestUnderWayAndTheNextOneIsAnsweredAgain() {
        TaskHandle first = latest.run(() -> "first", answers::add, e -> { });
        latest.cancel();
        assertThat(first.isCancelled()).isTrue();
        runner.held.poll().run();
        assertThat(answers).isEmpty();

        latest.run(() -> "second", answers::add, e -> { });
        runner.held.poll().run();
        assertThat(answers).containsExactly("second");
    }

    @Test
    void aRequestMadeFromAnAnswerOnTheSameThreadIsTheNewestOne() {
        LatestOnly sameThread = new SameThreadTaskRunner().latestOnly();
        sameThread.run(() -> "outer", outer -> {
            answers.add(outer);
            sameThread.run(() -> "inner", answers::add, e -> { });
        }, e -> { });
        sameThread.run(() -> "last", answers::add, e -> { });

        assertThat(answers).containsExactly("outer", "inner", "last");
    }

    @Test
    void independentSequencesDoNotCancelEachOther() {
        LatestOnly other = runner.latestOnly();
        latest.run(() -> "mine", answers::add, e -> { });
        other.run(() -> "theirs", answers::add, e -> { });
        runner.held.poll().run();
        runner.held.poll().run();

        assertThat(answers).containsExactly("mine", "theirs");
    }
}
