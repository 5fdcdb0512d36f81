package fr.chorusdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.domain.BatchRecord;
import fr.chorusdesk.domain.DraftField;
import fr.chorusdesk.testing.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchStoreTest {

    @TempDir
    Path dir;

    private final MutableClock clock = MutableClock.atFixedStart();

    @Test
    void aBatchComesBackWithEveryRowAndOutcome() throws Exception {
        BatchStore store = new BatchStore(dir, clock);
        BatchRecord.Outcome refused = new BatchRecord.Outcome(BatchRecord.Outcome.Kind.REFUSED, Optional.empty(),
                "Chorus Pro a refusé « soumettre » (code 20110)", Optional.of(DraftField.INVOICE_NUMBER),
                Instant.parse("2026-03-10T09:05:00Z"));
        BatchRecord.Outcome sent = new BatchRecord.Outcome(BatchRecord.Outcome.Kind.SENT, Optional.of(8300002L),
                "n° Chorus 8300002", Optional.empty(), Instant.parse("2026-03-10T09:06:00Z"));
        BatchRecord batch = new BatchRecord("b-1", "client-a", Instant.parse("2026-03-10T09:00:00Z"), List.of(
                new BatchRecord.Row("d-1", "/factures/1.pdf", "a".repeat(64), true, Optional.of(refused)),
                new BatchRecord.Row("d-2", "/factures/2.pdf", "b".repeat(64), true, Optional.of(sent)),
                new BatchRecord.Row("d-3", "/factures/3.pdf", "c".repeat(64), false, Optional.empty())));
        store.save(batch);

        assertThat(new BatchStore(dir, clock).find("b-1")).contains(batch);
        assertThat(store.list().batches()).containsExactly(batch);
    }

    @Test
    void aDamagedBatchFileIsSetAsideAndTheOthersLoad() throws Exception {
        BatchStore store = new BatchStore(dir, clock);
        BatchRecord good = new BatchRecord("good", "demo", Instant.parse("2026-03-10T09:00:00Z"), List.of());
        store.save(good);
        Files.writeString(dir.resolve("torn.json"), "{\"id\":\"torn\",\"profile\":\"de");

        BatchStore.Listing listing = store.list();

        assertThat(listing.batches()).containsExactly(good);
        assertThat(listing.setAside()).singleElement().satisfies(f -> {
            assertThat(f.original()).isEqualTo("torn.json");
            assertThat(f.keptAs()).isEqualTo("torn.json.corrupt-20260310-090000");
        });
        assertThat(dir.resolve("torn.json.corrupt-20260310-090000")).exists();
        assertThat(dir.resolve("torn.json")).doesNotExist();
    }
}
