package fr.chorusdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.domain.SentInvoice;
import fr.chorusdesk.domain.StatusChange;
import fr.chorusdesk.testing.MutableClock;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history file: changes survive a reopen, a torn last line loses nothing acknowledged, damage is set aside. */
class HistoryStoreTest {

    @TempDir
    Path dir;

    private final MutableClock clock = MutableClock.atFixedStart();

    static SentInvoice invoice(String id, String status) {
        return new SentInvoice(id, "demo", Optional.of("a".repeat(64)), "FA-" + id, "21750001000012",
                SentInvoice.State.SENT, "PDF_UPLOAD", Optional.of(1000L + id.length()), Optional.empty(), status,
                Optional.of(LocalDate.of(2026, 3, 9)), Optional.of(LocalDate.of(2026, 3, 10)),
                Optional.of(new BigDecimal("1000.00")), Optional.of(new BigDecimal("1200.00")),
                Optional.of("c0ffee"), Optional.empty(),
                List.of(new StatusChange(status, LocalDateTime.of(2026, 3, 10, 10, 0), Optional.of("motif"))),
                java.time.Instant.parse("2026-03-10T09:00:00Z"), Optional.empty());
    }

    @Test
    void everyChangeIsThereAfterAReopenAndTheLogIsFoldedIntoTheSnapshot() throws Exception {
        HistoryStore store = HistoryStore.open(dir, clock);
        store.put(invoice("1", "DEPOSEE"));
        store.put(invoice("2", "DEPOSEE"));
        store.put(invoice("1", "REJETEE"));
        store.remove("2");
        assertThat(Files.readAllLines(dir.resolve("history.jsonl"))).hasSize(4);

        HistoryStore reopened = HistoryStore.open(dir, clock);

        assertThat(reopened.all()).containsExactly(invoice("1", "REJETEE"));
        assertThat(Files.size(dir.resolve("history.jsonl"))).isZero();
        assertThat(HistoryStore.open(dir, clock).all()).containsExactly(invoice("1", "REJETEE"));
    }

    @Test
    void aLastLineTornByACrashIsDroppedAndKeptAsideWhileEarlierChangesStay() throws Exception {
        HistoryStore store = HistoryStore.open(dir, clock);
        store.put(invoice("1", "DEPOSEE"));
        store.put(invoice("2", "DEPOSEE"));
        String whole = Files.readAllLines(dir.resolve("history.jsonl")).get(1);
        Files.writeString(dir.resolve("history.jsonl"), whole.substring(0, whole.length() / 2),
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        HistoryStore reopened = HistoryStore.open(dir, clock);

        assertThat(reopened.all()).containsExactly(invoice("1", "DEPOSEE"), invoice("2", "DEPOSEE"));
        assertThat(reopened.setAside()).singleElement()
                .satisfies(f -> assertThat(dir.resolve(f.keptAs())).exists());
    }

    @Test
    void aDamagedSnapshotIsSetAsideNotDeleted() throws Exception {
        HistoryStore store = HistoryStore.open(dir, clock);
        store.put(invoice("1", "DEPOSEE"));
        store.compact();
        Files.writeString(dir.resolve("history.json"), "{\"schemaVersion\":1,\"invoices\":[{\"id\":", StandardCharsets.UTF_8);

        HistoryStore reopened = HistoryStore.open(dir, clock);

        assertThat(reopened.setAside()).singleElement().satisfies(f -> {
            assertThat(f.original()).isEqualTo("history.json");
            assertThat(Files.readString(dir.resolve(f.keptAs()))).startsWith("{\"schemaVersion\":1");
        });
    }
}
