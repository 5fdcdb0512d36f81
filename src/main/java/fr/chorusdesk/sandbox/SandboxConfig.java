package fr.chorusdesk.sandbox;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How to start a {@link ChorusSandbox}.
 *
 * @param port           TCP port on 127.0.0.1; 0 picks a free one
 * @param stateDirectory where the sandbox keeps its state between runs (created if absent)
 * @param stepDuration   time between two lifecycle statuses of an accepted invoice (accelerated clock)
 * @param clock          source of "now"; tests pass a controllable clock instead of sleeping
 */
public record SandboxConfig(int port, Path stateDirectory, Duration stepDuration, Clock clock) {

    /** One status step every 30 seconds: the five steps from deposit to payment take two and a half minutes. */
    public static final Duration DEFAULT_STEP = Duration.ofSeconds(30);

    public SandboxConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        Objects.requireNonNull(stateDirectory, "stateDirectory");
        Objects.requireNonNull(stepDuration, "stepDuration");
        Objects.requireNonNull(clock, "clock");
        if (stepDuration.isNegative() || stepDuration.isZero()) {
            throw new IllegalArgumentException("stepDuration must be positive");
        }
    }

    /** Free port, default step, system clock. */
    public static SandboxConfig defaults(Path stateDirectory) {
        return new SandboxConfig(0, stateDirectory, DEFAULT_STEP, Clock.systemUTC());
    }
}
