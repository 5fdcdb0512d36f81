package fr.chorusdesk.ui.batch;

import static fr.chorusdesk.ui.batch.BatchWindow.cell;
import static fr.chorusdesk.ui.batch.BatchWindow.showing;
import static fr.chorusdesk.ui.batch.BatchWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.domain.ContractCard;
import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.service.BatchStatus;
import fr.chorusdesk.service.InvoicePdfs;
import fr.chorusdesk.ui.Screenshots;
import fr.chorusdesk.ui.wizard.WizardStep;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Contract cards in the real window: a card kept for a recipient is offered in the batch and in the
 * wizard's Références step (one click), and Fichier → Marchés… shows, edits and deletes it; a row
 * that needs more than a cell opens in the wizard. Headless, against the sandbox over HTTP.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 150, unit = TimeUnit.SECONDS)
class BatchWizardAndCardsWindowTest {

    private static final String DEPARTEMENT = "22691000200014";

    @TempDir
    Path dir;

    private BatchWindow app;

    @Start
    void start(Stage stage) throws IOException {
        app = new BatchWindow(stage, dir);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void aCardFillsABatchRowAndTheWizardInOneClickAndIsEditedInMarches(FxRobot robot) throws Exception {
        app.app.cards.remember("demo", InvoiceDraft.start(app.app.sandbox.clock.instant())
                .withRecipientSiret(DEPARTEMENT).withContractNumber("M-2026-07").withServiceCode("COLLEGES")
                .withEngagementNumber("EJ-77"), Optional.of("DEPARTEMENT DU VAL-DEMO"));
        Path folder = Files.createDirectories(dir.resolve("in"));
        InvoicePdfs.facturX(folder.resolve("A.pdf"), InvoicePdfs.Cii.demo("CARD-A", DEPARTEMENT));
        InvoicePdfs.facturX(folder.resolve("B.pdf"), InvoicePdfs.Cii.demo("CARD-B", DEPARTEMENT));
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "tabBatch".equals(t.getId())).findFirst().orElseThrow()));
        robot.interact(() -> app.model().add(List.of(folder)));
        waitUntil(() -> app.model().rows().size() == 2
                && app.model().rows().stream().allMatch(i -> i.row().status() == BatchStatus.INCOMPLETE));
        assertThat(app.row("A.pdf").cardOffer()).isPresent();

        // the batch: one row completed from its card, in one click
        robot.clickOn(cell(robot, "A.pdf", "batchFile"));
        robot.clickOn("#batchTakeCards");
        waitUntil(() -> app.row("A.pdf").status() == BatchStatus.READY);
        assertThat(app.row("A.pdf").draft().orElseThrow().engagementNumber()).contains("EJ-77");
        assertThat(app.row("B.pdf").status()).as("only the chosen row").isEqualTo(BatchStatus.INCOMPLETE);

        // the other row needs more than a cell: it opens in the wizard, where the card is offered too
        robot.clickOn(cell(robot, "B.pdf", "batchFile"));
        robot.clickOn("#batchOpenWizard");
        waitUntil(() -> tabs.getSelectionModel().getSelectedIndex() == 0
                && app.window.wizard().flatMap(w -> w.run()).map(r -> r.model().current())
                        .equals(Optional.of(WizardStep.REFERENCES)));
        waitUntil(() -> robot.lookup("#contractCardOffer").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(robot.lookup("#contractCardText").queryAs(Label.class).getText())
                .isEqualTo("Fiche du marché M-2026-07 : service COLLEGES · engagement EJ-77");
        screenshot(robot.lookup("#tabs").query(), "wizard-contract-card");
        robot.clickOn("#useContractCard");
        waitUntil(() -> "COLLEGES".equals(robot.lookup("#serviceCode")
                .queryAs(javafx.scene.control.ComboBox.class).getValue()));
        assertThat(robot.lookup("#engagementNumber").queryAs(TextField.class).getText()).isEqualTo("EJ-77");
        assertThat(robot.lookup("#contractCardOffer").queryAs(Node.class).isVisible()).isFalse();

        // Fichier → Marchés…: the card, edited, then deleted
        robot.clickOn("#menuFile");
        robot.clickOn(showing(robot, "#menuContracts"));
        waitUntil(() -> robot.lookup("#contractCardsTable").tryQuery().isPresent()
                && !robot.lookup("#contractCardsTable").queryAs(TableView.class).getItems().isEmpty());
        @SuppressWarnings("unchecked")
        TableView<ContractCard> table = robot.lookup("#contractCardsTable").queryAs(TableView.class);
        assertThat(table.getItems()).singleElement().satisfies(c ->
                assertThat(c.recipientName()).contains("DEPARTEMENT DU VAL-DEMO"));
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#cardEngagementField").push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.A)
                .write("EJ-78");
        robot.clickOn("#cardSave");
        waitUntil(() -> robot.lookup("#contractCardsMessage").queryAs(Label.class).getText()
                .equals("Fiche enregistrée."));
        assertThat(app.app.cards.list("demo")).singleElement().satisfies(c ->
                assertThat(c.engagementNumber()).contains("EJ-78"));
        screenshot(robot.lookup("#contractCards").query(), "contracts-window");
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#cardDelete");
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.clickOn((Node) robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals("OK"))
                .query());
        waitUntil(() -> table.getItems().isEmpty());
        assertThat(app.app.cards.list("demo")).isEmpty();
        robot.interact(() -> ((Stage) robot.lookup("#contractCards").query().getScene().getWindow()).close());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Window.getWindows().stream().filter(Window::isShowing).count()).isEqualTo(1);
    }

    private static void screenshot(Node node, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        try {
            WaitForAsyncUtils.asyncFx(() -> {
                try {
                    Screenshots.write(node.getScene().getRoot(), name);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
