package fr.chorusdesk.store;

import fr.chorusdesk.domain.ContractCard;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The contract cards of each profile: {@code <dir>/<profile id>.json}, the whole list written
 * atomically at each change. A file that cannot be read is set aside ({@code .corrupt-<time>})
 * and the profile starts again with no cards, told so.
 */
public final class ContractCardStore {

    private final Path dir;
    private final RecordFiles files;

    public ContractCardStore(Path dir, Clock clock) {
        this.dir = Objects.requireNonNull(dir);
        this.files = new RecordFiles(clock);
    }

    /** The file's shape: a version, so that a newer layout can be told apart. */
    record CardsFile(int schemaVersion, List<ContractCard> cards) {

        CardsFile {
            cards = cards == null ? List.of() : List.copyOf(cards);
        }
    }

    /** A profile's cards, and the file set aside when it could not be read. */
    public record Cards(List<ContractCard> cards, Optional<SetAsideFile> setAside) {

        public Cards {
            cards = List.copyOf(cards);
            Objects.requireNonNull(setAside, "setAside");
        }
    }

    public Cards read(String profile) throws IOException {
        RecordFiles.Read<CardsFile> read = files.read(file(profile), CardsFile.class);
        return new Cards(read.value().map(CardsFile::cards).orElse(List.of()), read.setAside());
    }

    public void write(String profile, List<ContractCard> cards) throws IOException {
        files.write(file(profile), new CardsFile(1, cards));
    }

    private Path file(String profile) {
        return dir.resolve(RecordFiles.safe(profile) + ".json");
    }
}
