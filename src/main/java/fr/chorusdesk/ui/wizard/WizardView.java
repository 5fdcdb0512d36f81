package fr.chorusdesk.ui.wizard;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The "Nouveau dépôt" tab: step indicator on top, the current step's page in the middle,
 * Précédent / Suivant at the bottom. Enter goes forward, Esc goes back.
 */
public final class WizardView extends BorderPane {

    private final WizardModel model;
    private final Map<WizardStep, Node> pages = new EnumMap<>(WizardStep.class);
    private final StackPane content = new StackPane();

    public WizardView(WizardModel model, ResourceBundle messages) {
        this(model, messages, Map.of());
    }

    /** @param builtPages the steps that have a real page; the others show their placeholder */
    public WizardView(WizardModel model, ResourceBundle messages, Map<WizardStep, Node> builtPages) {
        this.model = model;
        setId("wizard");
        getStyleClass().add("wizard");

        for (WizardStep step : model.steps()) {
            pages.put(step, builtPages.containsKey(step) ? builtPages.get(step) : placeholderPage(step, messages));
        }
        ((VBox) pages.get(WizardStep.PDF)).getChildren().add(openedPdfLabel(model, messages));
        content.setId("wizardContent");
        content.getStyleClass().add("wizard-content");

        Button back = new Button(messages.getString("wizard.back"));
        back.setId("backButton");
        back.disableProperty().bind(model.canGoBackProperty().not());
        back.setOnAction(e -> model.back());

        Button next = new Button(messages.getString("wizard.next"));
        next.setId("nextButton");
        // not a JavaFX "default button": its scene-wide accelerator would also fire from other tabs
        next.getStyleClass().add("primary");
        next.disableProperty().bind(model.canGoNextProperty().not());
        next.setOnAction(e -> model.next());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, spacer, back, next);
        buttons.getStyleClass().add("wizard-buttons");
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setPadding(new Insets(12, 0, 0, 0));

        setTop(new StepIndicator(model, messages));
        setCenter(content);
        setBottom(buttons);
        setPadding(new Insets(16));

        // Enter = next, Esc = back, only while the focus is inside the wizard; a focused
        // button keeps its own meaning so that Enter on "Précédent" goes back
        addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER) {
                if (getScene().getFocusOwner() instanceof Button focused) {
                    focused.fire();
                } else {
                    model.next();
                }
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE && model.back()) {
                event.consume();
            }
        });
        model.currentProperty().addListener((obs, old, now) -> show(now));
        show(model.current());
    }

    private void show(WizardStep step) {
        content.getChildren().setAll(pages.get(step));
    }

    /** Until the real PDF step exists: the name of the file the app was started on, or why it is missing. */
    private static Label openedPdfLabel(WizardModel model, ResourceBundle messages) {
        Label label = new Label();
        label.setId("openedPdf");
        label.getStyleClass().add("opened-pdf");
        label.setWrapText(true);
        Runnable refresh = () -> {
            label.getStyleClass().remove("page-warning");
            model.openedPdf().ifPresentOrElse(pdf -> {
                String name = String.valueOf(pdf.file().getFileName());
                if (pdf.found()) {
                    label.setText(MessageFormat.format(messages.getString("wizard.pdf.opened"), name));
                } else {
                    label.setText(MessageFormat.format(messages.getString("wizard.pdf.missing"), name,
                            String.valueOf(pdf.file().getParent())));
                    label.getStyleClass().add("page-warning");
                }
            }, () -> label.setText(""));
            label.setVisible(model.openedPdf().isPresent());
            label.setManaged(label.isVisible());
        };
        model.openedPdfProperty().addListener((obs, old, now) -> refresh.run());
        refresh.run();
        return label;
    }

    private static Node placeholderPage(WizardStep step, ResourceBundle messages) {
        Label title = new Label(messages.getString("wizard.step." + step.key() + ".title"));
        title.getStyleClass().add("page-title");
        Label hint = new Label(messages.getString("wizard.step." + step.key() + ".hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("page-hint");
        VBox page = new VBox(12, title, hint);
        page.setId("page-" + step.key());
        page.getStyleClass().add("wizard-page");
        page.setAlignment(Pos.TOP_LEFT);
        return page;
    }
}
