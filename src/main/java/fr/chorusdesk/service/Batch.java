package fr.chorusdesk.service;

import fr.chorusdesk.domain.BatchRecord;
import fr.chorusdesk.domain.DraftField;
import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.domain.SentInvoice;
import fr.chorusdesk.domain.SupplierIdentity;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One batch of invoices being prepared and sent, for one profile. Each PDF is a row, and each row a
 * draft saved like any other; the same PDF twice is one row; a PDF the history holds as sent is
 * {@link BatchStatus#ALREADY_SENT} and never sent again. PDFs are read a few at a time on the
 * batch's reading threads while the rows can already be edited; invoices are sent one at a time by
 * {@link #send}, each through {@link DraftSubmission}, so the wizard's duplicate protection holds
 * for every one of them (see docs/decisions/015-batch-sending-and-resume.md).
 *
 * <p>What is known for sure about each sending is written to the batch's file at once (a send
 * requested, its outcome); together with the history, which records an invoice as in flight before
 * the request that creates it leaves, it lets {@link BatchService#open} resume after a crash with
 * no invoice sent twice and none forgotten. Thread-safe; the listener is called under the batch's
 * lock, in order.
 *
 * <p>Over 350 lines: the batch's state and its persistence are one lock's business; reading,
 * checking and sending one invoice live in {@link BatchReading}, {@link BatchChecks} and
 * {@link BatchSending}.
 */
public final class Batch implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Batch.class);

    /** What {@link #add} did: the rows added, and the PDFs left out as copies of a row. */
    public record Added(List<String> rowIds, List<String> duplicateFiles) {
    }

    /** How a sending ended, counted per final status. */
    public record Sent(int sent, int refused, int toCheck, int other) {
    }

    private final BatchParts parts;
    private final BatchListener listener;
    private final ExecutorService readers;
    /** Replaced under the lock; volatile so that its fixed parts (id, profile) are read without it. */
    private volatile BatchRecord record;
    private final Map<String, BatchRow> rows = new LinkedHashMap<>();
    private final Map<String, List<String>> pdfProblems = new HashMap<>();
    private List<BatchRow> published = List.of();
    private int readTotal;
    private int readDone;
    private int busy;

    Batch(BatchParts parts, BatchRecord record, BatchListener listener, ExecutorService readers) {
        this.parts = parts;
        this.record = record;
        this.listener = listener;
        this.readers = readers;
    }

    public String id() {
        return record.id();
    }

    public java.time.Instant createdAt() {
        return record.createdAt();
    }

    /** The profile every invoice of the batch is sent with. */
    public String profile() {
        return record.profile();
    }

    public synchronized List<BatchRow> rows() {
        return List.copyOf(published);
    }

    /** The file a row was read from, as the user gave it. */
    public synchronized Optional<Path> source(String id) {
        return record.row(id).map(r -> Path.of(r.source()));
    }

    public synchronized Optional<BatchRow> row(String id) {
        return published.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    // ------------------------------------------------------------------ adding and reading

    /**
     * Adds PDFs (a folder adds the PDFs it holds) as rows and reads them in the background. A PDF
     * identical to a row already there (same SHA-256) adds nothing.
     */
    public Added add(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            files.addAll(pdfsIn(path));
        }
        Map<String, Path> toRead = new LinkedHashMap<>();
        List<String> duplicates = new ArrayList<>();
        List<String> added = new ArrayList<>();
        Map<String, String> fingerprints = new HashMap<>();
        for (Path file : files) {
            fingerprints.put(file.toString(), PreflightService.fingerprint(file).orElse(""));
        }
        synchronized (this) {
            List<BatchRecord.Row> recordRows = new ArrayList<>(record.rows());
            for (Path file : files) {
                String sha = fingerprints.get(file.toString());
                if (!sha.isEmpty() && recordRows.stream().anyMatch(r -> r.pdfSha256().equals(sha))) {
                    duplicates.add(file.getFileName().toString());
                    continue;
                }
                String id = InvoiceDraft.start(parts.clock().instant()).id();
                Optional<SentInvoice> known = sha.isEmpty() ? Optional.empty()
                        : parts.history().byPdf(profile(), sha).filter(i -> i.state() == SentInvoice.State.SENT);
                Optional<BatchRecord.Outcome> outcome = known.map(i -> new BatchRecord.Outcome(
                        BatchRecord.Outcome.Kind.ALREADY_SENT, i.invoiceId(), "", Optional.empty(),
                        parts.clock().instant()));
                recordRows.add(new BatchRecord.Row(id, file.toAbsolutePath().toString(), sha, false, outcome));
                added.add(id);
                if (known.isPresent()) {
                    rows.put(id, alreadySent(BatchRow.reading(id, file.getFileName().toString()), known.get()));
                } else {
                    rows.put(id, BatchRow.reading(id, file.getFileName().toString()));
                    toRead.put(id, file);
                }
            }
            record = record.withRows(recordRows);
            parts.journal().save(record);
            readTotal += toRead.size();
            publish();
            readingProgress();
        }
        toRead.forEach((id, file) -> queue(() -> {
            readNew(id, file);
            readFinished();
        }));
        return new Added(added, duplicates);
    }

    /** Waits until every PDF added or restored has been read and checked (the command line, tests). */
    public synchronized boolean awaitRead(Duration limit) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (busy > 0) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    private void readNew(String id, Path file) {
        BatchRow row = current(id).orElse(null);
        if (row == null) {
            return;
        }
        InvoiceDraft base = withId(InvoiceDraft.start(parts.clock().instant()), id);
        BatchReading.Read read = parts.reading().read(file, base);
        BatchRow withReading = new BatchRow(id, row.fileName(), BatchStatus.READING, Optional.of(read.draft()),
                Optional.empty(), read.reading(), read.suggestions(), List.of(), "", Optional.empty(),
                Optional.empty(), 0, Optional.empty());
        InvoiceDraft saved;
        try {
            saved = parts.drafts().saveIn(profile(), read.draft());
        } catch (IOException | RuntimeException e) {
            LOG.error("Batch row {} not saved as a draft", file, e);
            settleRead(id, withReading.withStatus(BatchStatus.BLOCKED, text("problem.localFile"), Optional.empty()),
                    read.pdfProblems());
            return;
        }
        settleRead(id, evaluate(withReading, saved, read.pdfProblems()), read.pdfProblems());
    }

    private synchronized void settleRead(String id, BatchRow row, List<String> problems) {
        if (!rows.containsKey(id)) {
            return;
        }
        rows.put(id, row);
        pdfProblems.put(id, problems);
        publish();
    }

    private synchronized void readFinished() {
        readDone++;
        readingProgress();
    }

    // ------------------------------------------------------------------ editing

    /**
     * Puts a typed value into one row, as the wizard's field would, and checks the row again. A
     * text that is not a date or an amount at all leaves the row as it was and says so.
     */
    public BatchRow edit(String id, DraftField field, String text) throws IOException {
        return change(id, draft -> parts.fieldText().apply(draft, field, text));
    }

    /** The same value in the same column for several rows (one service code for ten invoices). */
    public List<BatchRow> fill(Collection<String> ids, DraftField field, String text) throws IOException {
        List<BatchRow> changed = new ArrayList<>();
        for (String id : ids) {
            if (current(id).map(r -> r.status().editable()).orElse(false)) {
                changed.add(edit(id, field, text));
            }
        }
        return changed;
    }

    /** Takes the values read in each plain PDF's text for the fields still empty. */
    public List<BatchRow> takeReadValues(Collection<String> ids) throws IOException {
        List<BatchRow> changed = new ArrayList<>();
        for (String id : ids) {
            Optional<BatchRow> row = current(id).filter(r -> r.status().editable() && !r.suggestions().isEmpty());
            if (row.isPresent()) {
                List<PreflightResult.Suggestion> suggestions = row.get().suggestions();
                changed.add(change(id, d -> new DraftFieldText.Result(parts.reading().takeReadValues(d, suggestions,
                        this::isPublicRecipient), Optional.empty())));
            }
        }
        return changed;
    }

    /** Fills each row's empty contract number, service code and engagement number from its contract card. */
    public List<BatchRow> takeContractCards(Collection<String> ids) throws IOException {
        List<BatchRow> changed = new ArrayList<>();
        for (String id : ids) {
            Optional<BatchRow> row = current(id).filter(r -> r.status().editable() && r.cardOffer().isPresent());
            if (row.isPresent()) {
                var card = row.get().cardOffer().get();
                changed.add(change(id, d -> new DraftFieldText.Result(ContractCards.apply(card, d, true),
                        Optional.empty())));
            }
        }
        return changed;
    }

    private interface Change {
        DraftFieldText.Result apply(InvoiceDraft draft);
    }

    private BatchRow change(String id, Change change) throws IOException {
        BatchRow row = current(id).orElseThrow(() -> new IllegalArgumentException("no row " + id));
        if (!row.status().editable() || row.draft().isEmpty()) {
            return row;
        }
        DraftFieldText.Result result = change.apply(row.draft().get());
        if (result.problem().isPresent()) {
            BatchRow refused = new BatchRow(row.id(), row.fileName(), row.status(), row.draft(), row.recipientName(),
                    row.reading(), row.suggestions(), row.issues(), result.problem().get(), row.fieldToFix(),
                    row.invoiceId(), 0, row.cardOffer());
            synchronized (this) {
                rows.put(id, refused);
                publish();
            }
            return refused;
        }
        InvoiceDraft saved = parts.drafts().save(result.draft());
        BatchRow checked = evaluate(row, saved, problems(id));
        synchronized (this) {
            if (!current(id).map(r -> r.status().editable()).orElse(false)) {
                return current(id).orElse(checked);
            }
            rows.put(id, checked);
            // an edited row is a new invoice for Chorus Pro: its earlier refusal no longer holds
            if (record.row(id).flatMap(BatchRecord.Row::outcome).isPresent()) {
                record = record.withRow(id, r -> r.withOutcome(Optional.empty()).withSendRequested(false));
                parts.journal().save(record);
            }
            publish();
            return rowOf(id);
        }
    }

    /** Removes rows from the batch; the drafts of those not on Chorus Pro are deleted with them. */
    public void remove(Collection<String> ids) throws IOException {
        List<String> removed = new ArrayList<>();
        synchronized (this) {
            for (String id : ids) {
                BatchRow row = rows.get(id);
                if (row == null || row.status() == BatchStatus.SENDING) {
                    continue;
                }
                if (!row.status().onChorusPro()) {
                    parts.drafts().delete(id);
                }
                rows.remove(id);
                removed.add(id);
            }
            record = record.withRows(record.rows().stream().filter(r -> !removed.contains(r.draftId())).toList());
            parts.journal().save(record);
            published = published.stream().filter(r -> !removed.contains(r.id())).toList();
            listener.rowsRemoved(removed);
            publish();
        }
    }

    /**
     * Reads the rows' drafts again and checks them: a row opened in the wizard may have been changed,
     * or sent, there.
     */
    public void refresh() {
        List<String> ids;
        synchronized (this) {
            ids = rows.values().stream().filter(r -> r.status().editable() || r.status() == BatchStatus.TO_CHECK)
                    .map(BatchRow::id).toList();
        }
        for (String id : ids) {
            restore(id);
        }
    }

    // ------------------------------------------------------------------ sending

    /** The rows "send" would take: ready ones, and those waiting for the lost-answer check. */
    public synchronized List<BatchRow> sendable() {
        return published.stream().filter(r -> r.status().sendable()).toList();
    }

    /** Rows the user asked to send that are not settled: an interrupted sending to resume. */
    public synchronized List<String> interrupted() {
        return record.rows().stream()
                .filter(r -> r.sendRequested() && r.outcome().map(o -> !o.settled()).orElse(true))
                .map(BatchRecord.Row::draftId)
                .filter(id -> current(id).map(row -> row.status().sendable()).orElse(false)).toList();
    }

    /**
     * Sends these rows, one at a time, in the table's order (see decision 015: Chorus Pro publishes
     * no rate limit that would allow more at once). A failure ends that row only. Blocking.
     *
     * @throws IllegalStateException when the batch's profile is not the one the services send with
     */
    public Sent send(Collection<String> ids, SupplierIdentity supplier) throws IOException {
        if (!parts.history().activeProfile().equals(profile())) {
            throw new IllegalStateException("batch of profile " + profile() + " sent with profile "
                    + parts.history().activeProfile());
        }
        List<String> targets;
        synchronized (this) {
            targets = published.stream().filter(r -> ids.contains(r.id()) && r.status().sendable())
                    .map(BatchRow::id).toList();
            record = record.withRows(record.rows().stream()
                    .map(r -> targets.contains(r.draftId()) ? r.withSendRequested(true) : r).toList());
            parts.journal().save(record);
            listener.sendingProgress(0, targets.size());
        }
        int sent = 0;
        int refused = 0;
        int toCheck = 0;
        int other = 0;
        for (int i = 0; i < targets.size(); i++) {
            String id = targets.get(i);
            BatchRow row;
            synchronized (this) {
                row = rows.get(id);
                if (row == null || !row.status().sendable() || row.draft().isEmpty()) {
                    other++;
                    continue;
                }
                rows.put(id, row.withStatus(BatchStatus.SENDING, "", Optional.empty()));
                publish();
            }
            // the draft as the table shows it (a row changed in the wizard is read again by refresh())
            BatchSending.Result result = parts.sending().send(row, row.draft().get(), supplier,
                    share -> progress(id, share));
            switch (result.row().status()) {
                case SENT -> sent++;
                case REFUSED -> refused++;
                case TO_CHECK -> toCheck++;
                default -> other++;
            }
            synchronized (this) {
                rows.put(id, result.row());
                record = record.withRow(id, r -> result.outcome().isPresent() ? r.withOutcome(result.outcome())
                        : r.withOutcome(Optional.empty()).withSendRequested(false));
                // a sent invoice is in the history, which reopening reads: its outcome can wait for the end
                if (result.row().status() != BatchStatus.SENT) {
                    saveQuietly();
                }
                publish();
                listener.sendingProgress(i + 1, targets.size());
            }
        }
        synchronized (this) {
            saveQuietly();
        }
        return new Sent(sent, refused, toCheck, other);
    }

    /** Sends what an interrupted sending left: see {@link #interrupted()}. */
    public Sent resume(SupplierIdentity supplier) throws IOException {
        return send(interrupted(), supplier);
    }

    /** The batch's result as the history exports it (same columns and format). */
    public void export(OutputStream out) throws IOException {
        HistoryCsv csv = new HistoryCsv(parts.locale());
        List<HistoryCsv.Line> lines = new ArrayList<>();
        for (BatchRow row : rows()) {
            Optional<SentInvoice> entry = row.status().onChorusPro()
                    ? sha(row.id()).flatMap(sha -> parts.history().byPdf(profile(), sha)) : Optional.empty();
            if (entry.isPresent()) {
                lines.add(csv.line(entry.get()));
                continue;
            }
            Optional<InvoiceDraft> d = row.draft();
            String label = text("batch.status." + row.status().name())
                    + (row.message().isEmpty() ? "" : " : " + row.message());
            lines.add(new HistoryCsv.Line(d.flatMap(InvoiceDraft::invoiceNumber).orElse(row.fileName()),
                    d.flatMap(InvoiceDraft::recipientSiret).orElse(""), label, "", d.flatMap(InvoiceDraft::invoiceDate),
                    Optional.empty(), d.flatMap(InvoiceDraft::amountExclTax), d.flatMap(InvoiceDraft::amountInclTax),
                    row.invoiceId(), Optional.empty(), profile()));
        }
        csv.writeLines(lines, out);
    }

    /** Stops reading; a sending in progress ends its invoice. */
    @Override
    public void close() {
        readers.shutdownNow();
    }

    // ------------------------------------------------------------------ restoring (BatchService.open)

    /** Works out every row again from its draft and the history, in the background. */
    void restoreAll() {
        List<String> ids;
        synchronized (this) {
            for (BatchRecord.Row r : record.rows()) {
                String name = Path.of(r.source()).getFileName().toString();
                rows.put(r.draftId(), BatchRow.reading(r.draftId(), name));
            }
            ids = record.rows().stream().map(BatchRecord.Row::draftId).toList();
            readTotal += ids.size();
            publish();
        }
        ids.forEach(id -> queue(() -> {
            restore(id);
            readFinished();
        }));
    }

    /**
     * One row worked out again: the history says whether Chorus Pro has it (or may have: its answer
     * was lost), the manifest what ended for sure, the draft the rest. A row whose draft is gone
     * and that Chorus Pro does not have is read again from its file, or leaves the batch.
     */
    private void restore(String id) {
        Optional<BatchRecord.Row> entry;
        BatchRow row;
        synchronized (this) {
            entry = record.row(id);
            row = rows.get(id);
        }
        if (entry.isEmpty() || row == null) {
            return;
        }
        BatchRecord.Row r = entry.get();
        try {
            Optional<SentInvoice> known = r.pdfSha256().isEmpty() ? Optional.empty()
                    : parts.history().byPdf(profile(), r.pdfSha256());
            Optional<InvoiceDraft> draft = parts.drafts().open(id);
            boolean alreadySent = r.outcome().map(o -> o.kind() == BatchRecord.Outcome.Kind.ALREADY_SENT)
                    .orElse(false);
            if (known.isPresent() && known.get().state() == SentInvoice.State.SENT) {
                replace(id, settleSent(id, row, known.get(), draft, alreadySent));
            } else if (known.isPresent()) {
                InvoiceDraft d = draft.orElse(known.get().sent().orElse(null));
                replace(id, withDraft(row, d).withStatus(BatchStatus.TO_CHECK, text("batch.toCheck.previous"),
                        Optional.empty()));
            } else if (draft.isPresent()) {
                Optional<BatchRecord.Outcome> refused = r.outcome()
                        .filter(o -> o.kind() == BatchRecord.Outcome.Kind.REFUSED);
                BatchRow checked = evaluate(row, draft.get(), problems(id));
                replace(id, refused.map(o -> checked.withStatus(BatchStatus.REFUSED, o.message(), o.field()))
                        .orElse(checked));
            } else if (Files.isRegularFile(Path.of(r.source()))
                    && PreflightService.fingerprint(Path.of(r.source())).orElse("").equals(r.pdfSha256())) {
                readNew(id, Path.of(r.source()));
            } else {
                LOG.warn("Batch row {} has neither draft nor file nor history entry: left out", r.source());
                remove(List.of(id));
            }
        } catch (IOException | RuntimeException e) {
            LOG.error("Batch row {} could not be restored", r.source(), e);
            replace(id, row.withStatus(BatchStatus.BLOCKED, text("problem.localFile"), Optional.empty()));
        }
    }

    /**
     * A row Chorus Pro has: a draft left behind by a crash between the history and the draft's
     * deletion is settled now, as {@link DraftSubmission} would have.
     */
    private BatchRow settleSent(String id, BatchRow row, SentInvoice entry, Optional<InvoiceDraft> draft,
            boolean alreadySent) throws IOException {
        if (draft.isPresent() && !alreadySent) {
            if (entry.sent().isEmpty()) {
                parts.history().recordSent(draft.get(), receiptOf(entry));
            }
            parts.drafts().delete(id);
            parts.drafts().endEditing(id);
        }
        if (alreadySent) {
            return alreadySent(row, entry);
        }
        BatchRow sent = withDraft(row, draft.or(entry::sent).orElse(null)).withStatus(BatchStatus.SENT,
                text("batch.sent", entry.invoiceId().map(String::valueOf).orElse("—")), Optional.empty())
                .withInvoiceId(entry.invoiceId());
        synchronized (this) {
            if (record.row(id).flatMap(BatchRecord.Row::outcome).map(o -> o.kind() != BatchRecord.Outcome.Kind.SENT)
                    .orElse(true)) {
                record = record.withRow(id, r -> r.withOutcome(Optional.of(new BatchRecord.Outcome(
                        BatchRecord.Outcome.Kind.SENT, entry.invoiceId(), sent.message(), Optional.empty(),
                        parts.clock().instant()))));
                saveQuietly();
            }
        }
        return sent;
    }

    // ------------------------------------------------------------------ internals

    private BatchRow alreadySent(BatchRow row, SentInvoice entry) {
        return withDraft(row, entry.sent().orElse(null)).withStatus(BatchStatus.ALREADY_SENT,
                text("batch.alreadySent", entry.invoiceId().map(String::valueOf).orElse("—"),
                        entry.invoiceNumber()), Optional.empty()).withInvoiceId(entry.invoiceId());
    }

    private static BatchRow withDraft(BatchRow row, InvoiceDraft draft) {
        return new BatchRow(row.id(), row.fileName(), row.status(), Optional.ofNullable(draft), row.recipientName(),
                row.reading(), row.suggestions(), row.issues(), row.message(), row.fieldToFix(), row.invoiceId(),
                row.progress(), row.cardOffer());
    }

    private BatchRow evaluate(BatchRow row, InvoiceDraft draft, List<String> problems) {
        return parts.checks().evaluate(row, draft, profile(), problems);
    }

    private boolean isPublicRecipient(String siret) {
        try {
            parts.recipients().lookup(siret);
            return true;
        } catch (RecipientException e) {
            return false;
        }
    }

    private synchronized void replace(String id, BatchRow row) {
        if (rows.containsKey(id)) {
            rows.put(id, row);
            publish();
        }
    }

    private synchronized void progress(String id, double share) {
        BatchRow row = rows.get(id);
        // a step of a fifth is enough for one row's progress, and spares the table a hundred updates
        if (row != null && row.status() == BatchStatus.SENDING && share >= row.progress() + 0.2) {
            rows.put(id, row.withProgress(share));
            publish();
        }
    }

    private synchronized Optional<BatchRow> current(String id) {
        return Optional.ofNullable(rows.get(id));
    }

    private synchronized BatchRow rowOf(String id) {
        return published.stream().filter(r -> r.id().equals(id)).findFirst().orElse(rows.get(id));
    }

    private synchronized List<String> problems(String id) {
        return pdfProblems.getOrDefault(id, List.of());
    }

    private synchronized Optional<String> sha(String id) {
        return record.row(id).map(BatchRecord.Row::pdfSha256).filter(s -> !s.isEmpty());
    }

    private void queue(Runnable work) {
        synchronized (this) {
            busy++;
        }
        try {
            readers.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    LOG.error("Batch reading failed", e);
                } finally {
                    synchronized (this) {
                        busy--;
                        notifyAll();
                    }
                }
            });
        } catch (RejectedExecutionException closed) {
            synchronized (this) {
                busy--;
                notifyAll();
            }
        }
    }

    /**
     * The rows as shown: the same invoice number on two rows would make Chorus Pro refuse the
     * second, so a later row waiting to be sent is blocked while an earlier row holds that number.
     * Only the rows that changed are told.
     */
    private void publish() {
        List<BatchRow> shown = new ArrayList<>(rows.size());
        Map<String, String> firstWithNumber = new HashMap<>();
        for (BatchRow row : rows.values()) {
            BatchRow s = row;
            Optional<String> number = row.invoiceNumber().map(n -> n.trim().toUpperCase(Locale.ROOT));
            if (number.isPresent() && row.status() != BatchStatus.ALREADY_SENT) {
                String earlier = firstWithNumber.putIfAbsent(number.get(), row.fileName());
                if (earlier != null && (row.status() == BatchStatus.READY || row.status() == BatchStatus.INCOMPLETE)) {
                    s = row.withStatus(BatchStatus.BLOCKED, text("batch.blocked.sameNumber", earlier),
                            Optional.of(DraftField.INVOICE_NUMBER));
                }
            }
            shown.add(s);
        }
        Map<String, BatchRow> before = new HashMap<>();
        published.forEach(r -> before.put(r.id(), r));
        List<BatchRow> changed = shown.stream().filter(r -> !r.equals(before.get(r.id()))).toList();
        published = List.copyOf(shown);
        if (!changed.isEmpty()) {
            listener.rowsChanged(changed);
        }
    }

    private void readingProgress() {
        listener.readingProgress(readDone, readTotal);
        if (readDone >= readTotal) {
            readDone = 0;
            readTotal = 0;
        }
    }

    private void saveQuietly() {
        try {
            parts.journal().save(record);
        } catch (IOException e) {
            // the history holds what matters (in flight, sent): reopening works it out again
            LOG.error("Batch {} not written; it will be worked out again from the history", record.id(), e);
        }
    }

    private String text(String key, Object... args) {
        return ServiceMessages.format(parts.locale(), key, args);
    }

    private static SubmissionReceipt receiptOf(SentInvoice invoice) {
        return new SubmissionReceipt(SubmissionMode.named(invoice.mode()), invoice.invoiceNumber(),
                invoice.recipientSiret(), invoice.invoiceId(), invoice.flowNumber(), invoice.status(),
                invoice.depositDate(), invoice.depositCertificate());
    }

    private static List<Path> pdfsIn(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (var files = Files.list(path)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf"))
                    .sorted().toList();
        }
    }

    static InvoiceDraft withId(InvoiceDraft d, String id) {
        return new InvoiceDraft(d.schemaVersion(), id, d.pdf(), d.facturX(), d.recipientSiret(), d.serviceCode(),
                d.engagementNumber(), d.contractNumber(), d.invoiceNumber(), d.invoiceDate(), d.kind(),
                d.billingFrame(), d.validatorStructureSiret(), d.validatorServiceCode(), d.amountExclTax(),
                d.vatAmount(), d.amountInclTax(), d.amountDue(), d.currency(), d.vatLines(), d.comment(),
                d.stepReached(), d.origins(), d.createdAt(), d.updatedAt(), d.documents(), d.vatRegime(),
                d.vatExemption(), d.originalInvoiceNumber(), d.paymentMode(), d.bankAccountId());
    }
}
