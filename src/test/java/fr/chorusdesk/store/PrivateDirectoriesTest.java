package fr.chorusdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivateDirectoriesTest {

    @BeforeEach
    void onPosixOnly() {
        assumeTrue(PrivateDirectories.posix(), "POSIX permissions");
    }

    private static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void newDirectoriesAreOwnerOnly(@TempDir Path dir) throws IOException {
        Path data = PrivateDirectories.create(dir.resolve("chorusdesk/data"));
        assertThat(mode(data)).isEqualTo("rwx------");
    }

    @Test
    void anExistingOpenDirectoryIsTightened(@TempDir Path dir) throws IOException {
        Path data = Files.createDirectory(dir.resolve("data"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        PrivateDirectories.create(data);
        assertThat(mode(data)).isEqualTo("rwx------");
    }

    @Test
    void atomicWritesAndSettingsAreOwnerOnly(@TempDir Path dir) throws IOException {
        Path settings = dir.resolve("settings.json");
        new SettingsStore(settings).save(Settings.DEFAULTS.withLanguage("fr"));
        assertThat(mode(settings)).isEqualTo("rw-------");
        Path other = dir.resolve("other.json");
        AtomicFiles.write(other, new byte[] {1});
        assertThat(mode(other)).isEqualTo("rw-------");
    }

    @Test
    void filesAnotherLibraryCreatedAreRestricted(@TempDir Path dir) throws IOException {
        Path log = Files.createFile(dir.resolve("chorusdesk.log"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--")));
        PrivateDirectories.restrictFiles(dir);
        assertThat(mode(log)).isEqualTo("rw-------");
    }

    @Test
    void theLockFileIsOwnerOnly(@TempDir Path dir) throws IOException {
        try (DirectoryLock lock = DirectoryLock.tryAcquire(dir).orElseThrow()) {
            assertThat(mode(dir.resolve(DirectoryLock.FILE_NAME))).isEqualTo("rw-------");
        }
    }
}
