package fr.chorusdesk.service;

import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.domain.PdfFile;
import fr.chorusdesk.domain.SentInvoice;
import fr.chorusdesk.domain.StatusChange;
import fr.chorusdesk.store.HistoryStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Every invoice sent or imported, kept on disk ({@link HistoryStore}), and the
 * {@link SubmissionLedger} behind the duplicate protection: an attempt in flight or sent survives a
 * restart, so an invoice whose answer was lost when the app was killed is looked up before being
 * sent again. Thread-safe (one lock: the sync and the UI both read and write it).
 */
public final class HistoryService implements SubmissionLedger {

    private final HistoryStore store;
    private final Supplier<String> activeProfile;
    private final Clock clock;
    private final Map<SubmissionKey, String> byKey = new HashMap<>();

    public HistoryService(HistoryStore store, Supplier<String> activeProfile, Clock clock) {
        this.store = Objects.requireNonNull(store);
        this.activeProfile = Objects.requireNonNull(activeProfile);
        this.clock = Objects.requireNonNull(clock);
        for (SentInvoice invoice : store.all()) {
            keyOf(invoice).ifPresent(k -> byKey.put(k, invoice.id()));
        }
    }

    // ------------------------------------------------------------------ reading

    /** The invoices matching the filter, the most recently deposited first. */
    public synchronized List<SentInvoice> find(HistoryFilter filter) {
        return store.all().stream().filter(filter.predicate())
                .sorted(Comparator.comparing((SentInvoice i) -> i.depositDate().orElse(null),
                                Comparator.nullsFirst(Comparator.naturalOrder())).reversed()
                        .thenComparing(SentInvoice::recordedAt, Comparator.reverseOrder()))
                .toList();
    }

    /** The profiles the history holds invoices of, sorted; empty for an empty history. */
    public synchronized List<String> profiles() {
        return store.all().stream().map(SentInvoice::profile).distinct().sorted().toList();
    }

    /** The profile new entries are recorded in; the sync follows only its invoices. */
    public String activeProfile() {
        return activeProfile.get();
    }

    public synchronized Optional<SentInvoice> get(String id) {
        return store.get(id);
    }

    /** The entry of an invoice Chorus Pro knows by this id (an import does not record it twice). */
    public synchronized Optional<SentInvoice> byChorusId(long invoiceId) {
        return store.all().stream().filter(i -> i.invoiceId().equals(Optional.of(invoiceId))).findFirst();
    }

    /**
     * The entry of this profile's invoice sent (or being sent) with this very PDF: one in flight
     * only when none was sent. A batch uses it to tell an invoice already in the history.
     */
    public synchronized Optional<SentInvoice> byPdf(String profile, String pdfSha256) {
        return store.all().stream()
                .filter(i -> i.profile().equals(profile) && i.pdfSha256().equals(Optional.of(pdfSha256)))
                .max(Comparator.comparing((SentInvoice i) -> i.state() == SentInvoice.State.SENT)
                        .thenComparing(SentInvoice::recordedAt));
    }

    /** French messages for history files found unreadable at opening and set aside. */
    public List<String> setAsideMessages(Locale locale) {
        return store.setAside().stream()
                .map(f -> ServiceMessages.format(locale, "history.setAside", f.original(), f.keptAs()))
                .toList();
    }

    // ------------------------------------------------------------------ recording

    /** Adds the invoice value that was sent to its history entry (after {@link SubmissionService#submit}). */
    public SentInvoice recordSent(InvoiceDraft draft, SubmissionReceipt receipt) throws IOException {
        return recordSent(draft, receipt, Optional.empty());
    }

    /** The same, with the recipient's name for the history's table. */
    public synchronized SentInvoice recordSent(InvoiceDraft draft, SubmissionReceipt receipt,
            Optional<String> recipientName) throws IOException {
        SubmissionKey key = new SubmissionKey(draft.pdf().orElseThrow().sha256(), receipt.invoiceNumber(),
                receipt.recipientSiret());
        SentInvoice entry = Optional.ofNullable(byKey.get(key)).flatMap(store::get)
                .orElseGet(() -> fromReceipt(UUID.randomUUID().toString(), key, receipt));
        PdfFile pdf = draft.pdf().orElseThrow();
        Path kept = store.keepPdf(pdf.sha256(), Path.of(pdf.path()));
        SentInvoice withValue = entry.withSent(draft.withPdf(pdf.withPath(kept.toString())))
                .withRecipientName(recipientName.or(entry::recipientName));
        store.put(withValue);
        byKey.put(key, withValue.id());
        return withValue;
    }

    /** A status read from Chorus Pro. */
    public synchronized SentInvoice updateStatus(String id, String status, List<StatusChange> timeline)
            throws IOException {
        SentInvoice updated = store.get(id).orElseThrow().withStatus(status, timeline, clock.instant());
        store.put(updated);
        return updated;
    }

