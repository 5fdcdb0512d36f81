package fr.chorusdesk.app;

import java.lang.management.ManagementFactory;

/** Time since the JVM started, the figure --smoke reports and the benchmark compares. */
public final class StartupClock {

    private StartupClock() {
    }

    public static long millisSinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
