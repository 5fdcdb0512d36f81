package fr.chorusdesk.service;

import java.time.Duration;
import java.util.Objects;

/**
 * How a deposited flow's report is followed: at most {@code maxPolls} calls to consulterCRDetaille,
 * {@code interval} apart. After that the submission returns a receipt still in progress, to be
 * followed later, rather than keeping the user waiting.
 *
 * @param pacer waits between two polls; tests pass one that moves their clock instead of sleeping
 */
public record FlowPolling(Duration interval, int maxPolls, Pacer pacer) {

    /** Waits between two polls. */
    @FunctionalInterface
    public interface Pacer {
        void pause(Duration duration) throws InterruptedException;

        /** Really waits (the default). */
        static Pacer sleeping() {
            return duration -> Thread.sleep(duration.toMillis());
        }
    }

    /** Every 10 s for up to 3 minutes; a flow that takes longer is followed later from its number. */
    public static FlowPolling defaults() {
        return new FlowPolling(Duration.ofSeconds(10), 18, Pacer.sleeping());
    }

    public FlowPolling {
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(pacer, "pacer");
        if (maxPolls < 1) {
            throw new IllegalArgumentException("maxPolls must be at least 1");
        }
    }
}
