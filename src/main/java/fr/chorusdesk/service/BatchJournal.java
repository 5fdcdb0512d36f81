package fr.chorusdesk.service;

import fr.chorusdesk.domain.BatchRecord;
import fr.chorusdesk.store.BatchStore;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The batches kept on disk ({@link BatchStore}): what each holds and what is known for sure of its
 * sendings, so that a batch reopened after a crash resumes where it stopped. Blocking (disk).
 */
public final class BatchJournal {

    private final BatchStore store;
    private final Clock clock;

    public BatchJournal(BatchStore store, Clock clock) {
        this.store = Objects.requireNonNull(store);
        this.clock = Objects.requireNonNull(clock);
    }

    BatchRecord create(String profile) throws IOException {
        BatchRecord batch = new BatchRecord(UUID.randomUUID().toString(), profile, clock.instant(), List.of());
        store.save(batch);
        return batch;
    }

    void save(BatchRecord batch) throws IOException {
        store.save(batch);
    }

    Optional<BatchRecord> find(String id) throws IOException {
        return store.find(id);
    }

    /** Every batch with rows, the most recent first. */
    public List<BatchSummary> list() throws IOException {
        return store.list().batches().stream().filter(b -> !b.rows().isEmpty()).map(BatchJournal::summary).toList();
    }

    /** French sentences for batch files found unreadable and set aside. */
    public List<String> setAsideMessages(Locale locale) throws IOException {
        return store.list().setAside().stream()
                .map(f -> ServiceMessages.format(locale, "batch.setAside", f.original(), f.keptAs())).toList();
    }

    /** Forgets a batch; its drafts and its invoices in the history stay. */
    public void delete(String id) throws IOException {
        store.delete(id);
    }

    private static BatchSummary summary(BatchRecord b) {
        int onChorus = 0;
        int interrupted = 0;
        for (BatchRecord.Row row : b.rows()) {
            Optional<BatchRecord.Outcome.Kind> kind = row.outcome().map(BatchRecord.Outcome::kind);
            if (kind.equals(Optional.of(BatchRecord.Outcome.Kind.SENT))
                    || kind.equals(Optional.of(BatchRecord.Outcome.Kind.ALREADY_SENT))) {
                onChorus++;
            } else if (row.sendRequested() && row.outcome().map(o -> !o.settled()).orElse(true)) {
                interrupted++;
            }
        }
        return new BatchSummary(b.id(), b.profile(), b.createdAt(), b.rows().size(), onChorus, interrupted);
    }
}
