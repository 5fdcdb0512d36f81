package fr.chorusdesk.ui.wizard;

import static fr.chorusdesk.ui.wizard.WizardWindow.text;
import static fr.chorusdesk.ui.wizard.WizardWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.service.InvoicePdfs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
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
 * What the PDF step shows of a plain PDF's text, on the real window: the values filled in by
 * themselves under « Lu dans le PDF » and marked so in the next steps, a value the page leaves in
 * doubt offered with « Utiliser » and the other values it could be in a menu.
 */
@ExtendWith(ApplicationExtension.class)
class TextReadingWindowTest {

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
    void checkedValuesAreFilledInAndADoubtfulOneIsOfferedWithItsAlternatives(FxRobot robot) throws IOException {
        Path pdf = InvoicePdfs.textPdf(dir.resolve("facture.pdf"), List.of(
                "Facture n° FA-2026-0500",
                "Date de facture : " + app.today().format(WizardWindow.FRENCH_DATE),
                "Destinataire : COMMUNE DE VALBOURG",
                "SIRET du destinataire : 217 500 010 00012",
                "Total HT 100,00 €",
                "TVA 20 % 20,00 €",
                "Total TTC 120,00 €",
                "",
                "Rappel : la facture n° FA-2026-0499 reste à régler."));
        robot.clickOn("#nextButton");
        robot.interact(() -> app.window.wizard().orElseThrow().open(pdf));
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> "facture.pdf".equals(robot.lookup("#pdfFileName").queryAs(Label.class).getText()));

        assertThat(text(robot, "#readValue-AMOUNT_INCL_TAX")).isEqualTo("montant TTC : 120,00");
        assertThat(robot.lookup("#readValue-INVOICE_NUMBER").tryQuery()).as("two numbers: the user chooses")
                .isEmpty();
        assertThat(robot.lookup("#useSuggestion0").queryButton().getAccessibleText())
                .startsWith("numéro de facture : FA-2026-0500");
        Screenshots.take(stage, "wizard-pdf-read");

        MenuButton others = robot.lookup("#alternatives-INVOICE_NUMBER").queryAs(MenuButton.class);
        robot.clickOn(others);
        robot.clickOn(WizardWindow.showing(robot, ".menu-item"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#nextButton");

        assertThat(robot.lookup("#invoiceNumber").queryAs(TextField.class).getText()).isEqualTo("FA-2026-0499");
        assertThat(robot.lookup("#invoiceNumberOrigin").queryAs(Label.class).isVisible()).as("chosen, not read")
                .isFalse();
        assertThat(text(robot, "#recipientSiretOrigin")).isEqualTo("lu dans le PDF");
        Screenshots.take(stage, "wizard-references-read");
    }
}
