package fr.chorusdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.service.DraftService;
import fr.chorusdesk.service.HistoryService;
import fr.chorusdesk.store.DraftStore;
import fr.chorusdesk.store.HistoryStore;
import fr.chorusdesk.store.InvoiceDraftJson;
import fr.chorusdesk.testing.MutableClock;
import fr.chorusdesk.ui.common.SameThreadTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window with its drafts and history: a draft saved before shows in Brouillons, reopening goes to the wizard. */
@ExtendWith(ApplicationExtension.class)
class MainWindowDraftsTest {

    private final ResourceBundle messages = ResourceBundle.getBundle("fr.chorusdesk.i18n.messages", Locale.FRENCH);

    private fr.chorusdesk.service.SandboxHarness harness;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("window-records");
        harness = new fr.chorusdesk.service.SandboxHarness(dir.resolve("state"));
        MutableClock clock = harness.clock;
        DraftService drafts = new DraftService(new DraftStore(dir.resolve("drafts"), new InvoiceDraftJson(), clock),
                () -> "demo", clock, Locale.FRENCH);
        drafts.save(InvoiceDraft.start(clock.instant()).withInvoiceNumber("FA-2026-0777")
                .withContractNumber("MARCHE-2026-07").withStepReached(fr.chorusdesk.domain.DraftStep.REFERENCES));
        HistoryService history = new HistoryService(HistoryStore.open(dir.resolve("history"), clock), () -> "demo",
                clock);
        window = new MainWindow(messages, "test", new SameThreadTaskRunner(), Optional.empty(),
                MainWindow.Services.none().withRecords(
                        new DraftsAndHistory(drafts, history, Optional.empty(), Optional.empty(), Locale.FRENCH)));
        window.show(stage);
        window.installWizard(fr.chorusdesk.ui.wizard.TestWizardServices.of(harness, drafts, history,
                new javafx.beans.property.SimpleObjectProperty<>(fr.chorusdesk.service.SandboxHarness.DEMO_SUPPLIER),
                new SameThreadTaskRunner(), Runnable::run));
    }

    @org.junit.jupiter.api.AfterEach
    void stop() {
        window.close();
        harness.close();
    }

    @Test
    void theDraftsTabListsSavedDraftsAndReopeningShowsTheWizard(FxRobot robot) {
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("FA-2026-0777");
        robot.clickOn("#draftReopen");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("tabWizard");
        assertThat(window.wizard().orElseThrow().run().orElseThrow().model().current())
                .as("where the draft was left").isEqualTo(fr.chorusdesk.ui.wizard.WizardStep.REFERENCES);
        assertThat(robot.lookup("#invoiceNumber").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo("FA-2026-0777");
        assertThat(robot.lookup("#contractNumber").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo("MARCHE-2026-07");
        // the history is empty: its empty state, not a table
        robot.interact(() -> tabs.getSelectionModel().select(2));
        assertThat(robot.lookup("#historyEmpty").tryQuery().map(javafx.scene.Node::isVisible)).contains(true);
    }
}
