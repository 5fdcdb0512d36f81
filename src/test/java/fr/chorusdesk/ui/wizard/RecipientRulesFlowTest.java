package fr.chorusdesk.ui.wizard;

import static fr.chorusdesk.ui.wizard.WizardWindow.chooseService;
import static fr.chorusdesk.ui.wizard.WizardWindow.shown;
import static fr.chorusdesk.ui.wizard.WizardWindow.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
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

/**
 * Each rule a recipient can set (service code, engagement number, both, either one) keeps
 * <i>Suivant</i> disabled on the Références step, in the words the user reads, until it is
 * satisfied. Real window, headless, against the embedded sandbox; the recipients are the seeded
 * ones of docs/sandbox.md ("Seeded data") and the State engagement number one of its seeded ones.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RecipientRulesFlowTest {

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
    void aServiceCodeRecipientNeedsOneOfItsServices(FxRobot robot) {
        Button next = referencesOf(robot, "22691000200014", "FA-2026-1001");

        assertThat(text(robot, "#recipientName")).isEqualTo("DEPARTEMENT DU VAL-DEMO");
        assertThat(text(robot, "#recipientRules"))
                .isEqualTo("Ce destinataire exige un code service : choisissez l’un de ses services.");
        assertThat(text(robot, "#serviceCodeProblem")).isEqualTo("Ce destinataire exige un code service.");
        assertThat(next.isDisabled()).isTrue();

        robot.clickOn("#engagementNumber").write("BC-2026-17");
        assertThat(next.isDisabled()).as("an engagement number is not a service code").isTrue();
        assertThat(text(robot, "#serviceCodeProblem")).isEqualTo("Ce destinataire exige un code service.");

        chooseService(robot, "COLLEGES");
        assertThat(shown(robot, "#serviceCodeProblem")).isFalse();
        assertThat(next.isDisabled()).isFalse();
    }

    @Test
    void anEngagementNumberRecipientNeedsOne(FxRobot robot) {
        Button next = referencesOf(robot, "26750003000015", "FA-2026-1002");

        assertThat(text(robot, "#recipientName")).isEqualTo("CENTRE HOSPITALIER DE SAINT-EXEMPLE");
        assertThat(text(robot, "#recipientRules"))
                .isEqualTo("Ce destinataire exige un numéro d’engagement (bon de commande).");
        assertThat(text(robot, "#engagementNumberProblem"))
                .isEqualTo("Ce destinataire exige un numéro d’engagement (bon de commande).");
        assertThat(shown(robot, "#serviceCodeProblem")).isFalse();
        assertThat(next.isDisabled()).isTrue();

        robot.clickOn("#engagementNumber").write("BC-2026-0042");
        assertThat(shown(robot, "#engagementNumberProblem")).isFalse();
        assertThat(next.isDisabled()).isFalse();

        // emptied again, the rule holds again
        robot.clickOn("#engagementNumber").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .type(KeyCode.BACK_SPACE);
        assertThat(robot.lookup("#engagementNumber").queryAs(TextField.class).getText()).isEmpty();
        assertThat(next.isDisabled()).isTrue();
    }

    @Test
    void aStateRecipientNeedsBothAndTakesItsSeededEngagementNumber(FxRobot robot) {
        Button next = referencesOf(robot, "11000201100044", "FA-2026-1003");

        assertThat(text(robot, "#recipientName")).isEqualTo("MINISTERE DE LA DEMONSTRATION - SERVICE FACTURIER");
        assertThat(text(robot, "#recipientState"))
                .isEqualTo("Destinataire public de l’État : oui. Chorus Pro contrôle que le numéro d’engagement existe.");
        assertThat(text(robot, "#recipientRules"))
                .isEqualTo("Ce destinataire exige un code service et un numéro d’engagement.");
        assertThat(text(robot, "#serviceCodeProblem")).isEqualTo("Ce destinataire exige un code service.");
        assertThat(text(robot, "#engagementNumberProblem"))
                .isEqualTo("Ce destinataire exige un numéro d’engagement (bon de commande).");
        assertThat(next.isDisabled()).isTrue();

        chooseService(robot, "SFACETAT");
        assertThat(shown(robot, "#serviceCodeProblem")).isFalse();
        assertThat(text(robot, "#engagementNumberProblem"))
                .isEqualTo("Ce destinataire exige un numéro d’engagement (bon de commande).");
        assertThat(next.isDisabled()).as("the service alone is not enough").isTrue();

        robot.clickOn("#engagementNumber").write("1300123456");
        assertThat(shown(robot, "#engagementNumberProblem")).isFalse();
        assertThat(next.isDisabled()).isFalse();

        // what the step let through, Chorus Pro takes: the rule is the platform's, not only the form's
        robot.clickOn(next);
        robot.clickOn("#amountExclTax").write("1 000,00");
        robot.clickOn("#vatAmount").write("200,00");
        robot.clickOn("#amountInclTax").write("1 200,00");
        robot.clickOn("#amountDue").write("1 200,00");
        robot.clickOn(next);
        assertThat(text(robot, "#summary-service")).isEqualTo("SFACETAT");
        assertThat(text(robot, "#summary-engagement")).isEqualTo("1300123456");
        robot.clickOn("#sendButton");
        assertThat(text(robot, "#sentTitle")).isEqualTo("✔ Envoyée à Chorus Pro");
        assertThat(app.calls("/factures/v1/soumettre")).isEqualTo(1);
    }

    @Test
    void anEitherRecipientTakesAServiceAloneOrAnEngagementNumberAlone(FxRobot robot) {
        Button next = referencesOf(robot, "20004500100019", "FA-2026-1004");

        assertThat(text(robot, "#recipientName")).isEqualTo("COMMUNAUTE D'AGGLOMERATION DES TROIS RIVES");
        assertThat(text(robot, "#recipientRules"))
                .isEqualTo("Ce destinataire exige l’un des deux : un code service ou un numéro d’engagement.");
        assertThat(text(robot, "#serviceCodeProblem"))
                .isEqualTo("Ce destinataire exige un code service ou un numéro d’engagement.");
        assertThat(text(robot, "#engagementNumberProblem"))
                .isEqualTo("Ce destinataire exige un code service ou un numéro d’engagement.");
        assertThat(next.isDisabled()).isTrue();

        chooseService(robot, "EAU");
        assertThat(shown(robot, "#serviceCodeProblem")).isFalse();
        assertThat(shown(robot, "#engagementNumberProblem")).isFalse();
        assertThat(next.isDisabled()).as("a service alone is enough").isFalse();

        chooseService(robot, "");
        assertThat(next.isDisabled()).as("neither again").isTrue();
        assertThat(text(robot, "#engagementNumberProblem"))
                .isEqualTo("Ce destinataire exige un code service ou un numéro d’engagement.");

        robot.clickOn("#engagementNumber").write("EJ-3R-2026-008");
        assertThat(shown(robot, "#serviceCodeProblem")).isFalse();
        assertThat(shown(robot, "#engagementNumberProblem")).isFalse();
        assertThat(next.isDisabled()).as("an engagement number alone is enough").isFalse();
    }

    private Button referencesOf(FxRobot robot, String siret, String number) {
        return app.referencesOf(robot, siret, number);
    }
}
