package fr.chorusdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.testing.ChildProcesses;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryLockTest {

    @Test
    void oneOwnerAtATime(@TempDir Path dir) throws IOException {
        Optional<DirectoryLock> first = DirectoryLock.tryAcquire(dir.resolve("data"));
        assertThat(first).isPresent();
        assertThat(DirectoryLock.tryAcquire(dir.resolve("data"))).as("held").isEmpty();
        assertThat(DirectoryLock.tryAcquire(dir.resolve("other"))).as("another directory").isPresent()
                .get().satisfies(DirectoryLock::close);
        first.get().close();
        Optional<DirectoryLock> again = DirectoryLock.tryAcquire(dir.resolve("data"));
        assertThat(again).as("released").isPresent();
        again.get().close();
    }

    @Test
    void heldByAnotherProcess(@TempDir Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // a second JVM holds the lock until we close its standard input
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                LockHolder.class.getName(), dir.toString()).redirectErrorStream(true).start();
        try {
            assertThat(ChildProcesses.readUntil(holder, "locked", Duration.ofSeconds(30))).isEqualTo("locked");
            assertThat(DirectoryLock.tryAcquire(dir)).isEmpty();
        } finally {
            holder.getOutputStream().close();
            assertThat(ChildProcesses.awaitExit(holder, Duration.ofSeconds(20))).as("the holder ends").isZero();
        }
        Optional<DirectoryLock> after = DirectoryLock.tryAcquire(dir);
        assertThat(after).as("released when the other process ends").isPresent();
        after.get().close();
    }

    /** Main of the second JVM. */
    public static final class LockHolder {
        public static void main(String[] args) throws IOException {
            try (DirectoryLock lock = DirectoryLock.tryAcquire(Path.of(args[0])).orElseThrow()) {
                System.out.print("locked");
                System.out.flush();
                System.in.read();
            }
        }
    }
}
