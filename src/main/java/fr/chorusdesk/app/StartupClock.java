package fr.chorusdesk.app;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Time since the JVM started, the figure --smoke reports and the benchmark compares, and the
 * marks of a start-up (settings read, toolkit up, window built, shown) that --smoke prints too, so
 * what each part costs can be read from one run.
 */
public final class StartupClock {

    private final List<String> marks = new ArrayList<>();
    private final List<String> cpu = new ArrayList<>();

    public static long millisSinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** Records that a part of the start-up is done, now. */
    public synchronized void mark(String name) {
        marks.add(name + "=" + millisSinceJvmStart());
        // the CPU time of the thread that marks (the FX thread from the toolkit on): unlike the
        // wall clock, it does not grow when other programs share the cores
        cpu.add(name + "=" + ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000);
    }

    /**
     * One line per mark, {@code startup-mark name=N} (ms since JVM start), in the order they came,
     * then {@code startup-cpu name=N}: the CPU milliseconds the marking thread had used by then.
     */
    public synchronized void print(PrintStream out) {
        for (String mark : marks) {
            out.println("startup-mark " + mark);
        }
        for (String mark : cpu) {
            out.println("startup-cpu " + mark);
        }
    }
}
