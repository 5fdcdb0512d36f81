package fr.chorusdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.domain.SentInvoice;
import fr.chorusdesk.pdf.PageRenderer;
import fr.chorusdesk.pdf.PdfInspector;
import fr.chorusdesk.service.DraftAutosaver;
import fr.chorusdesk.service.DraftService;
import fr.chorusdesk.service.DraftSubmission;
import fr.chorusdesk.service.DraftSummary;
import fr.chorusdesk.service.FlowPolling;
import fr.chorusdesk.service.HistoryFilter;
import fr.chorusdesk.service.HistoryService;
import fr.chorusdesk.service.InvoicePdfs;
import fr.chorusdesk.service.PagePreviewService;
import fr.chorusdesk.service.PreflightService;
import fr.chorusdesk.service.RecipientService;
import fr.chorusdesk.service.SandboxHarness;
import fr.chorusdesk.service.SubmissionService;
import fr.chorusdesk.store.DraftStore;
import fr.chorusdesk.store.HistoryStore;
import fr.chorusdesk.store.InvoiceDraftJson;
import fr.chorusdesk.ui.common.SameThreadTaskRunner;
import fr.chorusdesk.ui.wizard.WizardDrafts;
import fr.chorusdesk.ui.wizard.WizardServices;
import fr.chorusdesk.ui.wizard.WizardStep;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The wizard, the Brouillons tab and the Historique tab in one real window, headless, against the
 * sandbox over HTTP: what is prepared shows as a local draft, reopens at its step, and once sent
 * leaves the drafts for the history. Saves run at once here (the debounce has its own tests).
 */
@ExtendWith(ApplicationExtension.class)
class WizardDraftsWindowTest {

    /** A seeded recipient with no service code or engagement rule (docs/sandbox.md). */
    private static final String RECIPIENT = "21750001000012";

    @TempDir
    Path dir;

    private final ResourceBundle messages = ResourceBundle.getBundle("fr.chorusdesk.i18n.messages", Locale.FRENCH);
    private SandboxHarness harness;
    private DraftService drafts;
    private HistoryService history;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        harness = new SandboxHarness(dir.resolve("state"));
        SameThreadTaskRunner tasks = new SameThreadTaskRunner();
        drafts = new DraftService(new DraftStore(dir.resolve("drafts"), new InvoiceDraftJson(), harness.clock),
                () -> "demo", harness.clock, Locale.FRENCH);
        history = new HistoryService(HistoryStore.open(dir.resolve("history"), harness.clock), () -> "demo",
                harness.clock);
        RecipientService recipients = new RecipientService(harness.client, harness.clock);
        SubmissionService submissions = new SubmissionService(harness.client, recipients, history,
                new FlowPolling(Duration.ofSeconds(10), 10, harness.clock::advance), harness.clock, Locale.FRENCH);
        DraftAutosaver.Scheduler atOnce = (task, delay) -> {
            task.run();
            return () -> { };
        };
        WizardServices services = new WizardServices(
                new PreflightService(new PdfInspector(), harness.clock, Locale.FRENCH),
                new PagePreviewService(new PageRenderer(), Locale.FRENCH), recipients, submissions,
                new SimpleObjectProperty<>(SandboxHarness.DEMO_SUPPLIER), Optional.empty(), tasks, Runnable::run,
                harness.clock, Locale.FRENCH, Optional.of(new WizardDrafts(drafts,
                        new DraftSubmission(submissions, history, drafts), atOnce, Duration.ZERO, e -> {
                            throw new AssertionError(e);
                        })));
        window = new MainWindow(messages, "test", tasks, Optional.empty(), MainWindow.Services.none().withRecords(
                new DraftsAndHistory(drafts, history, Optional.empty(), Optional.empty(), Locale.FRENCH)));
        window.show(stage);
        window.installWizard(services);
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void aPreparedInvoiceIsADraftThatReopensAtItsStepAndLeavesTheDraftsOnceSent(FxRobot robot) throws Exception {
        Path pdf = InvoicePdfs.facturX(dir.resolve("FX-2026-0301.pdf"), InvoicePdfs.Cii.demo("FX-2026-0301", RECIPIENT));
        robot.interact(() -> window.wizard().orElseThrow().open(pdf));
        robot.clickOn("#nextButton");
        assertThat(window.wizard().orElseThrow().run().orElseThrow().model().current())
                .isEqualTo(WizardStep.REFERENCES);
        robot.clickOn("#contractNumber").write("MARCHE-2026-12");
        assertThat(robot.lookup("#draftState").queryAs(Label.class).getText())
                .startsWith("Brouillon local — non envoyé · enregistré à ");
        robot.interact(() -> {
            try {
                Screenshots.write(robot.lookup("#tabs").query().getScene().getRoot(), "wizard-draft-saved");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#draftsBanner").queryAs(Label.class).getText())
                .startsWith("Ces factures sont des brouillons locaux : elles n’ont pas été envoyées à Chorus Pro.");
        TableView<?> table = robot.lookup("#draftsTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(1);
        DraftSummary row = (DraftSummary) table.getItems().get(0);
        assertThat(row.invoiceNumber()).contains("FX-2026-0301");
        assertThat(row.stepReached().name()).isEqualTo("REFERENCES");

        // another deposit started meanwhile, then the draft is taken back
        robot.interact(() -> window.wizard().orElseThrow().startRun());
        robot.interact(() -> tabs.getSelectionModel().select(1));
        robot.clickOn("FX-2026-0301");
        robot.clickOn("#draftReopen");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("tabWizard");
        assertThat(window.wizard().orElseThrow().run().orElseThrow().model().current())
                .isEqualTo(WizardStep.REFERENCES);
        assertThat(robot.lookup("#contractNumber").queryAs(TextField.class).getText()).isEqualTo("MARCHE-2026-12");

        robot.clickOn("#nextButton");
        robot.clickOn("#nextButton");
        robot.clickOn("#sendButton");
        assertThat(robot.lookup("#sentTitle").queryAs(Label.class).getText()).isEqualTo("✔ Envoyée à Chorus Pro");

        assertThat(robot.lookup("#draftState").queryAs(Label.class).isVisible()).as("sent, not a draft").isFalse();
        List<SentInvoice> sent = history.find(HistoryFilter.ALL);
        assertThat(sent).extracting(SentInvoice::invoiceNumber).containsExactly("FX-2026-0301");
        assertThat(sent.get(0).sent().orElseThrow().contractNumber()).contains("MARCHE-2026-12");
        assertThat(drafts.list().drafts()).as("sent: no longer a draft").isEmpty();

        robot.interact(() -> tabs.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#draftsTable").queryAs(TableView.class).getItems()).isEmpty();
        robot.interact(() -> tabs.getSelectionModel().select(2));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> historyTable = robot.lookup("#historyTable").queryAs(TableView.class);
        assertThat(historyTable.getItems()).hasSize(1);
        assertThat(((SentInvoice) historyTable.getItems().get(0)).invoiceNumber()).isEqualTo("FX-2026-0301");
    }
}
