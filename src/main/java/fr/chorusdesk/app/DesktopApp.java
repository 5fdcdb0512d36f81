package fr.chorusdesk.app;

import fr.chorusdesk.domain.SupplierIdentity;
import fr.chorusdesk.sandbox.SandboxConfig;
import fr.chorusdesk.sandbox.SandboxInUseException;
import fr.chorusdesk.service.Accounts;
import fr.chorusdesk.service.ChorusClientFactory;
import fr.chorusdesk.service.DemoSandboxService;
import fr.chorusdesk.store.CredentialStore;
import fr.chorusdesk.store.CredentialStores;
import fr.chorusdesk.store.HistoryStore;
import fr.chorusdesk.store.PrivateDirectories;
import fr.chorusdesk.store.Settings;
import fr.chorusdesk.store.SettingsStore;
import fr.chorusdesk.ui.MainWindow;
import fr.chorusdesk.ui.common.ErrorDialog;
import fr.chorusdesk.ui.common.FxTaskRunner;
import fr.chorusdesk.ui.common.UncaughtErrorHandler;
import fr.chorusdesk.ui.wizard.WizardModel.OpenedPdf;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.slf4j.LoggerFactory;

/**
 * Composition root of the desktop app: reads settings, chooses the language, wires the
 * window and starts the toolkit. No JavaFX {@code Application} subclass is needed, so
 * everything is passed through constructors instead of static fields.
 */
final class DesktopApp {

    private final AppPaths paths;
    private final LaunchOptions options;
    private final PrintStream out;
    private final SettingsStore settingsStore;
    /** The marks of this start-up, printed by --smoke. */
    private final StartupClock clock = new StartupClock();
    /** Probed on first use, off the FX thread (bounded): a missing Secret Service must not delay the window. */
    private final CompletableFuture<CredentialStore> credentials = new CompletableFuture<>();

    DesktopApp(AppPaths paths, LaunchOptions options, PrintStream out) {
        this.paths = paths;
        this.options = options;
        this.out = out;
        this.settingsStore = new SettingsStore(paths.settingsFile());
    }

    private CredentialStore credentialStore() {
        synchronized (credentials) {
            if (!credentials.isDone()) {
                credentials.complete(CredentialStores.systemOrSessionOnly(CredentialStores.DEFAULT_PROBE_TIMEOUT));
            }
        }
        return credentials.join();
    }

    void start() {
        clock.mark("launch");
        // the settings (a small file) are read while the toolkit starts; the history, the drafts and
        // logging only once the window is shown: none of them is on the way to the first frame
        // so are the language and its messages (a thousand lines), on the same thread
        CompletableFuture<Startup> startup = CompletableFuture.supplyAsync(() -> {
            Settings read = settingsStore.load();
            Locale locale = Languages.choose(
                    options.language().or(() -> read.languageOverride().flatMap(Languages::supported)),
                    Locale.getDefault());
            return new Startup(read, locale, Languages.bundle(locale));
        });
        Platform.startup(() -> {
            clock.mark("toolkit");
            // not earlier: started with the JVM, it slowed the toolkit's own start by as much as
            // it saved after (docs/benchmarks.md)
            FirstFrameClasses.preloadInBackground();
            Startup read = startup.join();
            clock.mark("settings");
            showMainWindow(read.settings(), read.locale(), read.messages());
        });
    }

    /** What the first frame needs from the disk, read while the toolkit starts. */
    private record Startup(Settings settings, Locale locale, ResourceBundle messages) {
    }

