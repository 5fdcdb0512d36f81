package fr.chorusdesk.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
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
 * A PDF opened with ChorusDesk on a first start (« Ouvrir avec », {@code chorusdesk facture.pdf})
 * while the demo profile still needs its bank account: the file waits on the Compte step and is
 * opened on the PDF step once the account is ready, never lost.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class FirstStartPdfTest {

    @TempDir
    Path dir;

    private FirstStartWindow app;

    @Start
    void start(Stage stage) throws IOException {
        app = new FirstStartWindow(stage, dir);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void aPdfGivenAtAFirstStartWaitsForTheAccountThenOpensOnThePdfStep(FxRobot robot) {
        Path invoice = app.samples.facturX();
        robot.interact(() -> app.window.openPdf(new WizardModel.OpenedPdf(invoice, true)));
        WaitForAsyncUtils.waitForFxEvents();
        WizardRun run = app.window.wizard().orElseThrow().run().orElseThrow();
        assertThat(run.model().current()).as("the account is not ready yet").isEqualTo(WizardStep.ACCOUNT);
        assertThat(run.pendingPdf()).contains(invoice);

        robot.clickOn("#bankAccountChoice").clickOn("Compte courant - Banque Exemple");
        WizardWindow.waitUntil(() -> run.model().current() == WizardStep.PDF);

        assertThat(WizardWindow.text(robot, "#pdfFileName")).isEqualTo(invoice.getFileName().toString());
        assertThat(run.pendingPdf()).isEmpty();
        assertThat(robot.lookup("#nextButton").queryButton().isDisabled()).as("the Factur-X passes").isFalse();
    }
}
