package fr.chorusdesk.store;

import fr.chorusdesk.domain.BatchRecord;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The batches on disk, one file each: {@code <dir>/<batch id>.json}, written atomically. A file
 * that cannot be read is set aside ({@code .corrupt-<time>}) and reported; the others load.
 */
public final class BatchStore {

    private static final String SUFFIX = ".json";

    private final Path dir;
    private final RecordFiles files;

    public BatchStore(Path dir, Clock clock) {
        this.dir = Objects.requireNonNull(dir);
        this.files = new RecordFiles(clock);
    }

    /** Every readable batch, and the files set aside because they could not be read. */
    public record Listing(List<BatchRecord> batches, List<SetAsideFile> setAside) {

        public Listing {
            batches = List.copyOf(batches);
            setAside = List.copyOf(setAside);
        }
    }

    public void save(BatchRecord batch) throws IOException {
        files.write(file(batch.id()), batch);
    }

    public Optional<BatchRecord> find(String id) throws IOException {
        return files.read(file(id), BatchRecord.class).value();
    }

    public Listing list() throws IOException {
        List<BatchRecord> batches = new ArrayList<>();
        List<SetAsideFile> setAside = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return new Listing(batches, setAside);
        }
        try (DirectoryStream<Path> found = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
            for (Path file : found) {
                RecordFiles.Read<BatchRecord> read = files.read(file, BatchRecord.class);
                read.value().ifPresent(batches::add);
                read.setAside().ifPresent(setAside::add);
            }
        }
        batches.sort(java.util.Comparator.comparing(BatchRecord::createdAt).reversed());
        return new Listing(batches, setAside);
    }

    public void delete(String id) throws IOException {
        Files.deleteIfExists(file(id));
    }

    private Path file(String id) {
        return dir.resolve(RecordFiles.safe(id) + SUFFIX);
    }
}
