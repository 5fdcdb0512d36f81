package fr.chorusdesk.app;

import fr.chorusdesk.chorus.ChorusClient;
import fr.chorusdesk.service.DemoSandboxService;
import fr.chorusdesk.service.DraftService;
import fr.chorusdesk.sandbox.SeedData;
import fr.chorusdesk.service.HistoryActions;
import fr.chorusdesk.service.HistoryImport;
import fr.chorusdesk.service.HistoryService;
import fr.chorusdesk.service.StatusSyncService;
import fr.chorusdesk.store.DraftStore;
import fr.chorusdesk.store.HistoryStore;
import fr.chorusdesk.store.InvoiceDraftJson;
import fr.chorusdesk.store.Settings;
import fr.chorusdesk.ui.DraftsAndHistory;
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
 * The sync and the next actions need a Chorus Pro client: today only the demo profile has one
 * (the other profiles' credentials come with the profiles feature).
 */
final class DraftsAndHistoryWiring implements AutoCloseable {

    /** How often the statuses are read again while the app is open. */
    static final Duration SYNC_INTERVAL = Duration.ofMinutes(5);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "status-sync-timer");
        t.setDaemon(true);
        return t;
    });
    private final DraftsAndHistory records;

    DraftsAndHistoryWiring(AppPaths paths, Settings settings, HistoryStore historyStore,
            Optional<DemoSandboxService> demo, Locale locale) {
        Clock clock = Clock.systemUTC();
        Supplier<String> profile = settings::activeProfile;
        DraftService drafts = new DraftService(new DraftStore(paths.draftsDirectory(), new InvoiceDraftJson(), clock),
                profile, clock, locale);
        HistoryService history = new HistoryService(historyStore, profile, clock);
        Optional<Supplier<ChorusClient>> client = demo.map(d -> d::client);
        Optional<HistoryActions> actions = client.map(c -> new HistoryActions(c, history, drafts, clock, locale));
        Optional<StatusSyncService> sync = client.map(c -> new StatusSyncService(c, history, clock, 4,
                Duration.ofMinutes(1), Duration.ofMinutes(30), locale));
        // the demo profile's supplier is the sandbox's seeded one; other profiles bring theirs
        Optional<DraftsAndHistory.Importer> importer = client.map(c -> (from, to, progress) ->
                new HistoryImport(c, history, clock, HistoryImport.PAGE_SIZE)
                        .run(profile.get(), SeedData.SUPPLIER_ID, from, to, progress));
        records = new DraftsAndHistory(drafts, history, actions, sync, importer, locale);
    }

    static HistoryStore openHistory(AppPaths paths) throws IOException {
        return HistoryStore.open(paths.historyDirectory(), Clock.systemUTC());
    }

    DraftsAndHistory records() {
        return records;
    }

    /** Once the profile's Chorus Pro is reachable: a sync now, then every {@link #SYNC_INTERVAL}. */
    void startSync() {
        records.sync().ifPresent(s -> s.start(timer, SYNC_INTERVAL));
    }

    @Override
    public void close() {
        timer.shutdownNow();
        records.sync().ifPresent(StatusSyncService::close);
    }
}
