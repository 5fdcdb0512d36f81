package fr.chorusdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.testing.Samples;
import fr.chorusdesk.ui.common.SameThreadTaskRunner;
import fr.chorusdesk.ui.wizard.WizardModel.OpenedPdf;
import fr.chorusdesk.ui.wizard.WizardStep;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window started on a PDF (double-click, "Ouvrir avec", {@code chorusdesk facture.pdf}). */
@ExtendWith(ApplicationExtension.class)
class OpenedPdfWindowTest {

    private final ResourceBundle messages = ResourceBundle.getBundle("fr.chorusdesk.i18n.messages", Locale.FRENCH);
    private final Path invoice = Samples.facturX("Facture_FR_BASICWL.pdf");
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(messages, "test", new SameThreadTaskRunner(), Optional.empty());
        window.openPdf(new OpenedPdf(invoice, true));
        window.show(stage);
    }

    @Test
    void opensAtThePdfStepWithTheFileNameShown(FxRobot robot) {
        assertThat(robot.lookup("#page-pdf").tryQuery().map(Node::isVisible)).contains(true);
        assertThat(robot.lookup("#page-account").tryQuery()).isEmpty();
        assertThat(robot.lookup("#step-pdf").queryAs(Label.class).getStyleClass()).contains("current");
        assertThat(robot.lookup("#step-account").queryAs(Label.class).getStyleClass()).contains("done");
        Label opened = robot.lookup("#openedPdf").queryAs(Label.class);
        assertThat(opened.isVisible()).isTrue();
        assertThat(opened.getText()).isEqualTo("Fichier choisi : Facture_FR_BASICWL.pdf");
        assertThat(window.wizardState().current()).isEqualTo(WizardStep.PDF);
    }

    @Test
    void aMissingFileIsExplainedInFrench(FxRobot robot) {
        Path missing = invoice.resolveSibling("facture-déplacée.pdf");
        robot.interact(() -> window.openPdf(new OpenedPdf(missing, false)));
        Label opened = robot.lookup("#openedPdf").queryAs(Label.class);
        assertThat(opened.getText())
                .startsWith("Le fichier « facture-déplacée.pdf » est introuvable dans le dossier " + missing.getParent())
                .contains("choisissez de nouveau le PDF de la facture");
        assertThat(opened.getStyleClass()).contains("page-warning");
        assertThat(robot.lookup("#page-pdf").tryQuery().map(Node::isVisible)).contains(true);
    }
}
