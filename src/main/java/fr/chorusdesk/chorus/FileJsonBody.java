package fr.chorusdesk.chorus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import fr.chorusdesk.chorus.api.ChorusHttp;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;

/**
 * A JSON request body with one field holding a file in Base64, encoded while the body is written:
 * the file is read in small chunks straight into the socket, so neither the Base64 text nor the
 * whole JSON ever sits in memory. The body can be written more than once (the resend after a 401).
 */
final class FileJsonBody extends RequestBody {

    static final MediaType JSON = MediaType.get(ChorusHttp.JSON_UTF8);

    private final JsonFactory factory;
    private final Map<String, Object> fields;
    private final String fileField;
    private final Path file;
    private final long fileSize;
    private final long contentLength;
    private final boolean oneShot;

    /**
     * @param fields    the other fields, in order (String, Long or Boolean values; nulls are left out)
     * @param fileField name of the field carrying the file, written last
     */
    FileJsonBody(JsonFactory factory, Map<String, Object> fields, String fileField, Path file, boolean oneShot)
            throws IOException {
        this.factory = factory;
        this.oneShot = oneShot;
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
        this.contentLength = envelopeLength() + base64Length(fileSize);
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
        try (InputStream in = Files.newInputStream(file)) {
            write(sink.outputStream(), in, (int) fileSize);
        }
    }

    /** What the log may say about this body: the fields, but of the file only its name and size. */
    String describe() {
        return "JSON " + fields + " + " + fileField + "=<" + file.getFileName() + ", " + fileSize + " bytes as "
                + base64Length(fileSize) + " Base64 characters, not logged>";
    }

    private long envelopeLength() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(out, InputStream.nullInputStream(), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // the empty Base64 value was written as "" — the same two quotes enclose the real one
        return out.size();
    }

    private void write(OutputStream out, InputStream content, int length) throws IOException {
        try (JsonGenerator g = factory.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
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
            g.writeFieldName(fileField);
            g.writeBinary(content, length);
            g.writeEndObject();
        }
    }
}