    /** Records (or refreshes) an invoice found on Chorus Pro; keyed by its Chorus id. */
    public synchronized int importAll(List<SentInvoice> found) throws IOException {
        List<SentInvoice> fresh = new java.util.ArrayList<>();
        for (SentInvoice invoice : found) {
            Optional<SentInvoice> known = invoice.invoiceId().flatMap(this::byChorusId);
            if (known.isEmpty()) {
                fresh.add(invoice);
            }
        }
        store.putAll(fresh);
        return fresh.size();
    }

    /** Replaces an entry (after recycling: a new recipient). */
    public synchronized void replace(SentInvoice invoice) throws IOException {
        store.put(invoice);
    }

    // ------------------------------------------------------------------ SubmissionLedger

    @Override
    public synchronized Optional<Entry> find(SubmissionKey key) {
        return Optional.ofNullable(byKey.get(key)).flatMap(store::get).map(invoice -> new Entry(key,
                invoice.state() == SentInvoice.State.SENT ? State.SENT : State.IN_FLIGHT, invoice.flowNumber(),
                invoice.state() == SentInvoice.State.SENT ? Optional.of(receiptOf(invoice)) : Optional.empty()));
    }

    @Override
    public synchronized Optional<EarlierDeposit> earlierDeposit(String invoiceNumber, int year,
            Optional<SubmissionKey> except) {
        String number = invoiceNumber.trim();
        String profile = activeProfile.get();
        Optional<String> exceptId = except.map(byKey::get);
        return store.all().stream().filter(i -> i.profile().equals(profile) && i.invoiceNumber().equalsIgnoreCase(number)
                && !exceptId.equals(Optional.of(i.id()))
                && depositYear(i) == year)
                .findFirst()
                .map(i -> new EarlierDeposit(Optional.of(i.id()), i.invoiceNumber(), i.depositDate()
                        .or(() -> Optional.of(i.recordedAt().atZone(SubmissionService.PLATFORM_ZONE).toLocalDate())),
                        i.invoiceId()));
    }

    private static int depositYear(SentInvoice i) {
        return i.depositDate().map(LocalDate::getYear)
                .orElse(i.recordedAt().atZone(SubmissionService.PLATFORM_ZONE).getYear());
    }

    @Override
    public synchronized void inFlight(SubmissionKey key, Optional<String> flowNumber) {
        String id = byKey.computeIfAbsent(key, k -> UUID.randomUUID().toString());
        SentInvoice invoice = new SentInvoice(id, activeProfile.get(), Optional.of(key.pdfSha256()),
                key.invoiceNumber(), key.recipientSiret(), SentInvoice.State.IN_FLIGHT,
                flowNumber.isPresent() ? SubmissionMode.FACTURX_FLOW.name() : "", Optional.empty(), flowNumber, "",
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), clock.instant(), Optional.empty());
        write(invoice);
    }

    @Override
    public synchronized void sent(SubmissionKey key, SubmissionReceipt receipt) {
        String id = byKey.computeIfAbsent(key, k -> UUID.randomUUID().toString());
        SentInvoice fresh = fromReceipt(id, key, receipt);
        SentInvoice kept = store.get(id).flatMap(SentInvoice::sent).map(fresh::withSent).orElse(fresh);
        write(kept);
    }

    @Override
    public synchronized void forget(SubmissionKey key) {
        String id = byKey.remove(key);
        if (id != null) {
            try {
                store.remove(id);
            } catch (IOException e) {
                throw new UncheckedIOException("history not written", e);
            }
        }
    }

    private void write(SentInvoice invoice) {
        try {
            store.put(invoice);
        } catch (IOException e) {
            // the ledger's callers cannot go on safely without it: better to stop than to send twice
            throw new UncheckedIOException("history not written", e);
        }
    }

    private SentInvoice fromReceipt(String id, SubmissionKey key, SubmissionReceipt receipt) {
        // the receipt's number keeps the user's case; the key's is upper-cased for comparison
        return new SentInvoice(id, activeProfile.get(), Optional.of(key.pdfSha256()), receipt.invoiceNumber(),
                receipt.recipientSiret(), SentInvoice.State.SENT, receipt.mode().name(), receipt.invoiceId(),
                receipt.flowNumber(), receipt.status(), Optional.empty(), receipt.depositDate(), Optional.empty(),
                Optional.empty(), receipt.depositCertificate(), Optional.empty(), List.of(), clock.instant(),
                Optional.empty()).withFacturXRemoved(receipt.mode() == SubmissionMode.PLAIN_PDF_UPLOAD);
    }

    private static SubmissionReceipt receiptOf(SentInvoice invoice) {
        SubmissionMode mode = SubmissionMode.named(invoice.mode());
        return new SubmissionReceipt(mode, invoice.invoiceNumber(), invoice.recipientSiret(), invoice.invoiceId(),
                invoice.flowNumber(), invoice.status(), invoice.depositDate(), invoice.depositCertificate());
    }

    private static Optional<SubmissionKey> keyOf(SentInvoice invoice) {
        return invoice.pdfSha256().map(sha -> new SubmissionKey(sha, invoice.invoiceNumber(), invoice.recipientSiret()));
    }
}
