package fr.chorusdesk.app;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Time since the JVM started, the figure --smoke reports and the benchmark compares, and the
 * marks of a start-up (settings read, toolkit up, window built, shown) that --smoke prints too, so
 * what each part costs can be read from one run.
 *
 * <p>A mark only reads {@link System#nanoTime()}: the JVM's start time comes from the management
 * beans, whose loading costs tens of milliseconds, so they are asked only when the marks are
 * printed, after the first frame. With {@code -Dchorusdesk.startup.cpu=true} each mark also
 * records the CPU time of the thread that made it (which loads them at once).
 */
public final class StartupClock {

    private record Mark(String name, long nanos, long cpuMillis) {
    }

    private final boolean cpu = Boolean.getBoolean("chorusdesk.startup.cpu");
    private final List<Mark> marks = new ArrayList<>();

    public static long millisSinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** The CPU milliseconds the calling thread has used (loads the management beans). */
    public static long threadCpuMillis() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
    }

    /** Records that a part of the start-up is done, now. */
    public synchronized void mark(String name) {
        // the CPU time of the marking thread (the FX thread from the toolkit on): unlike the wall
        // clock, it does not grow when other programs share the cores
        long cpuMillis = cpu ? threadCpuMillis() : -1;
        marks.add(new Mark(name, System.nanoTime(), cpuMillis));
    }

    /**
     * One line per mark, {@code startup-mark name=N} (ms since JVM start), in the order they came;
     * with the CPU times, then {@code startup-cpu name=N}: the CPU milliseconds the marking thread
     * had used by then.
     */
    public synchronized void print(PrintStream out) {
        long nowNanos = System.nanoTime();
        long nowMillis = millisSinceJvmStart();
        for (Mark mark : marks) {
            out.println("startup-mark " + mark.name() + "=" + (nowMillis - (nowNanos - mark.nanos()) / 1_000_000));
        }
        for (Mark mark : marks) {
            if (mark.cpuMillis() >= 0) {
                out.println("startup-cpu " + mark.name() + "=" + mark.cpuMillis());
            }
        }
    }
}
