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
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
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
        // the settings are read while the toolkit starts. Logging is configured only once the
        // window is shown: done in parallel it slowed the toolkit's start by about 130 ms
        CompletableFuture<Settings> settings = CompletableFuture.supplyAsync(
                settingsStore::load);
        // the history (up to thousands of invoices) is read off the FX thread too
        CompletableFuture<Optional<HistoryStore>> history = CompletableFuture.supplyAsync(() -> {
            try {
                return Optional.of(DraftsAndHistoryWiring.openHistory(paths));
            } catch (IOException | RuntimeException e) {
                LoggerFactory.getLogger(DesktopApp.class).error("History not readable", e);
                return Optional.empty();
            }
        });
        Platform.startup(() -> showMainWindow(settings.join(), history.join()));
    }

    private void showMainWindow(Settings settings, Optional<HistoryStore> historyStore) {
        Locale locale = Languages.choose(
                options.language().or(() -> settings.languageOverride().flatMap(Languages::supported)),
                Locale.getDefault());
        ResourceBundle messages = Languages.bundle(locale);
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
        // the wizard, the drafts and the history follow the profile chosen in the Compte step
        AtomicReference<ProfileWiring> profiles = new AtomicReference<>();
        Supplier<String> activeProfile = () -> Optional.ofNullable(profiles.get())
                .map(ProfileWiring::activeProfileId).orElseGet(settings::activeProfile);
        Optional<DraftsAndHistoryWiring> records = historyStore.map(store -> new DraftsAndHistoryWiring(paths,
                activeProfile, store, () -> Optional.ofNullable(profiles.get()).flatMap(ProfileWiring::client),
                () -> Optional.ofNullable(profiles.get()).map(p -> p.supplier().get())
                        .map(SupplierIdentity::structureId), accounts, locale));
        // a status that changes while the window is in the background still reaches the user
        TrayNotifier tray = new TrayNotifier();
        records.flatMap(r -> r.records().sync())
                .ifPresent(sync -> sync.addListener(new DesktopNotifications(messages, tray)));
        stage.setOnShown(event -> {
            if (options.smoke()) {
                reportFirstFrame();
            }
            afterFirstFrame(stage, messages, locale, tasks, demo);
        });
        // closing the window must not wait on the FX thread for the sandbox to stop; the sandbox
        // exists for every profile (the user may switch to the demo one), so it is always stopped
        new ShutdownOnClose(Optional.of(sandbox), tasks, ShutdownOnClose.STOP_LIMIT, System::exit).attachTo(stage);
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, event -> {
            // the draft being edited reaches the disk before anything else stops
            this.window.close();
            Optional.ofNullable(profiles.get()).ifPresent(ProfileWiring::close);
            records.ifPresent(DraftsAndHistoryWiring::close);
            tray.close();
            if (credentials.isDone()) {
                credentials.join().close();
            }
        });
        MainWindow.Services services = MainWindow.Services.none().withAccounts(accounts);
        services = records.map(DraftsAndHistoryWiring::records).map(services::withRecords).orElse(services);
        MainWindow window = new MainWindow(messages, Version.current(), tasks, demo, services);
        this.window = window;
        ProfileWiring wiring = new ProfileWiring(accounts.clients(), settings.activeProfile(), tasks, Platform::runLater,
                records.map(DraftsAndHistoryWiring::records), paths.dataDirectory().resolve("demo-invoices"),
                Clock.systemUTC(), locale, window::installWizard,
                failure -> LoggerFactory.getLogger(DesktopApp.class).warn("Wizard not available for this profile"),
                () -> records.ifPresent(DraftsAndHistoryWiring::startSync));
        profiles.set(wiring);
        window.activeProfile().ifPresent(active -> active.addListener((obs, old, now) -> wiring.activate(now)));
        options.pdf().ifPresent(file -> window.openPdf(
                new OpenedPdf(file, Files.isRegularFile(file) && Files.isReadable(file))));
        window.show(stage);
    }

    private MainWindow window;

    /**
     * Work that must not delay the first frame, on one background task: logging is configured
     * first (a single thread doing it avoids SLF4J's replay of concurrent early calls), then the
     * demo sandbox starts.
     */
    private void afterFirstFrame(Stage stage, ResourceBundle messages, Locale locale, FxTaskRunner tasks,
            Optional<DemoSandboxService> demo) {
        tasks.run(() -> {
            LoggerFactory.getLogger(DesktopApp.class).info("ChorusDesk {} started, data in {}, language {}",
                    Version.current(), paths.dataDirectory(), locale.getLanguage());
            restrictLogFiles();
            // the demo profile's sandbox starts now rather than when the Compte step asks for it
            demo.ifPresent(sandbox -> LoggerFactory.getLogger(DesktopApp.class).info("Demo sandbox at {}",
                    sandbox.start()));
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

    private void reportFirstFrame() {
        out.println("first-frame-ms=" + StartupClock.millisSinceJvmStart());
        out.flush();
        // leave the show() call in progress first; then nothing (a server, a pool) may keep
        // a smoke run alive
        Platform.runLater(() -> {
            Platform.exit();
            new Thread(() -> System.exit(0), "smoke-exit").start();
        });
    }
}
