package fr.chorusdesk.chorus;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Bounded exponential back-off for read-only operations (and the token request). Operations that
 * create something on Chorus Pro are never resent by the client, whatever this policy says.
 *
 * @param maxAttempts  attempts in all, first one included (1 = no retry)
 * @param initialDelay wait before the second attempt
 * @param multiplier   growth of the wait between later attempts
 * @param maxDelay     cap on any wait, including a server's {@code Retry-After}
 */
public record RetryPolicy(int maxAttempts, Duration initialDelay, double multiplier, Duration maxDelay) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        Objects.requireNonNull(initialDelay, "initialDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (multiplier < 1.0) {
            throw new IllegalArgumentException("multiplier must be at least 1");
        }
    }

    /** Three attempts, waiting 0.5 s then 1 s, never more than 8 s. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(3, Duration.ofMillis(500), 2.0, Duration.ofSeconds(8));
    }

    public static RetryPolicy none() {
        return new RetryPolicy(1, Duration.ZERO, 1.0, Duration.ZERO);
    }

    /**
     * Wait before attempt {@code nextAttempt} (2 for the first retry). A server's Retry-After wins
     * when longer than the computed back-off, within {@link #maxDelay}.
     */
    public Duration delayBefore(int nextAttempt, Optional<Duration> retryAfter) {
        double factor = Math.pow(multiplier, Math.max(0, nextAttempt - 2));
        Duration computed = Duration.ofMillis(Math.round(initialDelay.toMillis() * factor));
        Duration wanted = retryAfter.filter(r -> r.compareTo(computed) > 0).orElse(computed);
        return wanted.compareTo(maxDelay) > 0 ? maxDelay : wanted;
    }
}
