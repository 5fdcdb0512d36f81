package fr.chorusdesk.sandbox;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Period;
import java.util.Objects;

/**
 * How to start a {@link ChorusSandbox}.
 *
 * @param port           TCP port on 127.0.0.1; 0 picks a free one
 * @param stateDirectory where the sandbox keeps its state between runs (created if absent)
 * @param stepDuration   time between two lifecycle statuses of an accepted invoice (accelerated clock)
 * @param clock          source of "now"; tests pass a controllable clock instead of sleeping
 * @param technicalPasswordValidity days from "now" to the demo technical account's password expiry
 *                       ({@code dateExpirationMotPasseCompteTech} of the supplier in consulterStructure);
 *                       a few days lets a test see the expiry warning
 * @param facturX        which Factur-X deposits are validated ({@link FacturXChecking#sourced()} by default)
 */
public record SandboxConfig(int port, Path stateDirectory, Duration stepDuration, Clock clock,
        Period technicalPasswordValidity, FacturXChecking facturX) {

    /** The demo password expires 300 days from now: far from the 30-day warning. */
    public static final Period DEFAULT_PASSWORD_VALIDITY = Period.ofDays(300);

    /** One status step every 30 seconds: the five steps from deposit to payment take two and a half minutes. */
    public static final Duration DEFAULT_STEP = Duration.ofSeconds(30);

    public SandboxConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        Objects.requireNonNull(stateDirectory, "stateDirectory");
        Objects.requireNonNull(stepDuration, "stepDuration");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(technicalPasswordValidity, "technicalPasswordValidity");
        facturX = Objects.requireNonNullElse(facturX, FacturXChecking.sourced());
        if (stepDuration.isNegative() || stepDuration.isZero()) {
            throw new IllegalArgumentException("stepDuration must be positive");
        }
    }

    public SandboxConfig(int port, Path stateDirectory, Duration stepDuration, Clock clock) {
        this(port, stateDirectory, stepDuration, clock, DEFAULT_PASSWORD_VALIDITY);
    }

    public SandboxConfig(int port, Path stateDirectory, Duration stepDuration, Clock clock,
            Period technicalPasswordValidity) {
        this(port, stateDirectory, stepDuration, clock, technicalPasswordValidity, FacturXChecking.sourced());
    }

    public SandboxConfig withTechnicalPasswordValidity(Period validity) {
        return new SandboxConfig(port, stateDirectory, stepDuration, clock, validity, facturX);
    }

    /** The same sandbox with another Factur-X validation switch. */
    public SandboxConfig withFacturXChecking(FacturXChecking checking) {
        return new SandboxConfig(port, stateDirectory, stepDuration, clock, technicalPasswordValidity, checking);
    }

    /** Free port, default step, system clock. */
    public static SandboxConfig defaults(Path stateDirectory) {
        return new SandboxConfig(0, stateDirectory, DEFAULT_STEP, Clock.systemUTC());
    }
}
