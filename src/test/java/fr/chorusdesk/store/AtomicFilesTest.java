package fr.chorusdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import fr.chorusdesk.store.AtomicFiles.WriteOutcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class AtomicFilesTest {

    @TempDir
    Path dir;

    private final Logger logger = (Logger) LoggerFactory.getLogger(AtomicFiles.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private final List<List<CopyOption>> moves = new CopyOnWriteArrayList<>();

    @BeforeEach
    void captureLogs() {
        logged.start();
        logger.addAppender(logged);
    }

    @AfterEach
    void releaseLogs() {
        logger.detachAppender(logged);
    }

    /** A file system that, like some network or FUSE mounts, refuses ATOMIC_MOVE. */
    private AtomicFiles.Mover withoutAtomicRename() {
        return (source, target, options) -> {
            moves.add(List.of(options));
            if (Arrays.asList(options).contains(StandardCopyOption.ATOMIC_MOVE)) {
                throw new AtomicMoveNotSupportedException(source.toString(), target.toString(), "not supported");
            }
            Files.move(source, target, options);
        };
    }

    private List<String> filesInDir() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private List<ILoggingEvent> warnings() {
        return logged.list.stream().filter(e -> e.getLevel() == Level.WARN).toList();
    }

    @Test
    void aNormalWriteIsAtomicAndSaysNothing() throws IOException {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "old content, longer than the new one");

        WriteOutcome outcome = AtomicFiles.write(file, "new".getBytes(StandardCharsets.UTF_8));

        assertThat(outcome).isEqualTo(WriteOutcome.ATOMIC);
        assertThat(file).hasContent("new");
        assertThat(filesInDir()).containsExactly("settings.json");
        assertThat(warnings()).isEmpty();
    }

    @Test
    void withoutAtomicRenameTheFileIsStillReplacedAndTheFallbackIsReported() throws IOException {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "old content, longer than the new one");

        WriteOutcome outcome = AtomicFiles.write(file, "new".getBytes(StandardCharsets.UTF_8), withoutAtomicRename());

        assertThat(outcome).isEqualTo(WriteOutcome.NON_ATOMIC_FALLBACK);
        assertThat(file).hasContent("new");
        assertThat(filesInDir()).as("no temp file left").containsExactly("settings.json");
        assertThat(moves).as("atomic first, then a plain replace").containsExactly(
                List.of(StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING),
                List.of(StandardCopyOption.REPLACE_EXISTING));
        assertThat(warnings()).hasSize(1);
        assertThat(warnings().get(0).getFormattedMessage()).contains(file.toString()).contains("atomic");
    }

    @Test
    void theFallbackAlsoCreatesAFileThatDidNotExist() throws IOException {
        Path file = dir.resolve("sub/state.json");

        WriteOutcome outcome = AtomicFiles.write(file, "{}".getBytes(StandardCharsets.UTF_8), withoutAtomicRename());

        assertThat(outcome).isEqualTo(WriteOutcome.NON_ATOMIC_FALLBACK);
        assertThat(file).hasContent("{}");
    }

    @Test
    void aFailedMoveLeavesTheOldContentAndNoTempFile() throws IOException {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "old");

        assertThatThrownBy(() -> AtomicFiles.write(file, "new".getBytes(StandardCharsets.UTF_8),
                (source, target, options) -> {
                    throw new IOException("disk full");
                })).hasMessage("disk full");

        assertThat(file).hasContent("old");
        assertThat(filesInDir()).containsExactly("settings.json");
        assertThat(warnings()).isEmpty();
    }
}
