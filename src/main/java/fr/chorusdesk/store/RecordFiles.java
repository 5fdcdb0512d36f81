package fr.chorusdesk.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Small JSON files holding one record each (a batch, a profile's contract cards): written
 * atomically, and read so that a file that cannot be read is set aside as
 * {@code <name>.corrupt-<time>} rather than deleted or half-read.
 */
final class RecordFiles {

    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private final ObjectMapper mapper = mapper();
    private final Clock clock;

    RecordFiles(Clock clock) {
        this.clock = clock;
    }

    /**
     * The JSON of the store's records: their components by name, absent values as {@code null},
     * ISO dates, exact decimals with their scale, unknown fields of a newer version ignored.
     */
    static ObjectMapper mapper() {
        return JsonMapper.builder()
                .addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .build();
    }

    /** What reading a file gave: its value, or the file set aside, or neither when there is no file. */
    record Read<T>(Optional<T> value, Optional<SetAsideFile> setAside) {
    }

    void write(Path file, Object value) throws IOException {
        AtomicFiles.write(file, mapper.writeValueAsBytes(value));
    }

    <T> Read<T> read(Path file, Class<T> type) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new Read<>(Optional.empty(), Optional.empty());
        }
        try {
            T value = mapper.readValue(bytes, type);
            if (value == null) {
                throw new IOException("empty file");
            }
            return new Read<>(Optional.of(value), Optional.empty());
        } catch (IOException | RuntimeException e) {
            return new Read<>(Optional.empty(), Optional.of(setAside(file, String.valueOf(e.getMessage()))));
        }
    }

    private SetAsideFile setAside(Path file, String reason) throws IOException {
        String original = file.getFileName().toString();
        // a free name: an earlier file set aside in the same second is kept too
        Path kept = SetAsideNames.free(file.getParent(), original + ".corrupt-" + STAMP.format(clock.instant()));
        Files.move(file, kept);
        return new SetAsideFile(original, kept.getFileName().toString(), reason, file.getParent());
    }

    /** A name safe to use as a file name: ids and profile ids are letters, digits, '.', '-' and '_'. */
    static String safe(String name) {
        if (!SAFE_NAME.matcher(name).matches() || name.startsWith(".")) {
            throw new IllegalArgumentException("not a safe file name: " + name);
        }
        return name;
    }
}