    private void showMainWindow(Settings settings, Locale locale, ResourceBundle messages) {
        // JavaFX's own texts (OK, Annuler, Afficher les détails…) follow the default locale
        Locale.setDefault(locale);
        Stage stage = new Stage();
        UncaughtErrorHandler errors = new UncaughtErrorHandler(messages, () -> stage);
        Thread.setDefaultUncaughtExceptionHandler(errors);
        Thread.currentThread().setUncaughtExceptionHandler(errors);

        FxTaskRunner tasks = new FxTaskRunner();
        // the sandbox starts only when used: at once for the demo profile, else if the user picks it
        DemoSandboxService sandbox = new DemoSandboxService(SandboxConfig.defaults(paths.sandboxDirectory()));
        Optional<DemoSandboxService> demo = settings.isDemo() ? Optional.of(sandbox) : Optional.empty();
        Accounts accounts = Accounts.create(settingsStore, this::credentialStore, sandbox,
                ChorusClientFactory.forConnectionChecks(), Clock.systemUTC(), locale);
        MainWindow window = new MainWindow(messages, Version.current(), tasks, demo,
                MainWindow.Services.none().withAccounts(accounts));
        this.window = window;
        // the wizard, the drafts and the history follow the profile chosen in the Compte step; the
        // wizard's services wait (off the FX thread) for the drafts and history opened after the frame
        ProfileWiring wiring = new ProfileWiring(accounts, settings.activeProfile(), tasks,
                Platform::runLater, () -> records.join().map(DraftsAndHistoryWiring::records),
                paths.dataDirectory().resolve("demo-invoices"), paths.layoutsDirectory(), Clock.systemUTC(), locale,
                window::installWizard,
                failure -> LoggerFactory.getLogger(DesktopApp.class).warn("Wizard not available for this profile"),
                () -> records.thenAccept(r -> r.ifPresent(DraftsAndHistoryWiring::startSync)),
                // asked once the records are known (the services are built after them)
                () -> records.getNow(Optional.empty()).map(r -> batchWiring().contractCards()), true);
        this.profiles = wiring;
        window.activeProfile().ifPresent(active -> active.addListener((obs, old, now) -> wiring.activate(now)));
        stage.setOnShown(event -> {
            clock.mark("shown");
            if (options.smoke()) {
                reportFirstFrame(stage);
            }
            afterFirstFrame(stage, messages, locale, tasks, demo, accounts, window, wiring);
        });
        // closing the window must not wait on the FX thread for the sandbox to stop; the sandbox
        // exists for every profile (the user may switch to the demo one), so it is always stopped
        new ShutdownOnClose(Optional.of(sandbox), tasks, ShutdownOnClose.STOP_LIMIT, System::exit).attachTo(stage);
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, event -> {
            // the draft being edited reaches the disk before anything else stops
            window.close();
            wiring.close();
            records.thenAccept(r -> r.ifPresent(DraftsAndHistoryWiring::close));
            tray.thenAccept(TrayNotifier::close);
            if (credentials.isDone()) {
                credentials.join().close();
            }
        });
        options.pdf().ifPresent(file -> window.openPdf(
                new OpenedPdf(file, Files.isRegularFile(file) && Files.isReadable(file))));
        clock.mark("built");
        window.show(stage);
    }

    private MainWindow window;
    private ProfileWiring profiles;
    /** The drafts, the history and the status sync, opened after the first frame; empty when the history is unreadable. */
    private final CompletableFuture<Optional<DraftsAndHistoryWiring>> records = new CompletableFuture<>();
    private final CompletableFuture<TrayNotifier> tray = new CompletableFuture<>();
    /** The history store once opened; empty when it could not be read (the notice of files set aside reads it). */
    private volatile Optional<HistoryStore> historyStore = Optional.empty();
    private BatchWiring batchWiring;
    private volatile Optional<fr.chorusdesk.store.DirectoryLock> historyLock = Optional.empty();

    /** Held for the process's life: a {@code submit} command must not write the history meanwhile. */
    private Optional<fr.chorusdesk.store.DirectoryLock> lockHistory() {
        try {
            return fr.chorusdesk.store.DirectoryLock.tryAcquire(paths.historyDirectory());
        } catch (IOException | RuntimeException e) {
            LoggerFactory.getLogger(DesktopApp.class).warn("History lock not taken", e);
            return Optional.empty();
        }
    }

    private synchronized BatchWiring batchWiring() {
        if (batchWiring == null) {
            batchWiring = new BatchWiring(paths);
        }
        return batchWiring;
    }

    /**
     * Work that must not delay the first frame, on background tasks: logging is configured first
     * (a single thread doing it avoids SLF4J's replay of concurrent early calls), then the history
     * and the drafts are opened (the history's file and its lock) and handed to the window, then
     * the demo sandbox starts.
     */
    private void afterFirstFrame(Stage stage, ResourceBundle messages, Locale locale, FxTaskRunner tasks,
            Optional<DemoSandboxService> demo, Accounts accounts, MainWindow window, ProfileWiring wiring) {
        tasks.run(() -> {
            LoggerFactory.getLogger(DesktopApp.class).info("ChorusDesk {} started, data in {}, language {}",
                    Version.current(), paths.dataDirectory(), locale.getLanguage());
            restrictLogFiles();
            return openRecords(accounts, locale, wiring);
        }, opened -> {
            records.complete(opened);
            window.installRecords(opened.map(DraftsAndHistoryWiring::records));
            // a status that changes while the window is in the background still reaches the user
            TrayNotifier notifier = new TrayNotifier();
            tray.complete(notifier);
            opened.flatMap(r -> r.records().sync())
                    .ifPresent(sync -> sync.addListener(new DesktopNotifications(messages, notifier)));
            afterRecords(stage, messages, locale, tasks, demo, window);
        }, failure -> {
            records.complete(Optional.empty());
            window.installRecords(Optional.empty());
            afterRecords(stage, messages, locale, tasks, demo, window);
        });
    }

    /**
     * Once the drafts and history are known: the notice of files set aside (read by the stores that
     * set them aside), the batches and contract cards, and the demo sandbox.
     */
    private void afterRecords(Stage stage, ResourceBundle messages, Locale locale, FxTaskRunner tasks,
            Optional<DemoSandboxService> demo, MainWindow window) {
        SetAsideNotices.showWhenAny(tasks, settingsStore, historyStore, paths.draftsDirectory(),
                paths.layoutsDirectory(), messages, locale, window::showNotice);
        tasks.run(() -> batchWiring().support(), window::installBatches,
                failure -> LoggerFactory.getLogger(DesktopApp.class).error("Batches not available", failure));
        startDemo(stage, messages, tasks, demo);
    }

    /** The history (up to thousands of invoices, its directory locked) and the drafts; empty when unreadable. */
    private Optional<DraftsAndHistoryWiring> openRecords(Accounts accounts, Locale locale, ProfileWiring wiring) {
        try {
            historyLock = lockHistory();
            HistoryStore store = DraftsAndHistoryWiring.openHistory(paths);
            historyStore = Optional.of(store);
            return Optional.of(new DraftsAndHistoryWiring(paths, wiring::activeProfileId, store, wiring::client,
                    () -> Optional.ofNullable(wiring.supplier().get()).map(SupplierIdentity::structureId), accounts,
                    locale));
        } catch (IOException | RuntimeException e) {
            LoggerFactory.getLogger(DesktopApp.class).error("History not readable", e);
            return Optional.empty();
        }
    }

    /** The demo profile's sandbox starts now rather than when the Compte step asks for it. */
    private void startDemo(Stage stage, ResourceBundle messages, FxTaskRunner tasks, Optional<DemoSandboxService> demo) {
        if (demo.isEmpty()) {
            return;
        }
        tasks.run(() -> {
            LoggerFactory.getLogger(DesktopApp.class).info("Demo sandbox at {}", demo.get().start());
            return null;
        }, ignored -> { }, failure -> {
            LoggerFactory.getLogger(DesktopApp.class).error("Demo sandbox failed to start", failure);
            String key = failure instanceof SandboxInUseException ? "demo.start.inUse" : "demo.start.failed";
            new ErrorDialog(messages).create(stage, messages.getString(key), failure).show();
        });
    }

    /** Logback creates its files with the default mode; the log names client companies. */
    private void restrictLogFiles() {
        try {
            PrivateDirectories.restrictFiles(paths.logDirectory());
        } catch (IOException e) {
            LoggerFactory.getLogger(DesktopApp.class).warn("Could not restrict the log files to their owner", e);
        }
    }

    private void reportFirstFrame(Stage stage) {
        out.println("first-frame-ms=" + StartupClock.millisSinceJvmStart());
        clock.print(out);
        // the styling pass of show() costs about in proportion to the nodes it styles
        out.println("startup-nodes=" + nodes(stage.getScene().getRoot()));
        out.flush();
        // leave the show() call in progress first; then nothing (a server, a pool) may keep
        // a smoke run alive
        Platform.runLater(() -> {
            Platform.exit();
            new Thread(() -> System.exit(0), "smoke-exit").start();
        });
    }

    private static int nodes(javafx.scene.Node node) {
        int count = 1;
        if (node instanceof javafx.scene.Parent parent) {
            for (javafx.scene.Node child : parent.getChildrenUnmodifiable()) {
                count += nodes(child);
            }
        }
        return count;
    }
}
