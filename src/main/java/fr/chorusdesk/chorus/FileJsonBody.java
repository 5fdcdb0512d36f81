package fr.chorusdesk.chorus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import fr.chorusdesk.chorus.api.ChorusHttp;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.Buffer;
import okio.BufferedSink;
import okio.ForwardingSink;
import okio.Okio;

/**
 * A JSON request body with one field holding a file in Base64, encoded while the body is written:
 * the other fields are serialised once by Jackson around an empty value, then the file is read in
 * small blocks, encoded and written straight to the socket ({@link Base64Streamer}), so neither
 * the Base64 text nor the whole JSON ever sits in memory. The body can be written more than once (the resend after a 401).
 */
final class FileJsonBody extends RequestBody {

    static final MediaType JSON = MediaType.get(ChorusHttp.JSON_UTF8);

    private final Map<String, Object> fields;
    private final String fileField;
    private final Path file;
    private final long fileSize;
    private final long contentLength;
    private final byte[] prefix;
    private final byte[] suffix;
    private final boolean oneShot;
    private final Base64Streamer streamer;
    private final UploadProgress progress;

    /**
     * @param fields    the other fields, in order (String, Long or Boolean values; nulls are left out)
     * @param fileField name of the field carrying the file, written last
     */
    FileJsonBody(JsonFactory factory, Map<String, Object> fields, String fileField, Path file, boolean oneShot)
            throws IOException {
        this(factory, fields, fileField, file, oneShot, Base64Streamer.standard(), UploadProgress.NONE);
    }

    /** @param progress told, as the Base64 goes out, how many of the file's bytes were sent */
    FileJsonBody(JsonFactory factory, Map<String, Object> fields, String fileField, Path file, boolean oneShot,
            UploadProgress progress) throws IOException {
        this(factory, fields, fileField, file, oneShot, Base64Streamer.standard(), progress);
    }

    FileJsonBody(JsonFactory factory, Map<String, Object> fields, String fileField, Path file, boolean oneShot,
            Base64Streamer streamer) throws IOException {
        this(factory, fields, fileField, file, oneShot, streamer, UploadProgress.NONE);
    }

    FileJsonBody(JsonFactory factory, Map<String, Object> fields, String fileField, Path file, boolean oneShot,
            Base64Streamer streamer, UploadProgress progress) throws IOException {
        this.oneShot = oneShot;
        this.streamer = streamer;
        this.progress = progress;
        this.fields = new LinkedHashMap<>();
        fields.forEach((k, v) -> {
            if (v != null) {
                this.fields.put(k, v);
            }
        });
        this.fileField = fileField;
        this.file = file;
        this.fileSize = Files.size(file);
        if (fileSize > Integer.MAX_VALUE) {
            throw new IOException("File too large to upload: " + fileSize + " bytes");
        }
        byte[][] parts = envelope(factory, this.fields, fileField);
        this.prefix = parts[0];
        this.suffix = parts[1];
        this.contentLength = prefix.length + base64Length(fileSize) + suffix.length;
    }

    static long base64Length(long bytes) {
        return 4 * ((bytes + 2) / 3);
    }

    @Override
    public MediaType contentType() {
        return JSON;
    }

    @Override
    public long contentLength() {
        return contentLength;
    }

    /** One-shot keeps OkHttp from replaying an upload by itself; the client may still resend after a 401. */
    @Override
    public boolean isOneShot() {
        return oneShot;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
        sink.write(prefix);
        progress.sent(0, fileSize);
        // throws before the suffix when the file cannot be sent whole: the JSON stays incomplete
        if (progress == UploadProgress.NONE) {
            streamer.write(file, fileSize, sink);
        } else {
            BufferedSink counted = Okio.buffer(new ProgressSink(sink));
            streamer.write(file, fileSize, counted);
            counted.emit();
        }
        sink.write(suffix);
        progress.sent(fileSize, fileSize);
    }

    /**
     * Counts the Base64 characters passed on to the connection and reports them as file bytes
     * (three per four characters), once per percent so a 10 MB file gives about a hundred calls.
     */
    private final class ProgressSink extends ForwardingSink {
        private long characters;
        private long lastReported = -1;

        ProgressSink(BufferedSink delegate) {
            super(delegate);
        }

        @Override
        public void write(Buffer source, long byteCount) throws IOException {
            super.write(source, byteCount);
            characters += byteCount;
            long bytes = Math.min(fileSize, characters / 4 * 3);
            long step = Math.max(1, fileSize / 100);
            if (bytes < fileSize && bytes / step != lastReported) {
                lastReported = bytes / step;
                progress.sent(bytes, fileSize);
            }
        }

        @Override
        public void close() {
            // the connection's sink belongs to OkHttp: flushing is enough
        }
    }

    /** What the log may say about this body: the fields, but of the file only its name and size. */
    String describe() {
        return "JSON " + fields + " + " + fileField + "=<" + file.getFileName() + ", " + fileSize + " bytes as "
                + base64Length(fileSize) + " Base64 characters, not logged>";
    }

    /** The JSON with an empty file field, split around that empty value: {@code {...,"field":"} and {@code "}}. */
    private static byte[][] envelope(JsonFactory factory, Map<String, Object> fields, String fileField) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = factory.createGenerator(out)) {
            g.writeStartObject();
            for (Map.Entry<String, Object> e : fields.entrySet()) {
                g.writeFieldName(e.getKey());
                Object v = e.getValue();
                if (v instanceof Long l) {
                    g.writeNumber(l);
                } else if (v instanceof Integer i) {
                    g.writeNumber(i);
                } else if (v instanceof Boolean b) {
                    g.writeBoolean(b);
                } else {
                    g.writeString(v.toString());
                }
            }
            g.writeStringField(fileField, "");
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] all = out.toByteArray();
        // the document ends with the empty value and the closing brace: ""}
        int split = all.length - 2;
        return new byte[][] {Arrays.copyOfRange(all, 0, split), Arrays.copyOfRange(all, split, all.length)};
    }
}
