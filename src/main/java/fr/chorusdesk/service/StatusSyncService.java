package fr.chorusdesk.service;

import fr.chorusdesk.chorus.ChorusClient;
import fr.chorusdesk.chorus.ChorusException;
import fr.chorusdesk.chorus.api.ConsulterHistoriqueFactureResponse;
import fr.chorusdesk.chorus.api.HistoStatut;
import fr.chorusdesk.domain.SentInvoice;
import fr.chorusdesk.domain.StatusChange;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the history's statuses up to date: asks {@code consulter/historique} for every invoice of
 * the profile not in a final status ({@link fr.chorusdesk.domain.InvoiceStatus#isFinal()}), at most {@code concurrency} at a
 * time, and records the statuses with their dates and comments. An invoice whose status could not
 * be read waits before the next try: the back-off doubles from {@code firstBackOff} up to
 * {@code maxBackOff}, then is forgotten once a read succeeds. Changes go to the listeners (the
 * window's notice, the desktop notification). Runs on its own threads, never on the UI's.
 *
 * <p>One sync at a time: the timer, the Historique tab's button and each next action all ask
 * {@link #request()}. A request made while a sync runs shares the one queued after it, so two syncs
 * never compare the history against the same old status (which would record and announce one
 * change twice), and what an action just changed is still read by a sync that starts after it.
 */
public final class StatusSyncService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StatusSyncService.class);

    /** How many failures in a row and when the next try may be. */
    private record BackOff(int failures, Instant notBefore) {
    }

    private final Supplier<ChorusClient> client;
    private final HistoryService history;
    private final Clock clock;
    private final int concurrency;
    private final Duration firstBackOff;
    private final Duration maxBackOff;
    private final StatusLabels labels;
    private final Locale locale;
    private final Map<String, BackOff> backOffs = new ConcurrentHashMap<>();
    private final List<Consumer<SyncReport>> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService workers;
    /** Runs the syncs themselves, one after the other. */
    private final ExecutorService runs;
    /** The sync asked for and not started yet, shared by every request made meanwhile. */
    private CompletableFuture<SyncReport> queued;
    private final List<Consumer<Boolean>> activity = new CopyOnWriteArrayList<>();
    private Optional<ScheduledFuture<?>> periodic = Optional.empty();

    public StatusSyncService(Supplier<ChorusClient> client, HistoryService history, Clock clock, int concurrency,
            Duration firstBackOff, Duration maxBackOff, Locale locale) {
        this.client = Objects.requireNonNull(client);
        this.history = Objects.requireNonNull(history);
        this.clock = Objects.requireNonNull(clock);
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency");
        }
        this.concurrency = concurrency;
        this.firstBackOff = Objects.requireNonNull(firstBackOff);
        this.maxBackOff = Objects.requireNonNull(maxBackOff);
        this.locale = Objects.requireNonNull(locale);
        this.labels = new StatusLabels(locale);
        this.workers = Executors.newFixedThreadPool(concurrency, r -> {
            Thread t = new Thread(r, "status-sync");
            t.setDaemon(true);
            return t;
        });
        this.runs = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "status-sync-run");
            t.setDaemon(true);
            return t;
        });
    }

    public void addListener(Consumer<SyncReport> listener) {
        listeners.add(listener);
    }

    /** Told {@code true} when a sync starts and {@code false} when it ends (on the sync's thread). */
    public void addActivityListener(Consumer<Boolean> listener) {
        activity.add(listener);
    }

    /** Syncs now (on start, every {@code interval}), on the given scheduler. */
    public synchronized void start(ScheduledExecutorService scheduler, Duration interval) {
        periodic.ifPresent(f -> f.cancel(false));
        periodic = Optional.of(scheduler.scheduleWithFixedDelay(this::syncQuietly, 0, interval.toMillis(),
                TimeUnit.MILLISECONDS));
    }

    private void syncQuietly() {
        try {
            syncNow();
        } catch (RuntimeException e) {
            // a periodic task that throws is never run again: log and keep the schedule
            LOG.warn("Status sync failed", e);
        }
    }

    /**
     * Asks for a sync: the one queued behind the sync under way, or a new one. Every request made
     * before that sync starts gets the same answer.
     */
    public synchronized CompletableFuture<SyncReport> request() {
        if (queued != null) {
            return queued;
        }
        CompletableFuture<SyncReport> mine = new CompletableFuture<>();
        queued = mine;
        try {
            runs.execute(() -> runQueued(mine));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            queued = null;
            mine.completeExceptionally(e);
        }
        return mine;
    }

    private void runQueued(CompletableFuture<SyncReport> mine) {
        synchronized (this) {
            // from now on a request waits for the next sync: this one may have read the history already
            if (queued == mine) {
                queued = null;
            }
        }
        activity.forEach(l -> l.accept(true));
        SyncReport report = null;
        Throwable failure = null;
        try {
            report = syncOnce();
        } catch (Throwable e) {
            failure = e;
        }
        // "over" is said before the waiting callers go on, so a button enabled again is never behind them
        activity.forEach(l -> l.accept(false));
        if (failure == null) {
            mine.complete(report);
        } else {
            mine.completeExceptionally(failure);
        }
    }

    /** One sync (shared with any other request made meanwhile), blocking until it is over. */
    public SyncReport syncNow() {
        try {
            return request().join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    private SyncReport syncOnce() {
        Instant now = clock.instant();
        List<SentInvoice> candidates = new ArrayList<>();
        int deferred = 0;
        // another profile's invoices are read with that profile's credentials, when it is the active one
        String profile = history.activeProfile();
        for (SentInvoice invoice : history.find(HistoryFilter.ALL)) {
            if (!invoice.profile().equals(profile) || invoice.state() != SentInvoice.State.SENT || invoice.invoiceId().isEmpty()
                    || StatusLabels.isFinal(invoice.status())) {
                continue;
            }
            BackOff backOff = backOffs.get(invoice.id());
            if (backOff != null && now.isBefore(backOff.notBefore())) {
                deferred++;
                continue;
            }
            candidates.add(invoice);
        }
        ChorusClient chorus = client.get();
        List<Future<Optional<StatusNotice>>> results = new ArrayList<>();
        for (SentInvoice invoice : candidates) {
            results.add(workers.submit(() -> syncOne(chorus, invoice)));
        }
        List<StatusNotice> changed = new ArrayList<>();
        int failed = 0;
        for (Future<Optional<StatusNotice>> result : results) {
            try {
                Optional<StatusNotice> notice = result.get();
                notice.ifPresent(changed::add);
            } catch (ExecutionException e) {
                failed++;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        SyncReport report = new SyncReport(candidates.size(), changed, failed, deferred);
        listeners.forEach(l -> l.accept(report));
        return report;
    }

    /** The invoices waiting after an error, and until when. */
    public Optional<Instant> retryNotBefore(String historyId) {
        return Optional.ofNullable(backOffs.get(historyId)).map(BackOff::notBefore);
    }

    private Optional<StatusNotice> syncOne(ChorusClient chorus, SentInvoice invoice) throws Exception {
        ConsulterHistoriqueFactureResponse answer;
        try {
            answer = chorus.consulterHistoriqueFacture(invoice.invoiceId().orElseThrow());
        } catch (ChorusException | RuntimeException e) {
            BackOff previous = backOffs.get(invoice.id());
            int failures = previous == null ? 1 : previous.failures() + 1;
            Duration wait = firstBackOff.multipliedBy(1L << Math.min(failures - 1, 20));
            if (wait.compareTo(maxBackOff) > 0) {
                wait = maxBackOff;
            }
            backOffs.put(invoice.id(), new BackOff(failures, clock.instant().plus(wait)));
            LOG.info("Status of invoice {} not read ({} failure(s) in a row), next try in {}",
                    invoice.invoiceNumber(), failures, wait);
            throw e;
        }
        backOffs.remove(invoice.id());
        List<StatusChange> timeline = timeline(answer);
        String status = Optional.ofNullable(answer.statutCourantCode()).filter(s -> !s.isBlank())
                .orElseGet(() -> timeline.isEmpty() ? invoice.status() : timeline.get(timeline.size() - 1).code());
        history.updateStatus(invoice.id(), status, timeline);
        if (status.equals(invoice.status())) {
            return Optional.empty();
        }
        return Optional.of(new StatusNotice(invoice.id(), invoice.invoiceNumber(), invoice.status(), status,
                ServiceMessages.format(locale, "history.notice.changed", invoice.invoiceNumber(),
                        labels.label(status))));
    }

    private static List<StatusChange> timeline(ConsulterHistoriqueFactureResponse answer) {
        if (answer.historiquesDesStatuts() == null) {
            return List.of();
        }
        List<StatusChange> changes = new ArrayList<>();
        for (HistoStatut s : answer.historiquesDesStatuts().histoStatut()) {
            if (s.histoStatutCode() == null) {
                continue;
            }
            changes.add(new StatusChange(s.histoStatutCode(),
                    Objects.requireNonNullElse(s.histoStatutDatePassage(), LocalDateTime.MIN),
                    Optional.ofNullable(s.histoStatutCommentaire())));
        }
        // the platform lists the newest first and dates to the minute: reversed, then a stable sort
        // by date, two statuses of the same minute keep the platform's order
        Collections.reverse(changes);
        changes.sort(Comparator.comparing(StatusChange::at));
        return changes;
    }

    @Override
    public synchronized void close() {
        periodic.ifPresent(f -> f.cancel(false));
        if (queued != null) {
            // never started now: whoever waits for it must not wait forever
            queued.completeExceptionally(new java.util.concurrent.CancellationException("status sync closed"));
            queued = null;
        }
        runs.shutdownNow();
        workers.shutdownNow();
    }
}
