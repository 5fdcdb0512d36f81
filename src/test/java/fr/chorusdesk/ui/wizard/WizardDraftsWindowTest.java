package fr.chorusdesk.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.domain.SentInvoice;
import fr.chorusdesk.service.DraftService;
import fr.chorusdesk.service.DraftSummary;
import fr.chorusdesk.service.HistoryFilter;
import fr.chorusdesk.service.HistoryService;
import fr.chorusdesk.service.InvoicePdfs;
import fr.chorusdesk.ui.MainWindow;
import fr.chorusdesk.ui.Screenshots;
import java.nio.file.Path;
import java.util.List;
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

    private WizardWindow app;
    private DraftService drafts;
    private HistoryService history;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        app = WizardWindow.show(stage, dir);
        drafts = app.drafts;
        history = app.history;
        window = app.window;
    }

    @AfterEach
    void stop() {
        app.close();
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

        assertThat(robot.lookup("#draftState").queryAs(Label.class).getText()).as("sent, not a draft")
                .isEqualTo("✔ Envoyée à Chorus Pro — ce n’est plus un brouillon");
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
