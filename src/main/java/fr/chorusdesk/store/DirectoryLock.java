package fr.chorusdesk.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.OpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;

/**
 * An exclusive, advisory lock on a data directory, held by one process (and one owner in it) at a
 * time, so that two writers never take turns overwriting each other's files. The operating system
 * releases it if the process dies.
 */
public final class DirectoryLock implements AutoCloseable {

    static final String FILE_NAME = ".lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or empty when another owner holds it. */
    public static Optional<DirectoryLock> tryAcquire(Path directory) throws IOException {
        Files.createDirectories(directory);
        Set<OpenOption> options = Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileChannel channel = PrivateDirectories.posix()
                ? FileChannel.open(directory.resolve(FILE_NAME), options,
                        PosixFilePermissions.asFileAttribute(PrivateDirectories.FILE))
                : FileChannel.open(directory.resolve(FILE_NAME), options);
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return Optional.of(new DirectoryLock(channel, lock));
            }
        } catch (OverlappingFileLockException heldInThisProcess) {
            // same answer as for another process: someone else owns the directory
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        channel.close();
        return Optional.empty();
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
