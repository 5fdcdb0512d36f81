package fr.chorusdesk.chorus;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import okio.BufferedSink;

/**
 * Writes a file's Base64 to a sink in fixed-size blocks. Large files are read and encoded on a
 * separate encoder thread while the caller's thread writes the previous blocks to the socket, so encoding
 * costs little wall time; a handful of reused blocks bound the memory whatever the file size.
 */
final class Base64Streamer {

    /** Bytes of file per block: a multiple of 3, so blocks' Base64 joins without padding. */
    static final int CHUNK = 3 * 16 * 1024;
    /** Below this size the file is encoded on the caller's thread: a thread is not worth it. */
    static final long PIPELINE_THRESHOLD = 1024 * 1024;
    private static final int BLOCKS = 4;

    private static final class Block {
        byte[] data;
        int length;
        long source;

        Block(int capacity) {
            this.data = new byte[capacity];
        }
    }

    private static final Block END = new Block(0);

    private Base64Streamer() {
    }

    /** Writes the Base64 of the file and returns how many file bytes it encoded. */
    static long write(Path file, long size, BufferedSink sink) throws IOException {
        return size < PIPELINE_THRESHOLD ? writeInline(file, sink) : writePipelined(file, sink);
    }

    private static long writeInline(Path file, BufferedSink sink) throws IOException {
        Base64.Encoder encoder = Base64.getEncoder();
        byte[] chunk = new byte[CHUNK];
        byte[] encoded = new byte[(int) FileJsonBody.base64Length(CHUNK)];
        long read = 0;
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.readNBytes(chunk, 0, CHUNK)) == CHUNK) {
                sink.write(encoded, 0, encoder.encode(chunk, encoded));
                read += n;
            }
            if (n > 0) {
                sink.write(encoder.encode(Arrays.copyOf(chunk, n)));
                read += n;
            }
        }
        return read;
    }

    private static long writePipelined(Path file, BufferedSink sink) throws IOException {
        BlockingQueue<Block> free = new ArrayBlockingQueue<>(BLOCKS);
        BlockingQueue<Block> filled = new ArrayBlockingQueue<>(BLOCKS + 1);
        for (int i = 0; i < BLOCKS; i++) {
            free.add(new Block((int) FileJsonBody.base64Length(CHUNK)));
        }
        AtomicReference<IOException> failure = new AtomicReference<>();
        Thread encoder = new Thread(() -> encode(file, free, filled, failure), "chorus-base64-encoder");
        encoder.setDaemon(true);
        encoder.start();
        long read = 0;
        try {
            for (Block b = filled.take(); b != END; b = filled.take()) {
                sink.write(b.data, 0, b.length);
                read += b.source;
                free.put(b);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while sending " + file.getFileName());
        } finally {
            // on a write failure the encoder may be blocked on a full queue: stop it
            encoder.interrupt();
        }
        IOException e = failure.get();
        if (e != null) {
            throw e;
        }
        return read;
    }

    private static void encode(Path file, BlockingQueue<Block> free, BlockingQueue<Block> filled,
            AtomicReference<IOException> failure) {
        Base64.Encoder encoder = Base64.getEncoder();
        byte[] chunk = new byte[CHUNK];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.readNBytes(chunk, 0, CHUNK)) > 0) {
                Block b = free.take();
                if (n == CHUNK) {
                    b.length = encoder.encode(chunk, b.data);
                } else {
                    byte[] last = encoder.encode(Arrays.copyOf(chunk, n));
                    b.data = last;
                    b.length = last.length;
                }
                b.source = n;
                filled.put(b);
            }
        } catch (IOException e) {
            failure.set(e);
        } catch (InterruptedException e) {
            // the writer gave up; nothing is waiting for more blocks
            return;
        }
        filled.add(END);
    }
}
