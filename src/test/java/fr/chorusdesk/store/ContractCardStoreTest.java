package fr.chorusdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.chorusdesk.domain.ContractCard;
import fr.chorusdesk.testing.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContractCardStoreTest {

    @TempDir
    Path dir;

    private final MutableClock clock = MutableClock.atFixedStart();

    @Test
    void eachProfileKeepsItsOwnCards() throws Exception {
        ContractCardStore store = new ContractCardStore(dir, clock);
        ContractCard card = new ContractCard("22691000200014", Optional.of("M-2026-04"), Optional.of("VOIRIE"),
                Optional.of("EJ-12"), Optional.of("DEPARTEMENT DU VAL-DEMO"), Instant.parse("2026-03-10T09:00:00Z"));
        store.write("client-a", List.of(card));

        assertThat(new ContractCardStore(dir, clock).read("client-a").cards()).containsExactly(card);
        assertThat(store.read("client-b").cards()).isEmpty();
        assertThat(store.read("client-b").setAside()).isEmpty();
        assertThatThrownBy(() -> store.read("../settings")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDamagedFileIsSetAsideAndTheProfileStartsWithoutCards() throws Exception {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("demo.json"), "{\"schemaVersion\":1,\"cards\":[{\"recipientSi");

        ContractCardStore.Cards read = new ContractCardStore(dir, clock).read("demo");

        assertThat(read.cards()).isEmpty();
        assertThat(read.setAside()).hasValueSatisfying(f ->
                assertThat(f.keptAs()).isEqualTo("demo.json.corrupt-20260310-090000"));
        assertThat(dir.resolve("demo.json.corrupt-20260310-090000")).exists();
    }
}
