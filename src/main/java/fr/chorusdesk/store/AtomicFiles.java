package fr.chorusdesk.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a file so that a crash leaves either the old content or the new one, never a mix:
 * temp file in the same directory, fsync, an atomic rename over the target, then an fsync of the
 * directory so the rename itself is on disk (where the OS lets a directory be opened: not on
 * Windows). When the file system refuses an atomic rename, the target is replaced by a plain
 * move instead; the write says so in its {@link WriteOutcome} and in a warning.
 */
public final class AtomicFiles {

    private static final Logger LOG = LoggerFactory.getLogger(AtomicFiles.class);

    /** How the new content took the target's place. */
    public enum WriteOutcome {
        /** Renamed over the target in one step. */
        ATOMIC,
        /**
         * The file system refused an atomic rename; the target was replaced by a plain move, so a
         * crash at that moment could have left no file at all.
         */
        NON_ATOMIC_FALLBACK
    }

    /** {@link Files#move}; a seam so tests can play a file system without atomic renames. */
    @FunctionalInterface
    interface Mover {
        void move(Path source, Path target, CopyOption... options) throws IOException;
    }

    private AtomicFiles() {
    }

    public static WriteOutcome write(Path target, byte[] content) throws IOException {
        return write(target, content, Files::move);
    }

    static WriteOutcome write(Path target, byte[] content, Mover mover) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        WriteOutcome outcome;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                mover.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                outcome = WriteOutcome.ATOMIC;
            } catch (AtomicMoveNotSupportedException e) {
                mover.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                outcome = WriteOutcome.NON_ATOMIC_FALLBACK;
                LOG.warn("The file system of {} cannot rename atomically; the file was replaced by a plain move,"
                        + " so a crash at that moment could have lost it", target);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        syncDirectory(dir);
        return outcome;
    }

    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Windows cannot open a directory: there the rename is as durable as the OS makes it
            LOG.debug("Could not fsync the directory {}: {}", dir, e.toString());
        }
    }
}
