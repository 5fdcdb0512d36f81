package fr.chorusdesk.ui.wizard;

import fr.chorusdesk.domain.DraftField;
import fr.chorusdesk.domain.DraftIssue;
import fr.chorusdesk.domain.PaymentMode;
import fr.chorusdesk.domain.VatRegime;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The VAT and payment fields of the amounts step, added to its form: regime, exemption mention,
 * the VAT lines (one per rate, rows added and removed), how Chorus Pro will receive them, and the
 * payment mode. A thin view over {@link VatSectionModel}.
 */
final class VatSection {

    private final VatSectionModel model;
    private final ResourceBundle messages;
    private final GridPane rows = new GridPane();
    private final Label linesProblem = new Label();

    VatSection(StepForm form, VatSectionModel model, ObservableList<DraftIssue> issues, ResourceBundle messages) {
        this.model = model;
        this.messages = messages;

        ComboBox<VatRegime> regime = new ComboBox<>();
        regime.setId("vatRegime");
        regime.getItems().setAll(VatRegime.values());
        regime.setConverter(text("vat.regime."));
        regime.valueProperty().bindBidirectional(model.regimeProperty());
        form.add(DraftField.VAT_REGIME, "wizard.vat.regime", regime);

        ComboBox<String> exemption = new ComboBox<>();
        exemption.setId("vatExemption");
        exemption.setEditable(true);
        exemption.getItems().setAll(model.exemptionChoices());
        exemption.setPromptText(messages.getString("wizard.vat.exemption.prompt"));
        exemption.valueProperty().bindBidirectional(model.exemptionProperty());
        form.add(DraftField.VAT_EXEMPTION, "wizard.vat.exemption", exemption)
                .showWhen(model.exemptionRelevantProperty());

        Label linesTitle = new Label(messages.getString("wizard.vat.lines"));
        linesTitle.getStyleClass().add("section-title");
        rows.setId("vatLinesEditor");
        rows.setHgap(8);
        rows.setVgap(4);
        Button add = new Button(messages.getString("wizard.vat.addLine"));
        add.setId("vatAddLine");
        add.setOnAction(e -> model.addLine());
        linesProblem.setId("vatLinesProblem");
        linesProblem.getStyleClass().add("field-problem");
        linesProblem.setWrapText(true);
        Label derived = new Label();
        derived.setId("vatDerived");
        derived.setWrapText(true);
        derived.getStyleClass().add("page-hint");
        derived.textProperty().bind(model.derivedProperty());
        derived.visibleProperty().bind(model.derivedProperty().isNotEmpty());
        derived.managedProperty().bind(derived.visibleProperty());
        Label treatment = new Label();
        treatment.setId("vatTreatment");
        treatment.setWrapText(true);
        treatment.textProperty().bind(model.treatmentProperty());
        treatment.visibleProperty().bind(model.treatmentProperty().isNotEmpty());
        treatment.managedProperty().bind(treatment.visibleProperty());
        form.addLine(new VBox(6, linesTitle, rows, add, derived, linesProblem, treatment));

        ComboBox<PaymentMode> mode = new ComboBox<>();
        mode.setId("paymentMode");
        mode.getItems().setAll(PaymentMode.values());
        mode.setConverter(text("payment.mode."));
        mode.valueProperty().bindBidirectional(model.paymentModeProperty());
        form.add(DraftField.PAYMENT_MODE, "wizard.vat.paymentMode", mode).showWhen(model.creditNoteProperty().not());

        model.lines().addListener((ListChangeListener<VatSectionModel.LineRow>) c -> fill());
        issues.addListener((ListChangeListener<DraftIssue>) c -> showProblems(issues));
        model.linesReadableProperty().addListener((obs, old, now) -> showProblems(issues));
        fill();
        showProblems(issues);
    }

    private void fill() {
        rows.getChildren().clear();
        if (!model.lines().isEmpty()) {
            rows.addRow(0, header("wizard.amounts.vatRate"), header("wizard.amounts.vatBase"),
                    header("wizard.amounts.vatAmount"));
        }
        int i = 0;
        for (VatSectionModel.LineRow line : model.lines()) {
            TextField rate = field("vatRate" + i, line.rateProperty(), 70);
            TextField base = field("vatBase" + i, line.baseProperty(), 120);
            TextField amount = field("vatAmount" + i, line.amountProperty(), 120);
            Button remove = new Button("✕");
            remove.setId("vatRemove" + i);
            remove.setAccessibleText(messages.getString("wizard.vat.removeLine"));
            remove.setOnAction(e -> model.removeLine(line));
            rows.addRow(i + 1, rate, base, amount, remove);
            i++;
        }
    }

    private void showProblems(ObservableList<DraftIssue> issues) {
        String text = issues.stream().filter(i -> i.field() == DraftField.VAT_LINES)
                .map(i -> messages.getString(i.messageKey())).distinct().collect(Collectors.joining("\n"));
        if (!model.linesReadableProperty().get()) {
            text = (text.isEmpty() ? "" : text + "\n") + messages.getString("wizard.vat.unreadable");
        }
        linesProblem.setText(text);
        linesProblem.setVisible(!text.isEmpty());
        linesProblem.setManaged(!text.isEmpty());
    }

    private TextField field(String id, javafx.beans.property.StringProperty property, double width) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount((int) (width / 10));
        field.getStyleClass().add("amount");
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private Label header(String key) {
        Label label = new Label(messages.getString(key));
        label.getStyleClass().add("column-header");
        return label;
    }

    private <E extends Enum<E>> StringConverter<E> text(String prefix) {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : messages.getString(prefix + value.name());
            }

            @Override
            public E fromString(String s) {
                throw new UnsupportedOperationException("not editable");
            }
        };
    }
}
