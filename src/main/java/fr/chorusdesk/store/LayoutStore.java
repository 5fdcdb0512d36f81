package fr.chorusdesk.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fr.chorusdesk.domain.LearnedLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The layouts learned for each profile, one file per profile: {@code <dir>/<profile>.json}. Written
 * atomically; a file that cannot be read is renamed {@code <name>.corrupt-<time>} and the profile
 * starts again with no learned layout (nothing is lost, nothing blocks). Read only when a plain PDF
 * is read, never at start-up.
 */
public final class LayoutStore {

    public static final int SCHEMA_VERSION = 1;

    private static final Logger LOG = LoggerFactory.getLogger(LayoutStore.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    /** The file's shape. */
    record LayoutFile(int schemaVersion, List<LearnedLayout> layouts) {
    }

    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();
    private final Path dir;
    private final Clock clock;
    private volatile SetAsideFile setAside;

    public LayoutStore(Path dir, Clock clock) {
        this.dir = Objects.requireNonNull(dir);
        this.clock = Objects.requireNonNull(clock);
    }

    /** The profile's layouts; none when it has no file yet or its file is damaged (then set aside). */
    public List<LearnedLayout> load(String profileId) {
        Path file = file(profileId);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            LOG.warn("Learned layouts of profile {} unreadable: {}", profileId, e.toString());
            return List.of();
        }
        try {
            LayoutFile read = mapper.readValue(bytes, LayoutFile.class);
            if (read == null || read.layouts() == null || read.schemaVersion() > SCHEMA_VERSION) {
                throw new IOException("not a layouts file of version " + SCHEMA_VERSION);
            }
            return List.copyOf(read.layouts());
        } catch (IOException | RuntimeException e) {
            setAside(file, e.toString());
            return List.of();
        }
    }

    /** Replaces the profile's layouts, atomically. */
    public void save(String profileId, List<LearnedLayout> layouts) throws IOException {
        AtomicFiles.write(file(profileId), mapper.writeValueAsBytes(new LayoutFile(SCHEMA_VERSION, layouts)));
    }

    /** The last file set aside because it could not be read, so that the user can be told. */
    public Optional<SetAsideFile> setAsideFile() {
        return Optional.ofNullable(setAside);
    }

    private Path file(String profileId) {
        if (!profileId.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("profile id: " + profileId);
        }
        return dir.resolve(profileId + ".json");
    }

    private void setAside(Path file, String reason) {
        try {
            // a free name: an earlier file set aside in the same second is kept too
            Path kept = SetAsideNames.free(dir, file.getFileName() + ".corrupt-" + STAMP.format(clock.instant()));
            Files.move(file, kept);
            String keptAs = kept.getFileName().toString();
            setAside = new SetAsideFile(file.getFileName().toString(), keptAs, reason, dir);
            LOG.warn("Learned layouts file {} could not be read ({}); kept as {}, no layout is used",
                    file.getFileName(), reason, keptAs);
        } catch (IOException e) {
            LOG.warn("Learned layouts file {} could not be read nor set aside: {}", file.getFileName(), e.toString());
        }
    }
}
