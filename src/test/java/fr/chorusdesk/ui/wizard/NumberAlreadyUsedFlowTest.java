package fr.chorusdesk.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.domain.SentInvoice;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
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
 * An invoice number the history already holds for this year is flagged in Références as it is
 * typed, in the words the user reads: Chorus Pro keeps numbers unique per supplier and year of
 * deposit (shared chorus-pro-api.md §6).
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class NumberAlreadyUsedFlowTest {

    /** From docs/sandbox.md: a recipient with no rule. */
    private static final String COMMUNE = "21750001000012";

    @TempDir
    Path dir;

    private WizardWindow app;

    @Start
    void start(Stage stage) throws IOException {
        app = WizardWindow.show(stage, dir);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void aNumberDepositedEarlierThisYearBlocksSuivantUntilChanged(FxRobot robot) throws Exception {
        // deposited on the portal in January, imported into the history
        app.history.importAll(List.of(new SentInvoice("imported-1", "demo", Optional.empty(), "FA-2026-0100",
                COMMUNE, SentInvoice.State.SENT, "IMPORTED", Optional.of(8_100_000L), Optional.empty(), "MISE_EN_PAIEMENT",
                Optional.of(LocalDate.of(2026, 1, 12)), Optional.of(LocalDate.of(2026, 1, 12)), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Instant.parse("2026-03-10T09:00:00Z"),
                Optional.empty())));
        Button next = robot.lookup("#nextButton").queryButton();
        robot.clickOn(next);
        WizardWindow.openSample(robot, "#menuDemoSamplePlain");
        robot.clickOn(next);
        robot.clickOn("#recipientSiret").write(COMMUNE);
        WizardWindow.typeInvoiceDate(robot, app.today());
        robot.clickOn("#invoiceNumber").write("fa-2026-0100");

        assertThat(WizardWindow.text(robot, "#invoiceNumberProblem")).isEqualTo("Vous avez déjà déposé cette année "
                + "une autre facture sous ce numéro : Chorus Pro la refuserait. Donnez un nouveau numéro à cette facture.");
        assertThat(next.isDisabled()).isTrue();
        assertThat(WizardWindow.text(robot, "#earlierDepositText"))
                .isEqualTo("La facture FA-2026-0100 a été envoyée le 12/01/2026 sous le n° Chorus 8100000.");
        Screenshots.take((javafx.stage.Stage) next.getScene().getWindow(), "wizard-number-already-sent");
        // the link shows it in the history, whatever the history's filter was
        robot.clickOn("#earlierDepositLink");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#tabs").queryAs(javafx.scene.control.TabPane.class).getSelectionModel()
                .getSelectedItem().getId()).isEqualTo("tabHistory");
        assertThat(WizardWindow.text(robot, "#historyDetailStatus")).isEqualTo("Mise en paiement");
        assertThat(robot.lookup(".detail-title").queryAs(javafx.scene.control.Label.class).getText())
                .isEqualTo("FA-2026-0100");
        robot.interact(() -> robot.lookup("#tabs").queryAs(javafx.scene.control.TabPane.class).getSelectionModel()
                .select(0));
        robot.clickOn("#invoiceNumber").type(KeyCode.END);

        robot.type(KeyCode.BACK_SPACE).write("1");
        assertThat(WizardWindow.shown(robot, "#invoiceNumberProblem")).isFalse();
        assertThat(next.isDisabled()).isFalse();
    }
}
