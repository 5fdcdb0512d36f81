package fr.chorusdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.ui.wizard.WizardStep;
import fr.chorusdesk.sandbox.SandboxConfig;
import fr.chorusdesk.service.DemoSandboxService;
import fr.chorusdesk.ui.common.SameThreadTaskRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private final ResourceBundle messages = ResourceBundle.getBundle("fr.chorusdesk.i18n.messages", Locale.FRENCH);
    private Stage stage;
    private DemoSandboxService sandbox;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        sandbox = new DemoSandboxService(SandboxConfig.defaults(Files.createTempDirectory("sandbox")));
        new MainWindow(messages, "test", new SameThreadTaskRunner(), Optional.of(sandbox)).show(stage);
    }

    @AfterEach
    void stopSandbox() {
        sandbox.close();
    }

    private boolean isShown(FxRobot robot, WizardStep step) {
        return robot.lookup("#page-" + step.key()).tryQuery().map(Node::isVisible).orElse(false)
                && robot.lookup("#step-" + step.key()).queryAs(Label.class).getStyleClass().contains("current");
    }

    @Test
    void showsTitleTabsAndBanner(FxRobot robot) {
        assertThat(stage.getTitle()).isEqualTo("ChorusDesk");
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        assertThat(tabs.getTabs()).extracting(t -> t.getText())
                .containsExactly("Nouveau dépôt", "Brouillons", "Historique");
        assertThat(robot.lookup("#profileBanner").queryAs(Label.class).getText())
                .isEqualTo("Mode démonstration — bac à sable local, rien n’est envoyé à Chorus Pro");
    }

    @Test
    void walksTheFiveStepsForthAndBack(FxRobot robot) {
        Button next = robot.lookup("#nextButton").queryButton();
        Button back = robot.lookup("#backButton").queryButton();
        assertThat(isShown(robot, WizardStep.ACCOUNT)).isTrue();
        assertThat(back.isDisabled()).isTrue();

        WizardStep[] steps = WizardStep.values();
        for (int i = 1; i < steps.length; i++) {
            robot.clickOn(next);
            WizardStep expected = steps[i];
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(isShown(robot, expected)).as(expected.name()).isTrue();
            assertThat(robot.lookup("#step-" + steps[i - 1].key()).queryAs(Label.class).getStyleClass())
                    .contains("done");
        }
        assertThat(next.isDisabled()).isTrue();

        for (int i = steps.length - 2; i >= 0; i--) {
            robot.clickOn(back);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(isShown(robot, steps[i])).as(steps[i].name()).isTrue();
        }
        assertThat(back.isDisabled()).isTrue();
    }

    @Test
    void enterGoesForwardAndEscapeGoesBack(FxRobot robot) {
        Button next = robot.lookup("#nextButton").queryButton();
        robot.interact(next::requestFocus);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(isShown(robot, WizardStep.PDF)).isTrue();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(isShown(robot, WizardStep.REFERENCES)).isTrue();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(isShown(robot, WizardStep.PDF)).isTrue();
    }

    @Test
    void altMnemonicsMoveTheWizard(FxRobot robot) {
        robot.interact(() -> robot.lookup("#nextButton").queryButton().requestFocus());
        robot.press(KeyCode.ALT).type(KeyCode.S).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(isShown(robot, WizardStep.PDF)).as("Alt+S = Suivant").isTrue();
        robot.press(KeyCode.ALT).type(KeyCode.P).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(isShown(robot, WizardStep.ACCOUNT)).as("Alt+P = Précédent").isTrue();
    }

    @Test
    void emptyTabsSayWhatWillAppear(FxRobot robot) {
        robot.clickOn("Brouillons");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#draftsEmpty").queryAs(Node.class).isVisible()).isTrue();
        assertThat(robot.lookup(messages.getString("drafts.empty.title")).tryQuery()).isPresent();
        robot.clickOn("Historique");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(messages.getString("history.empty.title")).tryQuery()).isPresent();
    }

    @Test
    void resettingTheSandboxAsksFirst(FxRobot robot) {
        robot.clickOn("#menuDemo").clickOn("#menuDemoReset");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#demoResetConfirm").tryQuery()).isPresent();
        robot.clickOn(robot.lookup("#demoResetConfirm").lookup(".button").match(
                n -> ((Button) n).isCancelButton() || ((Button) n).getText().equals("Annuler")).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#demoResetDone").tryQuery()).as("cancel leaves the sandbox alone").isEmpty();

        robot.clickOn("#menuDemo").clickOn("#menuDemoReset");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup("#demoResetConfirm").lookup(".button").match(
                n -> ((Button) n).getText().equals("OK")).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#demoResetDone").tryQuery()).isPresent();
        assertThat(sandbox.apiBaseUrl()).as("the reset ran against a started sandbox").isPresent();
        robot.type(KeyCode.ENTER);
    }

    @Test
    void helpAboutOpensTheAboutDialog(FxRobot robot) {
        robot.clickOn("#menuHelp").clickOn("#menuAbout");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#aboutDialog").tryQuery()).isPresent();
        assertThat(robot.lookup("ChorusDesk test").tryQuery()).isPresent();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#aboutDialog").tryQuery()).isEmpty();
    }
}
