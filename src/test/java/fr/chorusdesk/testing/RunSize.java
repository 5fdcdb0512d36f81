package fr.chorusdesk.testing;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * The two run sizes of the property tests, and their time limit (jqwik does not read JUnit
 * Jupiter's {@code junit.jupiter.execution.timeout.default}).
 *
 * <ul>
 *   <li>{@code mvn verify}: each property runs the tries its {@code @Property(tries = …)} states.</li>
 *   <li>{@code -Dfuzz} (the pom's {@code fuzz} profile sets {@code chorusdesk.fuzz=true}):
 *       {@link #FUZZ_FACTOR} times as many.</li>
 * </ul>
 *
 * <p>Each property has {@link #LIMIT} (times the factor in a fuzz run). When it is over, the
 * property's thread is interrupted, which ends any wait on the network or a lock, and the
 * property fails with the limit in its message; work that never waits is bounded inside the
 * property itself ({@link Bounded}). One line per property goes to standard output: tries,
 * checks and time, the figures {@code docs/testing.md} records.
 */
public final class RunSize implements AroundPropertyHook {

    /** How many times more tries {@code -Dfuzz} runs. */
    public static final int FUZZ_FACTOR = 100;
    /** A property of the ordinary run never takes longer (the Jupiter tests' default is 60 s too). */
    public static final Duration LIMIT = Duration.ofSeconds(60);

    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "property-time-limit");
        t.setDaemon(true);
        return t;
    });

    /** True in a {@code -Dfuzz} run. */
    public static boolean fuzz() {
        return Boolean.parseBoolean(System.getProperty("chorusdesk.fuzz", "false"));
    }

    public static int factor() {
        return fuzz() ? FUZZ_FACTOR : 1;
    }

    public static Duration limit() {
        return LIMIT.multipliedBy(factor());
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        // an @Example is one fixed input: trying it a hundred times tells nothing more
        if (!context.targetMethod().isAnnotationPresent(net.jqwik.api.Example.class)) {
            context.attributes().tries().ifPresent(tries -> context.attributes().setTries(tries * factor()));
        }
        Thread runner = Thread.currentThread();
        AtomicBoolean over = new AtomicBoolean();
        Duration limit = limit();
        ScheduledFuture<?> alarm = WATCHDOG.schedule(() -> {
            over.set(true);
            runner.interrupt();
        }, limit.toMillis(), TimeUnit.MILLISECONDS);
        long start = System.nanoTime();
        PropertyExecutionResult result;
        try {
            result = property.execute();
        } finally {
            alarm.cancel(false);
            // an interrupt that arrived as the property ended must not leak into the next one
            Thread.interrupted();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(Locale.ROOT, "[property] %s: %d tries, %d checks, %d ms%s%n", context.extendedLabel(),
                result.countTries(), result.countChecks(), millis, fuzz() ? " (fuzz run)" : "");
        if (over.get()) {
            return result.mapToFailed(new AssertionError(
                    "The property ran past its limit of " + limit.toSeconds() + " s", result.throwable().orElse(null)));
        }
        return result;
    }

    /** Registered on a test class, it applies to every property of the class and of its nested classes. */
    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    public int aroundPropertyProximity() {
        // outside jqwik's own hooks, so that the time covers the whole property, shrinking included
        return -100;
    }
}
