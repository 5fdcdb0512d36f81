package fr.chorusdesk.chorus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.chorusdesk.chorus.api.ChorusJson;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileJsonBodyTest {

    /** The design: files of 1 MiB and more are read and encoded on a helper thread. */
    private static final int PIPELINED_FROM = 1024 * 1024;
    private static final int BIG = 3 * 1024 * 1024 + 1;

    private final ObjectMapper json = ChorusJson.create();

    @TempDir
    Path dir;

    /** Creates the encoder threads and remembers them, and which threads read the file. */
    private static final class Recording {
        final List<Thread> created = new CopyOnWriteArrayList<>();
        final Set<Thread> readers = ConcurrentHashMap.newKeySet();
        final ThreadFactory threads = r -> {
            Thread t = new Thread(r, "test-encoder");
            t.setDaemon(true);
            created.add(t);
            return t;
        };

        Base64Streamer streamer() {
            return streamer(file -> Files.newInputStream(file));
        }

        Base64Streamer streamer(Base64Streamer.FileOpener opener) {
            return new Base64Streamer(file -> recordingReads(opener.open(file)), threads);
        }

        private InputStream recordingReads(InputStream in) {
            return new FilterInputStream(in) {
                @Override
                public int read() throws IOException {
                    readers.add(Thread.currentThread());
                    return super.read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    readers.add(Thread.currentThread());
                    return super.read(b, off, len);
                }
            };
        }

        /** The one encoder thread, after it ended. */
        Thread endedEncoder() throws InterruptedException {
            assertThat(created).as("one encoder thread per write").hasSize(1);
            Thread encoder = created.get(0);
            encoder.join(TimeUnit.SECONDS.toMillis(5));
            assertThat(encoder.isAlive()).as("encoder thread ended").isFalse();
            return encoder;
        }
    }

    /** Reads normally, then fails once {@code failAfter} bytes were read. */
    private static InputStream failingAfter(InputStream in, long failAfter, Throwable failure) {
        return new FilterInputStream(in) {
            private long read;

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (read >= failAfter) {
                    if (failure instanceof IOException io) {
                        throw io;
                    }
                    if (failure instanceof RuntimeException re) {
                        throw re;
                    }
                    throw (Error) failure;
                }
                int n = super.read(b, off, (int) Math.min(len, failAfter - read));
                read += Math.max(n, 0);
                return n;
            }
        };
    }

    private Path randomFile(String name, int size) throws IOException {
        byte[] content = new byte[size];
        new Random(size).nextBytes(content);
        return Files.write(dir.resolve(name), content);
    }

    private FileJsonBody body(Path file, Base64Streamer streamer) throws IOException {
        return new FileJsonBody(json.getFactory(), Map.of("pieceJointeNom", "f.pdf"), "pieceJointeFichier", file,
                true, streamer);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 65_537, 300_000, PIPELINED_FROM - 1, PIPELINED_FROM, BIG})
    void writesExactlyItsAnnouncedLengthOfValidJson(int size) throws Exception {
        Path file = randomFile("f.pdf", size);
        byte[] content = Files.readAllBytes(file);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("idUtilisateurCourant", 0L);
        fields.put("pieceJointeNom", "é \"quoted\" name.pdf");
        fields.put("absent", null);
        fields.put("avecSignature", false);
        Recording recording = new Recording();
        FileJsonBody body = new FileJsonBody(json.getFactory(), fields, "pieceJointeFichier", file, true,
                recording.streamer());

        Buffer out = new Buffer();
        body.writeTo(out);

        assertThat(out.size()).isEqualTo(body.contentLength());
        JsonNode tree = json.readTree(out.readUtf8());
        assertThat(tree.get("pieceJointeNom").asText()).isEqualTo("é \"quoted\" name.pdf");
        assertThat(tree.has("absent")).isFalse();
        assertThat(tree.get("avecSignature").asBoolean(true)).isFalse();
        assertThat(tree.get("pieceJointeFichier").asText()).isEqualTo(Base64.getEncoder().encodeToString(content));
        assertThat(body.describe()).contains("f.pdf").contains(size + " bytes");
        if (size > 12) {
            assertThat(body.describe()).doesNotContain(Base64.getEncoder().encodeToString(content).substring(0, 16));
        }
        assertThat(body.isOneShot()).isTrue();

        if (size >= PIPELINED_FROM) {
            Thread encoder = recording.endedEncoder();
            assertThat(recording.readers).as("only the encoder thread read the file").containsExactly(encoder);
        } else if (size > 0) {
            assertThat(recording.created).as("a small file needs no thread").isEmpty();
            assertThat(recording.readers).containsExactly(Thread.currentThread());
        }
    }

    @Test
    void canBeWrittenAgainForTheResendAfterA401() throws Exception {
        Path file = randomFile("f.pdf", BIG);
        FileJsonBody body = new FileJsonBody(json.getFactory(), Map.of(), "fichierFlux", file, true);
        Buffer first = new Buffer();
        body.writeTo(first);
        Buffer again = new Buffer();
        body.writeTo(again);

        assertThat(again.size()).isEqualTo(body.contentLength());
        assertThat(again.readUtf8()).isEqualTo(first.readUtf8());
    }

    @Test
    void aFailingSocketStopsTheEncoderThread() throws Exception {
        Path file = Files.write(dir.resolve("big.pdf"), new byte[4 * 1024 * 1024]);
        Recording recording = new Recording();
        FileJsonBody body = body(file, recording.streamer());
        okio.Sink failing = new okio.ForwardingSink(okio.Okio.blackhole()) {
            private long written;

            @Override
            public void write(Buffer source, long byteCount) throws IOException {
                written += byteCount;
                if (written > 512 * 1024) {
                    throw new IOException("connection reset");
                }
                super.write(source, byteCount);
            }
        };

        assertThatThrownBy(() -> body.writeTo(okio.Okio.buffer(failing))).isInstanceOf(IOException.class)
                .isNotInstanceOf(UploadFileException.class).hasMessage("connection reset");
        recording.endedEncoder();
    }

    @Test
    @Timeout(10)
    void aReadErrorOnTheEncoderThreadFailsTheUpload() throws Exception {
        IOException diskError = new IOException("Input/output error");
        assertEncoderFailureFailsTheUpload(diskError);
    }

    @Test
    @Timeout(10)
    void anUnexpectedExceptionOnTheEncoderThreadFailsTheUpload() throws Exception {
        assertEncoderFailureFailsTheUpload(new IllegalStateException("decoder bug"));
    }

    @Test
    @Timeout(10)
    void anErrorOnTheEncoderThreadFailsTheUpload() throws Exception {
        assertEncoderFailureFailsTheUpload(new OutOfMemoryError("simulated"));
    }

    private void assertEncoderFailureFailsTheUpload(Throwable failure) throws Exception {
        Path file = randomFile("big.pdf", BIG);
        Recording recording = new Recording();
        FileJsonBody body = body(file, recording.streamer(f -> failingAfter(Files.newInputStream(f),
                2 * 1024 * 1024, failure)));
        Buffer out = new Buffer();

        UploadFileException e = catchThrowableOfType(UploadFileException.class, () -> body.writeTo(out));

        assertThat(e).hasMessageContaining("big.pdf").hasCause(failure);
        assertThat(e.getCause()).isSameAs(failure);
        assertThat(e.changed()).isFalse();
        assertThat(out.size()).as("the body stops short").isLessThan(body.contentLength());
        assertThat(out.readUtf8()).doesNotEndWith("\"}");
        assertThat(recording.readers).containsExactly(recording.endedEncoder());
    }

    @Test
    @Timeout(10)
    void anExceptionWhileReadingASmallFileFailsTheUploadToo() throws Exception {
        Path file = randomFile("small.pdf", 200_000);
        RuntimeException bug = new IllegalStateException("decoder bug");
        FileJsonBody body = body(file, new Recording().streamer(f -> failingAfter(Files.newInputStream(f),
                100_000, bug)));

        UploadFileException e = catchThrowableOfType(UploadFileException.class, () -> body.writeTo(new Buffer()));

        assertThat(e.getCause()).isSameAs(bug);
    }

    @Test
    @Timeout(10)
    void anEncoderThreadThatDiesWithoutAWordStillEndsTheUpload() throws Exception {
        Path file = randomFile("big.pdf", BIG);
        // the thread ignores its task: it neither sends a block nor says it is done
        Base64Streamer silent = new Base64Streamer(f -> Files.newInputStream(f), r -> new Thread(() -> { }));

        UploadFileException e = catchThrowableOfType(UploadFileException.class,
                () -> body(file, silent).writeTo(new Buffer()));

        assertThat(e).hasMessageContaining("big.pdf").hasRootCauseMessage("the encoder thread ended without finishing");
    }

    @ParameterizedTest
    @ValueSource(ints = {200_000, BIG})
    @Timeout(10)
    void aFileDeletedBeforeSendingFailsTheUpload(int size) throws Exception {
        Path file = randomFile("gone.pdf", size);
        FileJsonBody body = body(file, new Recording().streamer());
        Files.delete(file);

        UploadFileException e = catchThrowableOfType(UploadFileException.class, () -> body.writeTo(new Buffer()));

        assertThat(e.getCause()).isInstanceOf(NoSuchFileException.class);
        assertThat(e.changed()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {200_000, BIG})
    @Timeout(10)
    void aFileThatShrankFailsTheUploadBeforeItsEnd(int size) throws Exception {
        Path file = randomFile("shrunk.pdf", size);
        FileJsonBody body = body(file, new Recording().streamer());
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(size / 2);
        }
        Buffer out = new Buffer();

        UploadFileException e = catchThrowableOfType(UploadFileException.class, () -> body.writeTo(out));

        assertThat(e.changed()).isTrue();
        assertThat(e).hasMessageContaining("shrunk.pdf").hasMessageContaining(size + " bytes expected");
        assertThat(out.size()).isLessThan(body.contentLength());
    }

    @ParameterizedTest
    @ValueSource(ints = {200_000, BIG})
    @Timeout(10)
    void aFileThatGrewFailsTheUploadInsteadOfOverrunningItsLength(int size) throws Exception {
        Path file = randomFile("grown.pdf", size);
        FileJsonBody body = body(file, new Recording().streamer());
        Files.write(file, new byte[] {1, 2, 3}, java.nio.file.StandardOpenOption.APPEND);
        Buffer out = new Buffer();

        UploadFileException e = catchThrowableOfType(UploadFileException.class, () -> body.writeTo(out));

        assertThat(e.changed()).isTrue();
        assertThat(out.size()).as("never more than announced").isLessThan(body.contentLength());
    }
}
