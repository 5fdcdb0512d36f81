package fr.chorusdesk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateFileTest {

    @TempDir
    Path dir;

    private static SandboxState stateWith(long lastId) {
        return new SandboxState(SandboxState.CURRENT_VERSION, lastId,
                List.of(new StoredAttachment(lastId, "a.pdf", "application/pdf", "PDF", 3, Instant.EPOCH)),
                List.of(), List.of());
    }

    @Test
    void savedStateReadsBackAndLeavesNoTemporaryFile() throws IOException {
        StateFile file = new StateFile(dir);
        file.save(stateWith(7));
        assertThat(file.load().lastId()).isEqualTo(7);
        assertThat(file.load().attachments()).singleElement().extracting(StoredAttachment::name).isEqualTo("a.pdf");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void aHalfWrittenFileFallsBackToTheBackup() throws IOException {
        StateFile file = new StateFile(dir);
        file.save(stateWith(1));
        file.save(stateWith(2));
        String whole = Files.readString(file.path());
        Files.writeString(file.path(), whole.substring(0, whole.length() / 2), StandardCharsets.UTF_8);

        assertThat(new StateFile(dir).load().lastId()).isEqualTo(1);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.contains(".damaged-"));
        }
    }

    @Test
    void garbageEverywhereStartsEmpty() throws IOException {
        Files.writeString(dir.resolve(StateFile.FILE_NAME), "{not json");
        Files.writeString(dir.resolve(StateFile.FILE_NAME + ".bak"), "");
        assertThat(new StateFile(dir).load()).isEqualTo(SandboxState.empty());
    }

    @Test
    void aMissingDirectoryIsCreatedOnFirstSave() {
        StateFile file = new StateFile(dir.resolve("nested/sandbox"));
        assertThat(file.load()).isEqualTo(SandboxState.empty());
        file.save(stateWith(3));
        assertThat(Files.exists(dir.resolve("nested/sandbox").resolve(StateFile.FILE_NAME))).isTrue();
    }
}
