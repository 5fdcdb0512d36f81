package fr.chorusdesk.ui.wizard;

import fr.chorusdesk.domain.SupplierIdentity;
import fr.chorusdesk.domain.SupplierProfile;
import fr.chorusdesk.pdf.PageRenderer;
import fr.chorusdesk.pdf.PdfInspector;
import fr.chorusdesk.sandbox.SandboxConfig;
import fr.chorusdesk.service.Accounts;
import fr.chorusdesk.service.DemoInvoices;
import fr.chorusdesk.service.DemoSandboxService;
import fr.chorusdesk.service.DraftAutosaver;
import fr.chorusdesk.service.DraftService;
import fr.chorusdesk.service.DraftSubmission;
import fr.chorusdesk.service.FlowPolling;
import fr.chorusdesk.service.HistoryService;
import fr.chorusdesk.service.PagePreviewService;
import fr.chorusdesk.service.PreflightService;
import fr.chorusdesk.service.RecentRecipients;
import fr.chorusdesk.service.RecipientService;
import fr.chorusdesk.service.SandboxHarness;
import fr.chorusdesk.service.SubmissionService;
import fr.chorusdesk.store.DraftStore;
import fr.chorusdesk.store.HistoryStore;
import fr.chorusdesk.store.InMemoryCredentialStore;
import fr.chorusdesk.store.InvoiceDraftJson;
import fr.chorusdesk.store.SettingsStore;
import fr.chorusdesk.ui.DraftsAndHistory;
import fr.chorusdesk.ui.MainWindow;
import fr.chorusdesk.ui.common.SameThreadTaskRunner;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.beans.property.SimpleObjectProperty;
import javafx.stage.Stage;

/**
 * The window as a new user first sees it: no settings file, the demo profile active but not
 * connected, the Compte step the real one (its connection check and choices against the embedded
 * sandbox over HTTP), and « Choisir un PDF… » going through the real chooser path, a test hook
 * answering for the system's dialog. The wizard's supplier follows the profile chosen, as the app's
 * profile wiring does.
 */
final class FirstStartWindow implements AutoCloseable {

    /** What a user does in the system's open dialog: a double-click on the file (two presses). */
    static final int CLICKS_IN_FILE_DIALOG = 2;

    final SandboxHarness harness;
    final MainWindow window;
    final DemoInvoices samples;
    private final DemoSandboxService demo;
    private final Deque<Path> answers = new ArrayDeque<>();
    private int dialogsAnswered;

    FirstStartWindow(Stage stage, Path dir) throws IOException {
        harness = new SandboxHarness(dir.resolve("state"));
        SameThreadTaskRunner tasks = new SameThreadTaskRunner();
        DraftService drafts = new DraftService(new DraftStore(dir.resolve("drafts"), new InvoiceDraftJson(),
                harness.clock), () -> "demo", harness.clock, Locale.FRENCH);
        HistoryService history = new HistoryService(HistoryStore.open(dir.resolve("history"), harness.clock),
                () -> "demo", harness.clock);
        // the demo profile's client is the harness's, whose sandbox has the same seeded supplier
        demo = new DemoSandboxService(SandboxConfig.defaults(dir.resolve("demo-sandbox")));
        Accounts accounts = Accounts.create(new SettingsStore(dir.resolve("settings.json")),
                InMemoryCredentialStore::new, demo, (environment, credentials) -> harness.client, harness.clock,
                Locale.FRENCH);
        RecipientService recipients = new RecipientService(harness.client, harness.clock);
        SubmissionService submissions = new SubmissionService(harness.client, recipients, history,
                new FlowPolling(Duration.ofSeconds(10), 10, harness.clock::advance), harness.clock, Locale.FRENCH);
        DraftAutosaver.Scheduler atOnce = (task, delay) -> {
            task.run();
            return () -> { };
        };
        SimpleObjectProperty<SupplierIdentity> supplier = new SimpleObjectProperty<>();
        samples = new DemoInvoices(dir.resolve("demo-invoices"), harness.clock);
        WizardServices services = new WizardServices(
                new PreflightService(new PdfInspector(), harness.clock, Locale.FRENCH),
                new PagePreviewService(new PageRenderer(), Locale.FRENCH), recipients, submissions, supplier,
                Optional.of(samples), tasks, Runnable::run, harness.clock, Locale.FRENCH,
                Optional.of(new WizardDrafts(drafts, new DraftSubmission(submissions, history, drafts, recipients), atOnce,
                        Duration.ZERO, e -> {
                            throw new AssertionError(e);
                        })), RecentRecipients.NONE);
        ResourceBundle messages = ResourceBundle.getBundle("fr.chorusdesk.i18n.messages", Locale.FRENCH);
        window = new MainWindow(messages, "test", tasks, Optional.of(demo), MainWindow.Services.none()
                .withAccounts(accounts)
                .withRecords(new DraftsAndHistory(drafts, history, Optional.empty(), Optional.empty(), Locale.FRENCH)));
        window.activeProfile().orElseThrow().addListener((obs, old, now) -> supplier.set(
                Optional.ofNullable(now).flatMap(SupplierProfile::supplierIdentity).orElse(null)));
        window.show(stage);
        window.installWizard(services);
        window.wizard().orElseThrow().withPdfChooser((owner, bundle) -> {
            dialogsAnswered++;
            return Optional.ofNullable(answers.poll());
        });
    }

    /** The next « Choisir un PDF… » dialog answers with this file. */
    void willChoose(Path file) {
        answers.add(file);
    }

    /** The clicks a user makes in the file dialogs the test answered. */
    int clicksInFileDialogs() {
        return dialogsAnswered * CLICKS_IN_FILE_DIALOG;
    }

    @Override
    public void close() {
        demo.close();
        harness.close();
    }
}
