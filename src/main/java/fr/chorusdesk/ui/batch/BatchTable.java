package fr.chorusdesk.ui.batch;

import fr.chorusdesk.domain.DraftField;
import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.service.BatchRow;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;

/**
 * The review table: one row per invoice, its cells edited in place with the wizard's rules (the
 * model checks each value), Enter going down to the same cell of the next row, as in a
 * spreadsheet. Cells are chosen one by one or by column, so a column can be filled for several
 * rows at once.
 */
final class BatchTable extends TableView<BatchRowItem> {

    /** A column whose cells the user may type into: the field each edits. */
    record Editable(String id, DraftField field) {
    }

    private final BatchModel model;
    private final BatchTexts texts;
    private final Consumer<String> openInWizard;

    BatchTable(BatchModel model, ResourceBundle messages, Consumer<String> openInWizard) {
        super(model.rows());
        this.model = model;
        this.texts = new BatchTexts(messages);
        this.openInWizard = openInWizard;
        setId("batchTable");
        setEditable(true);
        // two lines of text (the recipient's name, then its SIRET): a fixed height spares the table
        // from measuring every row each time one changes while the batch is read
        setFixedCellSize(40);
        getSelectionModel().setCellSelectionEnabled(true);
        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        setPlaceholder(new javafx.scene.control.Label(messages.getString("batch.table.empty")));
        getColumns().add(column("batchFile", messages.getString("batch.column.file"), BatchRow::fileName,
                null, null));
        TableColumn<BatchRowItem, BatchRow> status = column("batchStatus", messages.getString("batch.column.status"),
                texts::status, null, null);
        status.setPrefWidth(250);
        getColumns().add(status);
        getColumns().add(column("batchRecipient", messages.getString("batch.column.recipient"), texts::recipient,
                DraftField.RECIPIENT_SIRET, r -> draft(r, d -> d.recipientSiret().orElse(""))));
        getColumns().add(text("batchService", messages.getString("batch.column.service"), DraftField.SERVICE_CODE,
                d -> d.serviceCode().orElse("")));
        getColumns().add(text("batchEngagement", messages.getString("batch.column.engagement"),
                DraftField.ENGAGEMENT_NUMBER, d -> d.engagementNumber().orElse("")));
        getColumns().add(text("batchNumber", messages.getString("batch.column.number"), DraftField.INVOICE_NUMBER,
                d -> d.invoiceNumber().orElse("")));
        getColumns().add(column("batchDate", messages.getString("batch.column.date"), texts::date,
                DraftField.INVOICE_DATE, texts::date));
        getColumns().add(text("batchHt", messages.getString("batch.column.ht"), DraftField.AMOUNT_EXCL_TAX,
                d -> texts.amount(d.amountExclTax())));
        getColumns().add(text("batchTva", messages.getString("batch.column.tva"), DraftField.VAT_AMOUNT,
                d -> texts.amount(d.vatAmount())));
        getColumns().add(text("batchTtc", messages.getString("batch.column.ttc"), DraftField.AMOUNT_INCL_TAX,
                d -> texts.amount(d.amountInclTax())));
        getColumns().add(column("batchRead", messages.getString("batch.column.read"), texts::reading, null, null));
        getColumns().get(0).setPrefWidth(110);
        getColumns().get(2).setPrefWidth(190);
        setOnKeyPressed(e -> {
            if ((e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.F2) && getEditingCell() == null) {
                TablePosition<BatchRowItem, ?> focused = getFocusModel().getFocusedCell();
                if (focused != null && focused.getRow() >= 0 && focused.getTableColumn() != null) {
                    edit(focused.getRow(), focused.getTableColumn());
                    e.consume();
                }
            }
        });
    }

    /** The ids of the rows with at least one chosen cell, in the table's order. */
    List<String> chosenRows() {
        return getSelectionModel().getSelectedCells().stream().map(TablePosition::getRow).distinct().sorted()
                .filter(i -> i >= 0 && i < getItems().size()).map(i -> getItems().get(i).id()).toList();
    }

    /** The field of the column holding the focused cell, when it is one the user may type into. */
    Optional<DraftField> focusedField() {
        TablePosition<BatchRowItem, ?> focused = getFocusModel().getFocusedCell();
        return focused == null || focused.getTableColumn() == null ? Optional.empty()
                : Optional.ofNullable((DraftField) focused.getTableColumn().getUserData());
    }

