package fr.chorusdesk.chorus;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import okio.BufferedSink;

/**
 * Writes a file's Base64 to a sink in fixed-size blocks. Large files are read and encoded on a
 * separate encoder thread while the caller's thread writes the previous blocks to the socket, so encoding
 * costs little wall time; a handful of reused blocks bound the memory whatever the file size.
 *
 * <p>Whatever goes wrong on the encoder thread (a read error, the file shrinking or growing, an
 * unexpected exception or error) ends the write with an {@link UploadFileException} on the
 * caller's thread, before the body is complete: the upload fails, it never hangs.
 */
final class Base64Streamer {

    /** Bytes of file per block: a multiple of 3, so blocks' Base64 joins without padding. */
    static final int CHUNK = 3 * 16 * 1024;
    /** Below this size the file is encoded on the caller's thread: a thread is not worth it. */
    static final long PIPELINE_THRESHOLD = 1024 * 1024;
    static final String ENCODER_THREAD_NAME = "chorus-base64-encoder";
    private static final int BLOCKS = 4;
    /** How often the writer, waiting for a block, checks that the encoder thread is still alive. */
    private static final long LIVENESS_CHECK_MILLIS = 200;

    /** Opens the file to send; a seam so tests can make reading fail in ways a real disk rarely does. */
    @FunctionalInterface
    interface FileOpener {
        InputStream open(Path file) throws IOException;
    }

    private static final class Block {
        byte[] data;
        int length;

        Block(int capacity) {
            this.data = new byte[capacity];
        }
    }

    private static final Block END = new Block(0);

    private final FileOpener opener;
    private final ThreadFactory encoderThreads;

    Base64Streamer(FileOpener opener, ThreadFactory encoderThreads) {
        this.opener = Objects.requireNonNull(opener);
        this.encoderThreads = Objects.requireNonNull(encoderThreads);
    }

    /** Reads files from disk; encoder threads are daemons, so a stuck upload never keeps the process alive. */
    static Base64Streamer standard() {
        return new Base64Streamer(Files::newInputStream, runnable -> {
            Thread thread = new Thread(runnable, ENCODER_THREAD_NAME);
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Writes the Base64 of the file, which must still be {@code size} bytes long.
     *
     * @throws UploadFileException when the file cannot be read to the end or its size changed
     * @throws IOException         when the sink fails
     */
    void write(Path file, long size, BufferedSink sink) throws IOException {
        if (size < PIPELINE_THRESHOLD) {
            writeInline(file, size, sink);
        } else {
            writePipelined(file, size, sink);
        }
    }

    private void writeInline(Path file, long size, BufferedSink sink) throws IOException {
        Base64.Encoder encoder = Base64.getEncoder();
        byte[] chunk = new byte[CHUNK];
        byte[] encoded = new byte[(int) FileJsonBody.base64Length(CHUNK)];
        try (InputStream in = open(file)) {
            long remaining = size;
            while (remaining > 0) {
                int n = read(file, in, chunk, (int) Math.min(CHUNK, remaining));
                if (n == 0) {
                    throw UploadFileException.changed(name(file), size, "only " + (size - remaining));
                }
                remaining -= n;
                if (n == CHUNK) {
                    sink.write(encoded, 0, encoder.encode(chunk, encoded));
                } else {
                    // only the last block may be short: its padding ends the Base64 text
                    sink.write(encoder.encode(Arrays.copyOf(chunk, n)));
                }
            }
            checkNothingMore(file, size, in);
        }
    }

    private void writePipelined(Path file, long size, BufferedSink sink) throws IOException {
        BlockingQueue<Block> free = new ArrayBlockingQueue<>(BLOCKS);
        BlockingQueue<Block> filled = new ArrayBlockingQueue<>(BLOCKS + 1);
        for (int i = 0; i < BLOCKS; i++) {
            free.add(new Block((int) FileJsonBody.base64Length(CHUNK)));
        }
        AtomicReference<UploadFileException> failure = new AtomicReference<>();
        Thread encoder = encoderThreads.newThread(() -> encode(file, size, free, filled, failure));
        encoder.start();
        try {
            for (Block b = next(filled, encoder, file); b != END; b = next(filled, encoder, file)) {
                sink.write(b.data, 0, b.length);
                free.put(b);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while sending " + name(file));
        } finally {
            // on a write failure the encoder may be blocked on a full queue: stop it
            encoder.interrupt();
        }
        UploadFileException e = failure.get();
        if (e != null) {
            throw e;
        }
    }

    /**
     * The next block, or END. The encoder always posts END, even when it fails; the liveness check
     * is a second line of defence, so a thread that died some other way cannot hang the upload.
     */
    private static Block next(BlockingQueue<Block> filled, Thread encoder, Path file)
            throws InterruptedException, UploadFileException {
        while (true) {
            Block b = filled.poll(LIVENESS_CHECK_MILLIS, TimeUnit.MILLISECONDS);
            if (b != null) {
                return b;
            }
            if (!encoder.isAlive()) {
                // everything the encoder posted before it ended is visible now
                b = filled.poll();
                if (b != null) {
                    return b;
                }
                throw UploadFileException.unreadable(name(file),
                        new IllegalStateException("the encoder thread ended without finishing"));
            }
        }
    }

    private void encode(Path file, long size, BlockingQueue<Block> free, BlockingQueue<Block> filled,
            AtomicReference<UploadFileException> failure) {
        Base64.Encoder encoder = Base64.getEncoder();
        byte[] chunk = new byte[CHUNK];
        try (InputStream in = open(file)) {
            long remaining = size;
            while (remaining > 0) {
                int n = read(file, in, chunk, (int) Math.min(CHUNK, remaining));
                if (n == 0) {
                    throw UploadFileException.changed(name(file), size, "only " + (size - remaining));
                }
                remaining -= n;
                Block b = free.take();
                if (n == CHUNK) {
                    b.length = encoder.encode(chunk, b.data);
                } else {
                    byte[] last = encoder.encode(Arrays.copyOf(chunk, n));
                    b.data = last;
                    b.length = last.length;
                }
                filled.put(b);
            }
            checkNothingMore(file, size, in);
        } catch (InterruptedException e) {
            // the writer gave up; nothing is waiting for more blocks
            return;
        } catch (UploadFileException e) {
            failure.set(e);
        } catch (IOException | RuntimeException | Error e) {
            // an Error too: the writer must hear of it, or it would wait forever for the next block
            failure.set(UploadFileException.unreadable(name(file), e));
        }
        // never blocks: at most BLOCKS blocks are in the queue, and it holds BLOCKS + 1
        filled.add(END);
    }

    private InputStream open(Path file) throws UploadFileException {
        try {
            return opener.open(file);
        } catch (IOException | RuntimeException e) {
            throw UploadFileException.unreadable(name(file), e);
        }
    }

    /** Reads up to {@code max} bytes; fewer only at the end of the file. */
    private static int read(Path file, InputStream in, byte[] chunk, int max) throws UploadFileException {
        try {
            return in.readNBytes(chunk, 0, max);
        } catch (IOException | RuntimeException e) {
            throw UploadFileException.unreadable(name(file), e);
        }
    }

    private static void checkNothingMore(Path file, long size, InputStream in) throws UploadFileException {
        int extra;
        try {
            extra = in.read();
        } catch (IOException | RuntimeException e) {
            throw UploadFileException.unreadable(name(file), e);
        }
        if (extra != -1) {
            // sending it would overrun the announced Content-Length
            throw UploadFileException.changed(name(file), size, "more");
        }
    }

    private static String name(Path file) {
        return String.valueOf(file.getFileName());
    }
}
