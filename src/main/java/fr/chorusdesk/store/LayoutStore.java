package fr.chorusdesk.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fr.chorusdesk.domain.LearnedLayout;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The layouts learned for each profile, one file per profile: {@code <dir>/<profile>.json}. Written
 * atomically; a file that cannot be read is renamed {@code <name>.corrupt-<time>} and the profile
 * starts again with no learned layout (nothing is lost, nothing blocks). Read when a plain PDF is
 * read, and once after the first frame by {@link #checkAll()}, so that a damaged file is said.
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
    private static final String PROFILE_ID = "[A-Za-z0-9_-]+";
    private static final String SUFFIX = ".json";

    private final Path dir;
    private final Clock clock;

    public LayoutStore(Path dir, Clock clock) {
        this.dir = Objects.requireNonNull(dir);
        this.clock = Objects.requireNonNull(clock);
    }

    /** The profile's layouts; none when it has no file yet or its file is damaged (then set aside). */
    public List<LearnedLayout> load(String profileId) {
        return read(file(profileId)).layouts();
    }

    /**
     * Reads every profile's file, setting aside the damaged ones, and gives those it set aside (at
     * start-up, after the first frame, so that the user is told). Blocking (disk).
     */
    public List<SetAsideFile> checkAll() throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<SetAsideFile> setAside = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (name.substring(0, name.length() - SUFFIX.length()).matches(PROFILE_ID)) {
                    read(file).setAside().ifPresent(setAside::add);
                }
            }
        }
        return setAside;
    }

    private record Read(List<LearnedLayout> layouts, Optional<SetAsideFile> setAside) {
    }

    private Read read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new Read(List.of(), Optional.empty());
        } catch (IOException e) {
            LOG.warn("Learned layouts file {} unreadable: {}", file.getFileName(), e.toString());
            return new Read(List.of(), Optional.empty());
        }
        try {
            LayoutFile read = mapper.readValue(bytes, LayoutFile.class);
            if (read == null || read.layouts() == null || read.schemaVersion() > SCHEMA_VERSION) {
                throw new IOException("not a layouts file of version " + SCHEMA_VERSION);
            }
            return new Read(List.copyOf(read.layouts()), Optional.empty());
        } catch (IOException | RuntimeException e) {
            return new Read(List.of(), setAside(file, e.toString()));
        }
    }

    /** Replaces the profile's layouts, atomically. */
    public void save(String profileId, List<LearnedLayout> layouts) throws IOException {
        AtomicFiles.write(file(profileId), mapper.writeValueAsBytes(new LayoutFile(SCHEMA_VERSION, layouts)));
    }

    private Path file(String profileId) {
        if (!profileId.matches(PROFILE_ID)) {
            throw new IllegalArgumentException("profile id: " + profileId);
        }
        return dir.resolve(profileId + SUFFIX);
    }

    private Optional<SetAsideFile> setAside(Path file, String reason) {
        try {
            // a free name: an earlier file set aside in the same second is kept too
            Path kept = SetAsideNames.free(dir, file.getFileName() + ".corrupt-" + STAMP.format(clock.instant()));
            Files.move(file, kept);
            String keptAs = kept.getFileName().toString();
            LOG.warn("Learned layouts file {} could not be read ({}); kept as {}, no layout is used",
                    file.getFileName(), reason, keptAs);
            return Optional.of(new SetAsideFile(file.getFileName().toString(), keptAs, reason, dir));
        } catch (IOException e) {
            LOG.warn("Learned layouts file {} could not be read nor set aside: {}", file.getFileName(), e.toString());
            return Optional.empty();
        }
    }
}
