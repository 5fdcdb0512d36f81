package fr.chorusdesk.ui.wizard;

import fr.chorusdesk.domain.DraftField;
import fr.chorusdesk.domain.DraftIssue;
import fr.chorusdesk.domain.FieldSource;
import fr.chorusdesk.domain.InvoiceDraft;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * A form of labelled fields: label (with its Alt mnemonic), field, "lu dans le Factur-X" mark, and
 * under the field its problem in French. A missing value is only reported once the field was
 * left or edited, so an untouched form does not open in red.
 */
final class StepForm extends GridPane {

    private final ResourceBundle messages;
    private final List<Row> rows = new ArrayList<>();
    private int nextRow;

    StepForm(ResourceBundle messages) {
        this.messages = messages;
        getStyleClass().add("step-form");
        setHgap(12);
        setVgap(2);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(190);
        labels.setHalignment(HPos.RIGHT);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        fields.setMaxWidth(420);
        ColumnConstraints marks = new ColumnConstraints();
        marks.setMinWidth(130);
        getColumnConstraints().setAll(labels, fields, marks);
    }

    /** One field of the form, with its mark and problem labels. */
    final class Row {
        final DraftField field;
        final Label label;
        final Control control;
        final Label origin = new Label();
        final Label problem = new Label();
        private boolean touched;
        /** The value was read in the PDF by itself: the first click selects it whole, to overtype it at once. */
        private boolean readFromPdf;
        private java.util.function.Predicate<DraftIssue> untilTouched = i -> i.reason().name().endsWith("_MISSING");

        Row(DraftField field, Label label, Control control) {
            this.field = field;
            this.label = label;
            this.control = control;
            origin.setId(control.getId() + "Origin");
            origin.getStyleClass().add("origin-mark");
            origin.setVisible(false);
            problem.setId(control.getId() + "Problem");
            problem.getStyleClass().add("field-problem");
            problem.setWrapText(true);
            problem.setManaged(false);
            problem.setVisible(false);
            control.focusedProperty().addListener((obs, was, now) -> {
                if (was && !now) {
                    touched = true;
                }
                if (now && readFromPdf) {
                    javafx.application.Platform.runLater(this::selectAll);
                }
            });
        }

        /** The row (label and field) is laid out only while {@code condition} holds. */
        void showWhen(javafx.beans.value.ObservableBooleanValue condition) {
            for (var node : List.of(label, control)) {
                node.visibleProperty().bind(condition);
                node.managedProperty().bind(condition);
            }
        }

        /** Issues of this kind are only shown once the field was left or marked touched. */
        void hideUntilTouched(java.util.function.Predicate<DraftIssue> which) {
            untilTouched = which;
        }

        void touch() {
            touched = true;
        }

        /** Shows this field's issues (missing ones once touched) and an extra sentence, if any. */
        void show(Collection<DraftIssue> issues, String extra) {
            List<String> lines = issues.stream().filter(i -> i.field() == field)
                    .filter(i -> touched || !untilTouched.test(i))
                    .map(i -> messages.getString(i.messageKey())).distinct().collect(Collectors.toList());
            if (extra != null && !extra.isBlank()) {
                lines.add(extra);
            }
            String text = String.join("\n", lines);
            problem.setText(text);
            problem.setVisible(!text.isEmpty());
            problem.setManaged(!text.isEmpty());
            control.getStyleClass().remove("invalid");
            if (!text.isEmpty()) {
                control.getStyleClass().add("invalid");
            }
            control.setAccessibleHelp(text.isEmpty() ? null : text);
        }

        private void selectAll() {
            if (control instanceof javafx.scene.control.TextInputControl text) {
                text.selectAll();
            } else if (control instanceof javafx.scene.control.DatePicker picker) {
                picker.getEditor().selectAll();
            }
        }

        void showOrigin(InvoiceDraft draft) {
            FieldSource source = draft.originOf(field);
            readFromPdf = source == FieldSource.PDF_TEXT;
            String mark = switch (source) {
                case FACTURX -> messages.getString("wizard.origin.facturX");
                case PDF_TEXT -> messages.getString("wizard.origin.pdfText");
                case PROFILE -> messages.getString("wizard.origin.profile");
                default -> "";
            };
            origin.setText(mark);
            origin.setVisible(!mark.isEmpty());
        }
    }

    /** Adds a field whose label text (with "_" before its mnemonic) is under {@code labelKey}. */
    Row add(DraftField field, String labelKey, Control control) {
        Label label = new Label(messages.getString(labelKey));
        label.setMnemonicParsing(true);
        label.setLabelFor(control);
        label.getStyleClass().add("field-label");
        control.setAccessibleText(label.getText().replace("_", ""));
        control.setMaxWidth(Double.MAX_VALUE);
        Row row = new Row(field, label, control);
        add(label, 0, nextRow);
        GridPane.setValignment(label, VPos.CENTER);
        add(control, 1, nextRow);
        add(row.origin, 2, nextRow);
        add(row.problem, 1, nextRow + 1, 2, 1);
        nextRow += 2;
        rows.add(row);
        return row;
    }

    /** A full-width line (a recipient card, a note) between fields. */
    void addLine(Node node) {
        add(node, 1, nextRow, 2, 1);
        nextRow++;
    }

    /** A line across every column, labels' included (a panel that needs the width). */
    void addWideLine(Node node) {
        add(node, 0, nextRow, 3, 1);
        nextRow++;
    }

    List<Row> rows() {
        return rows;
    }
}
