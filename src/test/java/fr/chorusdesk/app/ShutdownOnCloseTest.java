package fr.chorusdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import fr.chorusdesk.chorus.ChorusClient;
import fr.chorusdesk.chorus.ChorusException;
import fr.chorusdesk.sandbox.ChorusSandbox;
import fr.chorusdesk.sandbox.SandboxConfig;
import fr.chorusdesk.service.DemoSandboxService;
import fr.chorusdesk.ui.common.FxTaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Closing the main window: the FX thread only starts the sandbox's stop, and the process exit is bounded. */
@ExtendWith(ApplicationExtension.class)
class ShutdownOnCloseTest {

    private static final String FX_THREAD = "JavaFX Application Thread";

    @TempDir
    Path dir;

    private Stage stage;
    private final StoppedLog stoppedLog = new StoppedLog();
    private final Logger sandboxLogger = (Logger) org.slf4j.LoggerFactory.getLogger(ChorusSandbox.class);
    private Level previousLevel;
    private final List<Integer> exits = new CopyOnWriteArrayList<>();
    private final CountDownLatch exited = new CountDownLatch(1);
    private final HoldingClock clock = new HoldingClock();
    private DemoSandboxService demo;

    /** Counts the sandbox's "stopped" line and remembers the thread that wrote it. */
    private static final class StoppedLog extends AppenderBase<ILoggingEvent> {
        final CountDownLatch stopped = new CountDownLatch(1);
        volatile String thread;

        @Override
        protected void append(ILoggingEvent event) {
            if (event.getFormattedMessage().equals("Chorus Pro sandbox stopped")) {
                thread = event.getThreadName();
                stopped.countDown();
            }
        }
    }

    /** The system clock, except that once held it keeps a request handler waiting until released. */
    private static final class HoldingClock extends Clock {
        final AtomicBoolean hold = new AtomicBoolean();
        final CountDownLatch held = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public Instant instant() {
            if (hold.get()) {
                held.countDown();
                boolean interrupted = false;
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
                // deaf to interrupts, like a handler stuck in I/O: only the release (or the bound) ends it
                while (release.getCount() > 0 && System.nanoTime() < deadline) {
                    try {
                        release.await(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
            return Instant.now();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 200, 100));
        stage.show();
    }

    @BeforeEach
    void captureSandboxLog() {
        stoppedLog.start();
        previousLevel = sandboxLogger.getLevel();
        sandboxLogger.setLevel(Level.INFO);
        sandboxLogger.addAppender(stoppedLog);
        demo = new DemoSandboxService(new SandboxConfig(0, dir.resolve("sandbox"), SandboxConfig.DEFAULT_STEP, clock));
    }

    @AfterEach
    void restore() {
        clock.release.countDown();
        demo.close();
        sandboxLogger.detachAppender(stoppedLog);
        sandboxLogger.setLevel(previousLevel);
    }

    private void attach(Duration limit) {
        ShutdownOnClose shutdown = new ShutdownOnClose(Optional.of(demo), new FxTaskRunner(), limit, status -> {
            exits.add(status);
            exited.countDown();
        });
        shutdown.attachTo(stage);
    }

    private static void joinShutdownWatcher() throws InterruptedException {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals("chorusdesk-shutdown")) {
                t.join(TimeUnit.SECONDS.toMillis(10));
                assertThat(t.isAlive()).as("the watcher ends once the sandbox stopped").isFalse();
            }
        }
    }

    @Test
    @Timeout(30)
    void closingTheWindowStopsTheSandboxOnAnotherThreadAndLetsTheProcessEndByItself(FxRobot robot)
            throws Exception {
        attach(ShutdownOnClose.STOP_LIMIT);
        demo.start();

        robot.interact(stage::close);

        assertThat(stoppedLog.stopped.await(10, TimeUnit.SECONDS)).as("the sandbox stopped").isTrue();
        assertThat(stoppedLog.thread).isNotEqualTo(FX_THREAD).isEqualTo("demo-sandbox-stop");
        joinShutdownWatcher();
        assertThat(exits).as("no forced exit when the stop succeeds").isEmpty();
        assertThat(demo.apiBaseUrl()).isEmpty();
    }

    @Test
    @Timeout(30)
    void aStopSlowedByAStuckRequestNeitherBlocksTheWindowNorKeepsTheProcessAlive(FxRobot robot) throws Exception {
        attach(Duration.ofMillis(200));
        ChorusClient client = demo.client();
        clock.hold.set(true);
        // its token request reads the clock, and so stays stuck in the sandbox; its failure once
        // the sandbox stops is expected
        CompletableFuture.runAsync(() -> {
            try {
                client.healthCheck();
            } catch (ChorusException expected) {
                // the connection is closed by the stop
            }
        });
        assertThat(clock.held.await(10, TimeUnit.SECONDS)).as("a request is being handled").isTrue();

        robot.interact(stage::close);

        assertThat(stoppedLog.stopped.getCount()).as("the window closed while the stop is still waiting")
                .isEqualTo(1);
        assertThat(exited.await(10, TimeUnit.SECONDS)).as("the process is ended after the limit").isTrue();
        assertThat(exits).containsExactly(0);
        clock.release.countDown();
        assertThat(stoppedLog.stopped.await(10, TimeUnit.SECONDS)).as("the stop still completes").isTrue();
        assertThat(stoppedLog.thread).isNotEqualTo(FX_THREAD);
    }

    @Test
    void withoutDemoSandboxNothingIsForced() throws Exception {
        List<Integer> statuses = new CopyOnWriteArrayList<>();
        Thread watcher = new ShutdownOnClose(Optional.empty(), new FxTaskRunner(), Duration.ofMillis(50),
                statuses::add).windowHidden();
        watcher.join(TimeUnit.SECONDS.toMillis(5));
        assertThat(watcher.isAlive()).isFalse();
        assertThat(statuses).isEmpty();
    }
}
