package fr.chorusdesk.app;

import fr.chorusdesk.sandbox.SandboxConfig;
import fr.chorusdesk.sandbox.SandboxInUseException;
import fr.chorusdesk.chorus.ChorusClient;
import fr.chorusdesk.pdf.PageRenderer;
import fr.chorusdesk.pdf.PdfInspector;
import fr.chorusdesk.service.DemoInvoices;
import fr.chorusdesk.service.DemoSandboxService;
import fr.chorusdesk.service.FlowPolling;
import fr.chorusdesk.service.InMemorySubmissionLedger;
import fr.chorusdesk.service.PagePreviewService;
import fr.chorusdesk.service.PreflightService;
import fr.chorusdesk.service.RecipientService;
import fr.chorusdesk.service.SubmissionService;
import fr.chorusdesk.ui.wizard.WizardServices;
import java.time.Clock;
import javafx.beans.property.SimpleObjectProperty;
import fr.chorusdesk.store.Settings;
import fr.chorusdesk.store.SettingsStore;
import fr.chorusdesk.ui.MainWindow;
import fr.chorusdesk.ui.common.ErrorDialog;
import fr.chorusdesk.ui.common.FxTaskRunner;
import fr.chorusdesk.ui.common.UncaughtErrorHandler;
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
        Platform.startup(() -> showMainWindow(settings.join()));
    }

    private void showMainWindow(Settings settings) {
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
        stage.setOnShown(event -> {
            if (options.smoke()) {
                reportFirstFrame();
            }
            afterFirstFrame(stage, messages, locale, tasks, demo);
        });
        stage.setOnHidden(event -> {
            demo.ifPresent(DemoSandboxService::close);
            tasks.close();
        });
        MainWindow window = new MainWindow(messages, Version.current(), tasks, demo);
        this.window = window;
        window.show(stage);
    }

    private MainWindow window;

    /**
     * The wizard's use cases against the demo sandbox's client (over real HTTP); built once the
     * sandbox is up, off the FX thread. Profiles with a real account come with the account step.
     */
    private WizardServices demoWizardServices(DemoSandboxService sandbox, FxTaskRunner tasks, Locale locale) {
        Clock clock = Clock.systemUTC();
        ChorusClient client = sandbox.client();
        RecipientService recipients = new RecipientService(client, clock);
        return new WizardServices(new PreflightService(new PdfInspector(), clock, locale),
                new PagePreviewService(new PageRenderer(), locale), recipients,
                new SubmissionService(client, recipients, new InMemorySubmissionLedger(), FlowPolling.defaults(),
                        clock, locale),
                new SimpleObjectProperty<>(sandbox.supplierIdentity()),
                Optional.of(new DemoInvoices(paths.dataDirectory().resolve("demo-invoices"), clock)), tasks,
                Platform::runLater, clock, locale);
    }

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
            return demo.map(sandbox -> {
                LoggerFactory.getLogger(DesktopApp.class).info("Demo sandbox at {}", sandbox.start());
                return demoWizardServices(sandbox, tasks, locale);
            });
        }, services -> services.ifPresent(window::installWizard),
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
