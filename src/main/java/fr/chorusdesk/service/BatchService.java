package fr.chorusdesk.service;

import fr.chorusdesk.domain.BatchRecord;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Batches of invoices for the active profile's Chorus Pro: starts one, reopens one (resuming an
 * interrupted sending), lists them. Built on the wizard's services, which stay the only way
 * anything is sent ({@link DraftSubmission} over {@link SubmissionService}).
 */
public final class BatchService {

    /**
     * PDFs read at once: PDFBox parses on the CPU and holds one document per reader, so a few
     * threads keep a desktop responsive and the heap bounded whatever the batch's size.
     */
    public static final int READERS = 3;

    private final BatchParts parts;
    private final int readers;

    /**
     * @param cards    the contract cards offered to each row; empty where none are kept (tests of other parts)
     * @param defaults the profile's usual VAT regime and payment mode, which each row is checked with
     *                 (as the sending applies them)
     */
    public BatchService(BatchJournal journal, DraftService drafts, HistoryService history, PreflightService preflight,
            RecipientService recipients, SubmissionService submissions, DraftSubmission sending,
            Optional<ContractCards> cards, java.util.function.Supplier<fr.chorusdesk.domain.InvoicingDefaults> defaults,
            Clock clock, Locale locale) {
        this(journal, drafts, history, preflight, recipients, submissions, sending, cards, defaults, clock, locale,
                READERS);
    }

    BatchService(BatchJournal journal, DraftService drafts, HistoryService history, PreflightService preflight,
            RecipientService recipients, SubmissionService submissions, DraftSubmission sending,
            Optional<ContractCards> cards, java.util.function.Supplier<fr.chorusdesk.domain.InvoicingDefaults> defaults,
            Clock clock, Locale locale, int readers) {
        this.parts = new BatchParts(Objects.requireNonNull(journal), Objects.requireNonNull(drafts),
                Objects.requireNonNull(history), Objects.requireNonNull(recipients),
                new BatchReading(Objects.requireNonNull(preflight), locale),
                new BatchChecks(Objects.requireNonNull(submissions), recipients, Objects.requireNonNull(cards),
                        Objects.requireNonNull(defaults), locale),
                new BatchSending(Objects.requireNonNull(sending), clock, locale), new DraftFieldText(locale),
                Objects.requireNonNull(clock), Objects.requireNonNull(locale));
        this.readers = readers;
    }

    /** A new, empty batch of this profile. */
    public Batch start(String profile, BatchListener listener) throws IOException {
        return new Batch(parts, parts.journal().create(profile), listener, pool());
    }

    /**
     * A batch kept on disk, every row worked out again in the background from its draft, the
     * history and what its file says ended for sure; then {@link Batch#interrupted()} lists what an
     * interrupted sending left.
     *
     * @throws NoSuchElementException when there is no such batch (or its file was set aside)
     */
    public Batch open(String id, BatchListener listener) throws IOException {
        BatchRecord record = parts.journal().find(id).orElseThrow(() -> new NoSuchElementException("batch " + id));
        Batch batch = new Batch(parts, record, listener, pool());
        batch.restoreAll();
        return batch;
    }

    /** Every batch kept, the most recent first. */
    public List<BatchSummary> list() throws IOException {
        return parts.journal().list();
    }

    private ExecutorService pool() {
        AtomicInteger count = new AtomicInteger();
        return Executors.newFixedThreadPool(readers, r -> {
            Thread t = new Thread(r, "batch-reader-" + count.incrementAndGet());
            // a PDF being read must never keep the process alive once the window is closed
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        });
    }
}
