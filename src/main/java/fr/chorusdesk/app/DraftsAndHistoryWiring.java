package fr.chorusdesk.app;

import fr.chorusdesk.chorus.ChorusClient;
import fr.chorusdesk.service.DraftService;
import fr.chorusdesk.service.HistoryActions;
import fr.chorusdesk.service.HistoryImport;
import fr.chorusdesk.service.HistoryService;
import fr.chorusdesk.service.Accounts;
import fr.chorusdesk.service.NotConnectedException;
import fr.chorusdesk.service.ProfileAnswers;
import fr.chorusdesk.service.StatusSyncService;
import fr.chorusdesk.service.SyncSchedule;
import fr.chorusdesk.store.DraftStore;
import fr.chorusdesk.store.HistoryStore;
import fr.chorusdesk.store.InvoiceDraftJson;
import fr.chorusdesk.ui.DraftsAndHistory;
import fr.chorusdesk.ui.history.HistoryImporter;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;

/**
 * Builds the drafts, the history and the status sync for the window, and owns the sync's timer.
 * The sync, the next actions and the import use the active profile's Chorus Pro client
 * ({@link ProfileWiring}), which exists once that profile's credentials are read.
 */
final class DraftsAndHistoryWiring implements AutoCloseable {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "status-sync-timer");
        t.setDaemon(true);
        return t;
    });
    private final DraftsAndHistory records;
    private final SyncSchedule schedule;
    private boolean syncStarted;

    /**
     * @param profile  the active profile's id, asked at each save (the user may switch profiles)
     * @param client   the active profile's client; empty while it is not built
     * @param supplier the active profile's supplier structure id; empty until one is chosen
     */
    DraftsAndHistoryWiring(AppPaths paths, Supplier<String> profile, HistoryStore historyStore,
            Supplier<Optional<ChorusClient>> client, Supplier<Optional<Long>> supplier, Accounts accounts,
            Locale locale) {
        Clock clock = Clock.systemUTC();
        DraftService drafts = new DraftService(new DraftStore(paths.draftsDirectory(), new InvoiceDraftJson(), clock),
                profile, clock, locale);
        HistoryService history = new HistoryService(historyStore, profile, clock);
        Supplier<ChorusClient> current = () -> client.get().orElseThrow(
                () -> new NotConnectedException("The active profile has no Chorus Pro client yet"));
        Optional<HistoryActions> actions = Optional.of(new HistoryActions(current, history, drafts, clock, locale,
                ProfileAnswers.ofActiveProfile(accounts.profiles(), profile), supplier));
        Optional<StatusSyncService> sync = Optional.of(new StatusSyncService(current, history, clock, 4,
                Duration.ofMinutes(1), Duration.ofMinutes(30), locale));
        Optional<HistoryImporter> importer = Optional.of((from, to, progress) ->
                new HistoryImport(current, history, clock, HistoryImport.PAGE_SIZE)
                        .run(profile.get(), supplier.get().orElseThrow(() -> new NotConnectedException(
                                "No supplier structure chosen for the active profile")), from, to, progress));
        schedule = SyncSchedule.of(accounts.settings(), this::reschedule);
        records = new DraftsAndHistory(drafts, history, actions, sync, importer, locale, Optional.of(schedule),
                id -> accounts.profiles().profileName(id).orElse(id), DraftsAndHistoryWiring::openWithDesktop,
                accounts.profiles()::bankAccountLabel);
    }

    /** The PDF sent, in the desktop's own reader; said in the notice line when there is none. */
    private static void openWithDesktop(java.nio.file.Path file) throws IOException {
        if (!java.awt.Desktop.isDesktopSupported()
                || !java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.OPEN)) {
            throw new IOException("No desktop application to open " + file.getFileName());
        }
        java.awt.Desktop.getDesktop().open(file.toFile());
    }

    static HistoryStore openHistory(AppPaths paths) throws IOException {
        return HistoryStore.open(paths.historyDirectory(), Clock.systemUTC());
    }

    DraftsAndHistory records() {
        return records;
    }

    /** Once the profile's Chorus Pro is reachable: a sync now, then at the interval of the settings. */
    synchronized void startSync() {
        syncStarted = true;
        records.sync().ifPresent(s -> s.start(timer, schedule.interval()));
    }

    /** A new interval chosen in the Historique tab replaces the running schedule (a sync at once, then every interval). */
    private synchronized void reschedule(Duration interval) {
        if (syncStarted) {
            records.sync().ifPresent(s -> s.start(timer, interval));
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        records.sync().ifPresent(StatusSyncService::close);
    }
}
