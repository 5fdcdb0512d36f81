package fr.chorusdesk.ui.wizard;

import static fr.chorusdesk.ui.wizard.WizardWindow.chooseService;
import static fr.chorusdesk.ui.wizard.WizardWindow.shown;
import static fr.chorusdesk.ui.wizard.WizardWindow.text;
import static fr.chorusdesk.ui.wizard.WizardWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.domain.Siret;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
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
 * The rules of Références that come from beyond the structure's flags: a service that requires an
 * engagement number its structure does not, the answer to « Le destinataire est-il l'État ? » with
 * its pre-answer, memory and strict check, and a private structure. Real window, headless, against
 * the embedded sandbox; recipients, services, legal categories and engagement numbers are the
 * seeded ones of docs/sandbox.md.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ServiceAndStateFlowTest {

    private static final String REGION = "20001234000010";
    private static final String PREFECTURE = "21300070000012";
    private static final String PRIVATE_COMPANY = "44218709200014";

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
    void aServiceThatRequiresAnEngagementNumberKeepsSuivantDisabledUntilOneIsGiven(FxRobot robot) {
        Button next = referencesOf(robot, REGION, "FA-2026-2001");
        assertThat(text(robot, "#recipientRules"))
                .isEqualTo("Ce destinataire exige un code service : choisissez l’un de ses services.");

        chooseService(robot, "LYCEES");
        waitUntil(() -> !next.isDisabled());
        assertThat(shown(robot, "#serviceRule")).as("LYCEES asks nothing more").isFalse();

        // the region's CULTURE service requires an engagement number (consulterServiceStructure)
        chooseService(robot, "CULTURE");
        waitUntil(() -> text(robot, "#serviceRule").equals(
                "Le service choisi exige aussi un numéro d’engagement (paramètres du service dans Chorus Pro)."));
        assertThat(text(robot, "#recipientRules"))
                .isEqualTo("Ce destinataire exige un code service et un numéro d’engagement.");
        assertThat(text(robot, "#engagementNumberProblem"))
                .isEqualTo("Ce destinataire exige un numéro d’engagement (bon de commande).");
        assertThat(next.isDisabled()).isTrue();
        assertThat(app.calls("/structures/v1/consulter/service")).isPositive();
        Screenshots.take(stage, "wizard-service-engagement");

        robot.clickOn("#engagementNumber").write("EJ-CULT-2026");
        waitUntil(() -> !next.isDisabled());
        assertThat(shown(robot, "#engagementNumberProblem")).isFalse();
    }

    @Test
    void theStateQuestionIsPreAnsweredFromTheLegalCategoryAndTheAnswerIsRemembered(FxRobot robot) {
        referencesOf(robot, PREFECTURE, "FA-2026-2002");

        // 7171, a deconcentrated State service, although the SIREN starts with 2
        RadioButton yes = robot.lookup("#stateYes").queryAs(RadioButton.class);
        assertThat(yes.isSelected()).isTrue();
        assertThat(text(robot, "#stateSource")).contains("catégorie juridique INSEE 7171");
        assertThat(text(robot, "#recipientState"))
                .isEqualTo("Destinataire public de l’État : oui. Chorus Pro contrôle que le numéro d’engagement existe.");
        Screenshots.take(stage, "wizard-state-question");

        robot.clickOn("#stateNo");
        waitUntil(() -> text(robot, "#stateSource").equals("Votre réponse pour ce destinataire, gardée dans le profil."));
        assertThat(text(robot, "#recipientState"))
                .isEqualTo("Destinataire public de l’État : non (collectivité, établissement public…).");
        assertThat(app.answers.current().state(Siret.parse(PREFECTURE).orElseThrow())).contains(false);

        // the number is not looked up for a recipient the user says is not the State
        long searches = app.calls("/engagementsJuridiques/v1/rechercher");
        robot.clickOn("#engagementNumber").write("1300999999");
        robot.clickOn("#invoiceNumber");
        assertThat(app.calls("/engagementsJuridiques/v1/rechercher")).isEqualTo(searches);
    }

    @Test
    void anUnknownStateEngagementNumberWarnsAndBlocksOnlyUnderTheStrictCheck(FxRobot robot) {
        Button next = referencesOf(robot, PREFECTURE, "FA-2026-2003");
        robot.clickOn("#engagementNumber").write("1300999999");
        robot.clickOn("#invoiceNumber");
        waitUntil(() -> text(robot, "#engagementStatus").contains("1300999999"));
        assertThat(text(robot, "#engagementStatus")).contains("L’envoi reste possible");
        waitUntil(() -> !next.isDisabled());
        Screenshots.take(stage, "wizard-engagement-warning");

        // the strict check of the profile (Compte step)
        app.answers.update(a -> a.withStrictEngagementCheck(true));
        TextField engagement = robot.lookup("#engagementNumber").queryAs(TextField.class);
        robot.interact(() -> engagement.setText("1300999998"));
        robot.clickOn("#invoiceNumber");
        waitUntil(() -> text(robot, "#engagementNumberProblem").contains("1300999998"));
        assertThat(text(robot, "#engagementNumberProblem")).contains("refuserait la facture");
        assertThat(next.isDisabled()).isTrue();

        // the prefecture's seeded number (docs/sandbox.md)
        robot.interact(() -> engagement.setText("1300200001"));
        robot.clickOn("#invoiceNumber");
        waitUntil(() -> text(robot, "#engagementStatus").equals("Numéro d’engagement connu de Chorus Pro."));
        waitUntil(() -> !next.isDisabled());
    }

    @Test
    void aPrivateStructureIsWarnedAboutBeforeAnyUpload(FxRobot robot) {
        Button next = referencesOf(robot, PRIVATE_COMPANY, "FA-2026-2004");

        waitUntil(() -> text(robot, "#recipientName").equals("ENTREPRISE GENERALE DU BATIMENT EXEMPLE SAS"));
        assertThat(text(robot, "#recipientSectorWarning")).startsWith("Cette structure est privée.")
                .contains("vérifiez le SIRET");
        assertThat(next.isDisabled()).as("a warning: the user decides").isFalse();
        assertThat(app.calls("/transverses/v1/ajouter/fichier")).isZero();
    }

    /** Références with this SIRET, number and today's date typed, once the recipient is looked up. */
    private Button referencesOf(FxRobot robot, String siret, String number) {
        Button next = app.referencesOf(robot, siret, number);
        waitUntil(() -> !text(robot, "#recipientName").isEmpty() && !text(robot, "#recipientName").startsWith("Recherche"));
        return next;
    }
}
