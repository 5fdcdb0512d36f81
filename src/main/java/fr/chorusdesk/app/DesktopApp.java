package fr.chorusdesk.app;

import fr.chorusdesk.sandbox.SandboxConfig;
import fr.chorusdesk.sandbox.SandboxInUseException;
import fr.chorusdesk.service.DemoSandboxService;
import fr.chorusdesk.store.HistoryStore;
import fr.chorusdesk.store.Settings;
import fr.chorusdesk.store.SettingsStore;
import fr.chorusdesk.ui.MainWindow;
import fr.chorusdesk.ui.common.ErrorDialog;
import fr.chorusdesk.ui.common.FxTaskRunner;
import fr.chorusdesk.ui.common.UncaughtErrorHandler;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
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

    DesktopApp(AppPaths paths, LaunchOptions options, PrintStream out) {
        this.paths = paths;
        this.options = options;
        this.out = out;
    }

    void start() {
        // the settings are read while the toolkit starts. Logging is configured only once the
        // window is shown: done in parallel it slowed the toolkit's start by about 130 ms
        CompletableFuture<Settings> settings = CompletableFuture.supplyAsync(
                () -> new SettingsStore(paths.settingsFile()).load());
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
        Optional<DemoSandboxService> demo = settings.isDemo()
                ? Optional.of(new DemoSandboxService(SandboxConfig.defaults(paths.sandboxDirectory())))
                : Optional.empty();
        Optional<DraftsAndHistoryWiring> records = historyStore.map(
                store -> new DraftsAndHistoryWiring(paths, settings, store, demo, locale));
        stage.setOnShown(event -> {
            if (options.smoke()) {
                reportFirstFrame();
            }
            afterFirstFrame(stage, messages, locale, tasks, demo, records);
        });
        stage.setOnHidden(event -> {
            records.ifPresent(DraftsAndHistoryWiring::close);
            demo.ifPresent(DemoSandboxService::close);
            tasks.close();
        });
        new MainWindow(messages, Version.current(), tasks, demo, records.map(DraftsAndHistoryWiring::records))
                .show(stage);
    }

    /**
     * Work that must not delay the first frame, on one background task: logging is configured
     * first (a single thread doing it avoids SLF4J's replay of concurrent early calls), then the
     * demo sandbox starts.
     */
    private void afterFirstFrame(Stage stage, ResourceBundle messages, Locale locale, FxTaskRunner tasks,
            Optional<DemoSandboxService> demo, Optional<DraftsAndHistoryWiring> records) {
        tasks.run(() -> {
            LoggerFactory.getLogger(DesktopApp.class).info("ChorusDesk {} started, data in {}, language {}",
                    Version.current(), paths.dataDirectory(), locale.getLanguage());
            return demo.map(DemoSandboxService::start);
        }, url -> {
            url.ifPresent(u -> LoggerFactory.getLogger(DesktopApp.class).info("Demo sandbox at {}", u));
            // the sync runs on its own threads: on start, then every few minutes
            records.ifPresent(DraftsAndHistoryWiring::startSync);
        },
                failure -> {
                    LoggerFactory.getLogger(DesktopApp.class).error("Demo sandbox failed to start", failure);
                    String key = failure instanceof SandboxInUseException ? "demo.start.inUse" : "demo.start.failed";
                    new ErrorDialog(messages).create(stage, messages.getString(key), failure).show();
                });
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
