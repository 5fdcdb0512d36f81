package fr.chorusdesk.store;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The per-user data holds invoices, logs and the names of client companies: its directories are
 * readable by their owner only (0700 on POSIX) and its files 0600. {@link AtomicFiles} writes
 * through a temporary file, which the JDK already creates 0600. On Windows the user's profile
 * directory is already private; nothing is changed there.
 */
public final class PrivateDirectories {

    public static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private PrivateDirectories() {
    }

    public static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /** Creates the directory (and missing parents) owner-only; an existing one is tightened. */
    public static Path create(Path directory) throws IOException {
        if (!posix()) {
            return Files.createDirectories(directory);
        }
        if (!Files.isDirectory(directory)) {
            Path parent = directory.toAbsolutePath().getParent();
            if (parent != null && !Files.exists(parent)) {
                Files.createDirectories(parent);
            }
            Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(DIRECTORY));
        }
        // createDirectories is subject to the umask, and an older install may have made it 0755
        Files.setPosixFilePermissions(directory, DIRECTORY);
        return directory;
    }

    /** Makes the regular files directly in {@code directory} owner-only (files another library created). */
    public static void restrictFiles(Path directory) throws IOException {
        if (!posix() || !Files.isDirectory(directory)) {
            return;
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(file)) {
                    Files.setPosixFilePermissions(file, FILE);
                }
            }
        }
    }
}
