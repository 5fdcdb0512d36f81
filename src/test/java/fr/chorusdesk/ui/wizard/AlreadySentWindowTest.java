package fr.chorusdesk.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.service.InvoicePdfs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The same invoice sent twice: the second time Chorus Pro's earlier receipt is shown, nothing is
 * sent again, and the wizard's bottom bar says it is already on Chorus Pro instead of calling it a
 * local draft.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class AlreadySentWindowTest {

    /** docs/sandbox.md: a commune with no rule. */
    private static final String COMMUNE = "21750001000012";

    @TempDir
    Path dir;

    private WizardWindow app;
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        app = WizardWindow.show(stage, dir);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void theSameInvoiceSentAgainShowsTheEarlierReceiptAndTheBarSaysItIsAlreadyOnChorusPro(FxRobot robot)
            throws Exception {
        Path invoice = InvoicePdfs.facturX(dir.resolve("FX-2026-0900.pdf"), InvoicePdfs.Cii.demo("FX-2026-0900",
                COMMUNE));
        sendThroughTheWizard(robot, invoice);
        assertThat(WizardWindow.text(robot, "#sentTitle")).isEqualTo("✔ Envoyée à Chorus Pro");
        assertThat(WizardWindow.text(robot, "#draftState")).isEqualTo("✔ Envoyée à Chorus Pro — ce n’est plus un brouillon");
        long uploads = app.calls("/transverses/v1/ajouter/fichier");

        sendThroughTheWizard(robot, invoice);

        assertThat(WizardWindow.text(robot, "#sentTitle")).isEqualTo("Déjà envoyée à Chorus Pro");
        assertThat(WizardWindow.text(robot, "#draftState"))
                .isEqualTo("Déjà envoyée à Chorus Pro : rien n’a été envoyé une seconde fois")
                .doesNotContain("Brouillon local");
        assertThat(app.calls("/transverses/v1/ajouter/fichier")).as("nothing uploaded again").isEqualTo(uploads);
        Screenshots.take(stage, "wizard-already-sent");
    }

    private void sendThroughTheWizard(FxRobot robot, Path invoice) {
        robot.interact(() -> app.window.wizard().orElseThrow().open(invoice));
        Button next = robot.lookup("#nextButton").queryButton();
        for (int step = 0; step < 3; step++) {
            WizardWindow.waitUntil(() -> !next.isDisabled());
            robot.clickOn(next);
        }
        robot.clickOn("#sendButton");
        WizardWindow.waitUntil(() -> robot.lookup("#sentTitle").tryQuery().isPresent());
    }
}