    private TableColumn<BatchRowItem, BatchRow> text(String id, String title, DraftField field,
            Function<InvoiceDraft, String> value) {
        return column(id, title, r -> draft(r, value), field, r -> draft(r, value));
    }

    private static String draft(BatchRow row, Function<InvoiceDraft, String> value) {
        return row.draft().map(value).orElse("");
    }

    private TableColumn<BatchRowItem, BatchRow> column(String id, String title, Function<BatchRow, String> display,
            DraftField field, Function<BatchRow, String> editText) {
        TableColumn<BatchRowItem, BatchRow> column = new TableColumn<>(title);
        column.setId(id);
        column.setUserData(field);
        column.setSortable(false);
        column.setEditable(field != null);
        column.setCellValueFactory(c -> c.getValue().rowProperty());
        column.setCellFactory(c -> new Cell(display, Optional.ofNullable(field), editText));
        return column;
    }

    /** A cell showing the row's value, and a text field while it is edited. */
    private final class Cell extends TableCell<BatchRowItem, BatchRow> {

        private final Function<BatchRow, String> display;
        private final Optional<DraftField> field;
        private final Function<BatchRow, String> editText;
        private TextField editor;

        Cell(Function<BatchRow, String> display, Optional<DraftField> field, Function<BatchRow, String> editText) {
            this.display = display;
            this.field = field;
            this.editText = editText;
            setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !isEmpty() && getItem() != null && !isEditable()
                        && getItem().status().editable()) {
                    openInWizard.accept(getItem().id());
                }
            });
        }

        @Override
        protected void updateItem(BatchRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                setEditable(false);
                style(null);
                return;
            }
            setEditable(field.isPresent() && row.status().editable() && row.draft().isPresent());
            if (isEditing()) {
                return;
            }
            setText(display.apply(row));
            setGraphic(null);
            if (getTableColumn() != null && "batchStatus".equals(getTableColumn().getId())) {
                style("batch-status-" + row.status().name().toLowerCase(Locale.ROOT));
                String details = texts.details(row);
                if (details.isEmpty()) {
                    setTooltip(null);
                } else {
                    // one tooltip per cell, its text changed: a tooltip is a small window, costly to make
                    if (tip == null) {
                        tip = new Tooltip();
                    }
                    tip.setText(details);
                    setTooltip(tip);
                }
            } else {
                style(field.isPresent() && row.fieldToFix().equals(field) ? "batch-fix" : null);
            }
        }

        /** One style class of its own at most, changed only when it changes: each change costs a CSS pass. */
        private void style(String wanted) {
            if (java.util.Objects.equals(wanted, styled)) {
                return;
            }
            if (styled != null) {
                getStyleClass().remove(styled);
            }
            if (wanted != null) {
                getStyleClass().add(wanted);
            }
            styled = wanted;
        }

        private String styled;
        private Tooltip tip;

        @Override
        public void startEdit() {
            if (!isEditable() || getItem() == null) {
                return;
            }
            super.startEdit();
            editor = new TextField(editText.apply(getItem()));
            editor.setId("batchCellEditor");
            editor.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER) {
                    commit(true);
                    e.consume();
                } else if (e.getCode() == KeyCode.ESCAPE) {
                    cancelEdit();
                    e.consume();
                } else if (e.getCode() == KeyCode.TAB) {
                    commit(false);
                    e.consume();
                }
            });
            editor.focusedProperty().addListener((obs, was, now) -> {
                if (was && !now && isEditing()) {
                    commit(false);
                }
            });
            setText(null);
            setGraphic(editor);
            editor.requestFocus();
            editor.selectAll();
        }

        @Override
        public void cancelEdit() {
            super.cancelEdit();
            editor = null;
            updateItem(getItem(), isEmpty());
        }

        private void commit(boolean down) {
            if (editor == null || getItem() == null) {
                return;
            }
            String typed = editor.getText();
            BatchRow row = getItem();
            int index = getIndex();
            TableColumn<BatchRowItem, BatchRow> column = getTableColumn();
            cancelEdit();
            if (!typed.equals(editText.apply(row))) {
                model.edit(row.id(), field.orElseThrow(), typed);
            }
            if (down && index + 1 < getTableView().getItems().size()) {
                TableView<BatchRowItem> table = getTableView();
                Platform.runLater(() -> {
                    table.getSelectionModel().clearAndSelect(index + 1, column);
                    table.getFocusModel().focus(index + 1, column);
                    table.edit(index + 1, column);
                });
            } else {
                getTableView().requestFocus();
            }
        }
    }
}
