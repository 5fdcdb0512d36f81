package fr.chorusdesk.ui.wizard;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** "1 Compte — 2 Facture PDF — …": where the user is, what is done, what comes next. */
final class StepIndicator extends HBox {

    private static final String DONE = "done";
    private static final String CURRENT = "current";

    private final ResourceBundle messages;

    StepIndicator(WizardModel model, ResourceBundle messages) {
        this.messages = messages;
        setId("stepIndicator");
        getStyleClass().add("step-indicator");
        setAlignment(Pos.CENTER_LEFT);
        for (WizardStep step : model.steps()) {
            if (step.ordinal() > 0) {
                Region line = new Region();
                line.getStyleClass().add("step-line");
                HBox.setHgrow(line, Priority.ALWAYS);
                getChildren().add(line);
            }
            Label number = new Label(Integer.toString(step.ordinal() + 1));
            number.getStyleClass().add("step-number");
            Label title = new Label(messages.getString("wizard.step." + step.key() + ".title"), number);
            title.setId("step-" + step.key());
            title.getStyleClass().add("step");
            getChildren().add(title);
        }
        model.currentProperty().addListener((obs, old, now) -> refresh(now));
        refresh(model.current());
    }

    private void refresh(WizardStep current) {
        for (WizardStep step : WizardStep.values()) {
            Label label = (Label) lookup("#step-" + step.key());
            label.getStyleClass().removeAll(DONE, CURRENT);
            if (step == current) {
                label.getStyleClass().add(CURRENT);
                label.setAccessibleText(MessageFormat.format(messages.getString("wizard.step.current"),
                        label.getText(), step.ordinal() + 1, WizardStep.values().length));
            } else {
                label.setAccessibleText(label.getText());
                if (step.ordinal() < current.ordinal()) {
                    label.getStyleClass().add(DONE);
                }
            }
        }
    }
}
