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

    public static long millisSinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** Records that a part of the start-up is done, now. */
    public synchronized void mark(String name) {
        marks.add(name + "=" + millisSinceJvmStart());
    }

    /** One line per mark, {@code startup-mark name=N} (ms since JVM start), in the order they came. */
    public synchronized void print(PrintStream out) {
        for (String mark : marks) {
            out.println("startup-mark " + mark);
        }
    }
}
