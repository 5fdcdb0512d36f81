package fr.chorusdesk.ui.wizard;

import static fr.chorusdesk.ui.wizard.WizardWindow.chooseService;
import static fr.chorusdesk.ui.wizard.WizardWindow.openSample;
import static fr.chorusdesk.ui.wizard.WizardWindow.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
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
 * The user's effort from start (the window on its Compte step, the demo account ready) to result
 * (« ✔ Envoyée à Chorus Pro »), counted by {@link EffortMeter} on the real window, headless,
 * against the embedded sandbox. Each path prints one {@code effort path=…} line, the figures of
 * docs/benchmarks.md ("User effort, start to result"). The robot's own tally of what it clicked
 * and pressed is the independent count the meter must match.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class UserEffortTest {

    @TempDir
    Path dir;

    private WizardWindow app;
    /** What the test's robot did, counted by the test itself. */
    private int clicks;
    private int keys;

    @Start
    void start(Stage stage) throws IOException {
        app = WizardWindow.show(stage, dir);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void theFacturXSampleGoesFromStartToResultWithNoTypedField(FxRobot robot) {
        EffortMeter.Effort effort;
        try (EffortMeter meter = EffortMeter.install()) {
            next(robot);
            openSampleCounted(robot, "#menuDemoSampleFacturX");
            next(robot);
            next(robot);
            next(robot);
            click(robot, "#sendButton");
            assertThat(text(robot, "#sentTitle")).isEqualTo("✔ Envoyée à Chorus Pro");
            effort = meter.effort("facturx");
        }
        System.out.println(effort.line());

        assertThat(effort.typedFields()).isZero();
        assertThat(effort.keys()).isZero();
        assertThat(effort.clicks()).as("Suivant ×4, the menu and its submenu ×3, Valider et envoyer")
                .isEqualTo(clicks).isEqualTo(8);
    }

    @Test
    void thePlainSampleTakesTheValuesReadInItsTextAndTypesTheRest(FxRobot robot) {
        EffortMeter.Effort effort;
        try (EffortMeter meter = EffortMeter.install()) {
            next(robot);
            openSampleCounted(robot, "#menuDemoSamplePlain");
            List<String> taken = takeSuggestions(robot);
            assertThat(taken).as("the sample's values are filled in by themselves: none left to take").isEmpty();
            next(robot);
            keys += chooseService(robot, "VOIRIE") + 2;
            next(robot);
            write(robot, "#amountDue", "1 200,00");
            next(robot);
            click(robot, "#sendButton");
            assertThat(text(robot, "#sentTitle")).isEqualTo("✔ Envoyée à Chorus Pro");
            effort = meter.effort("plain");
        }
        System.out.println(effort.line());

        assertThat(effort.fields()).containsExactly("amountDue");
        assertThat(effort.clicks()).isEqualTo(clicks);
        assertThat(effort.keys()).isEqualTo(keys);
    }

    @Test
    void thePlainSampleWithEverythingTyped(FxRobot robot) {
        EffortMeter.Effort effort;
        try (EffortMeter meter = EffortMeter.install()) {
            next(robot);
            openSampleCounted(robot, "#menuDemoSamplePlain");
            next(robot);
            write(robot, "#recipientSiret", "22691000200014");
            keys += chooseService(robot, "VOIRIE") + 2;
            write(robot, "#invoiceNumber", "FA-2026-3001");
            write(robot, "#invoiceDate", app.today().format(WizardWindow.FRENCH_DATE));
            robot.type(KeyCode.TAB);
            keys++;
            next(robot);
            write(robot, "#amountExclTax", "1 000,00");
            write(robot, "#vatAmount", "200,00");
            write(robot, "#amountInclTax", "1 200,00");
            write(robot, "#amountDue", "1 200,00");
            next(robot);
            click(robot, "#sendButton");
            assertThat(text(robot, "#sentTitle")).isEqualTo("✔ Envoyée à Chorus Pro");
            effort = meter.effort("plain-typed");
        }
        System.out.println(effort.line());

        assertThat(effort.fields()).containsExactly("recipientSiret", "invoiceNumber", "invoiceDate", "amountExclTax",
                "vatAmount", "amountInclTax", "amountDue");
        assertThat(effort.clicks()).isEqualTo(clicks);
        assertThat(effort.keys()).isEqualTo(keys);
    }

    /** Clicks « Utiliser » on every value read in the PDF's text; returns their lines. */
    private List<String> takeSuggestions(FxRobot robot) {
        List<String> taken = new ArrayList<>();
        for (Node use : robot.lookup("#pdfSuggestions").lookup(".button").queryAll()) {
            Button button = (Button) use;
            if (!button.isDisabled() && !button.getAccessibleText().contains("81234567800013")) {
                // the supplier's own SIRET is read too: the user leaves that one
                robot.clickOn(button);
                clicks++;
                taken.add(button.getAccessibleText());
            }
        }
        return taken;
    }

    private void next(FxRobot robot) {
        click(robot, "#nextButton");
    }

    private void click(FxRobot robot, String id) {
        robot.clickOn(id);
        clicks++;
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void write(FxRobot robot, String id, String text) {
        click(robot, id);
        robot.write(text);
        keys += text.length();
    }

    private void openSampleCounted(FxRobot robot, String item) {
        openSample(robot, item);
        // Démonstration, Ouvrir une facture d’exemple, the sample
        clicks += 3;
    }
}
