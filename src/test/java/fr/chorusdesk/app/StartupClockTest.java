package fr.chorusdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class StartupClockTest {

    @Test
    void marksAreMillisecondsSinceTheJvmStartedInTheOrderTheyCame() {
        StartupClock clock = new StartupClock();
        long before = StartupClock.millisSinceJvmStart();
        clock.mark("launch");
        busy(30);
        clock.mark("shown");
        long after = StartupClock.millisSinceJvmStart();

        List<String> lines = print(clock);

        assertThat(lines).hasSize(2);
        long launch = value(lines.get(0), "startup-mark launch=");
        long shown = value(lines.get(1), "startup-mark shown=");
        // the clock reads the JVM's start only when printing: both ways must agree within a tick
        assertThat(launch).isBetween(before - 2, after + 2);
        assertThat(shown - launch).as("the 30 ms spent between the marks").isBetween(29L, after - before + 2);
        assertThat(shown).isLessThanOrEqualTo(after + 2);
    }

    @Test
    void cpuTimesArePrintedOnlyWhenAskedFor() {
        StartupClock quiet = new StartupClock();
        quiet.mark("built");
        assertThat(print(quiet)).noneMatch(line -> line.startsWith("startup-cpu"));

        System.setProperty("chorusdesk.startup.cpu", "true");
        try {
            StartupClock measuring = new StartupClock();
            measuring.mark("built");
            spinCpu(30);
            measuring.mark("shown");
            List<String> lines = print(measuring);
            long built = value(lines.get(2), "startup-cpu built=");
            long shown = value(lines.get(3), "startup-cpu shown=");
            assertThat(shown - built).as("CPU spent spinning between the marks").isGreaterThanOrEqualTo(29);
        } finally {
            System.clearProperty("chorusdesk.startup.cpu");
        }
    }

    /** Spins until this thread has used {@code millis} of CPU, however busy the machine is. */
    private static void spinCpu(long millis) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long end = threads.getCurrentThreadCpuTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        long sink = 0;
        while (threads.getCurrentThreadCpuTime() < end) {
            sink += System.identityHashCode(new Object());
        }
        assertThat(sink).isNotNull();
    }

    /** Spins (no sleep) for {@code millis} of wall time. */
    private static void busy(long millis) {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        long sink = 0;
        while (System.nanoTime() < end) {
            sink += System.identityHashCode(new Object());
        }
        assertThat(sink).isNotNull();
    }

    private static List<String> print(StartupClock clock) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        clock.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private static long value(String line, String prefix) {
        assertThat(line).startsWith(prefix);
        return Long.parseLong(line.substring(prefix.length()));
    }
}
