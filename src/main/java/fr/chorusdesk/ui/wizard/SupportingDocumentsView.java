package fr.chorusdesk.ui.wizard;

import fr.chorusdesk.domain.ChorusLimits;
import fr.chorusdesk.domain.SupportingDocument;
import fr.chorusdesk.service.AttachmentType;
import java.io.File;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * « Pièces jointes complémentaires » on the PDF step: the add button (a file chooser, or files
 * dropped onto the section), one row per document (name, name sent if renamed, size, type, remove)
 * and what the last addition said, a refusal in red.
 */
final class SupportingDocumentsView extends VBox {

    private final SupportingDocumentsModel model;
    private final ResourceBundle messages;
    private final Locale locale;
    private final VBox rows = new VBox(6);
    private final VBox outcomes = new VBox(4);
    private final Label typesProblem = new Label();
    private final Label empty = new Label();

    SupportingDocumentsView(SupportingDocumentsModel model, ResourceBundle messages, Locale locale) {
        super(8);
        this.model = model;
        this.messages = messages;
        this.locale = locale;
        setId("supportingDocuments");
        getStyleClass().add("supporting-documents");

        Label title = new Label(messages.getString("wizard.documents.title"));
        title.getStyleClass().add("section-title");
        Label hint = new Label(MessageFormat.format(messages.getString("wizard.documents.hint"),
                ChorusLimits.MAX_ATTACHMENT_BYTES / 1_000_000, ChorusLimits.MAX_INVOICE_TOTAL_BYTES / 1_000_000,
                ChorusLimits.MAX_ATTACHMENT_NAME_LENGTH));
        hint.setWrapText(true);
        hint.getStyleClass().add("page-hint");
        Button add = new Button(messages.getString("wizard.documents.add"));
        add.setId("documentAddButton");
        add.setMnemonicParsing(true);
        add.setAccessibleText(messages.getString("wizard.documents.add").replace("_", ""));
        add.setOnAction(e -> chooseWithDialog());
        Label drop = new Label(messages.getString("wizard.documents.drop"));
        drop.getStyleClass().add("page-hint");
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("documentBusy");
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.busyProperty());
        HBox addRow = new HBox(12, add, drop, busy);
        addRow.setAlignment(Pos.CENTER_LEFT);
        rows.setId("documentList");
        outcomes.setId("documentMessages");
        typesProblem.setId("documentTypesProblem");
        typesProblem.setWrapText(true);
        typesProblem.getStyleClass().add("check-warn");
        typesProblem.textProperty().bind(model.typesProblemProperty());
        typesProblem.visibleProperty().bind(model.typesProblemProperty().isNotEmpty());
        typesProblem.managedProperty().bind(typesProblem.visibleProperty());
        empty.setText(messages.getString("wizard.documents.none"));
        empty.getStyleClass().add("page-hint");
        getChildren().setAll(title, hint, addRow, outcomes, typesProblem, rows);

        setOnDragOver(this::dragOver);
        setOnDragDropped(this::dropped);
        model.draftProperty().addListener((obs, old, now) -> {
            if (old == null || !old.documents().equals(now.documents())) {
                showRows();
            }
        });
        model.types().addListener((ListChangeListener<AttachmentType>) c -> showRows());
        model.outcomes().addListener((ListChangeListener<SupportingDocumentsModel.Outcome>) c -> showOutcomes());
        showRows();
        showOutcomes();
        model.loadTypes();
    }

    private void chooseWithDialog() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.getString("wizard.documents.chooserTitle"));
        List<File> files = chooser.showOpenMultipleDialog(getScene().getWindow());
        if (files != null) {
            model.add(files.stream().map(File::toPath).toList());
        }
    }

    private void dragOver(DragEvent event) {
        if (event.getDragboard().hasFiles()) {
            event.acceptTransferModes(TransferMode.COPY);
        }
        // the PDF step under this section takes a dropped file as the invoice: not here
        event.consume();
    }

    private void dropped(DragEvent event) {
        List<File> files = event.getDragboard().hasFiles() ? event.getDragboard().getFiles() : List.of();
        model.add(files.stream().map(File::toPath).toList());
        event.setDropCompleted(!files.isEmpty());
        event.consume();
    }

    private void showRows() {
        rows.getChildren().clear();
        List<SupportingDocument> documents = model.documents();
        if (documents.isEmpty()) {
            rows.getChildren().add(empty);
            return;
        }
        int index = 0;
        for (SupportingDocument document : documents) {
            rows.getChildren().add(row(document, index++));
        }
    }

    private HBox row(SupportingDocument document, int index) {
        Label name = new Label(document.originalName());
        name.setId("documentName" + index);
        name.getStyleClass().add("file-name");
        name.setWrapText(true);
        Label size = new Label(size(document.sizeBytes()));
        size.setMinWidth(Region.USE_PREF_SIZE);
        VBox names = new VBox(2, name);
        if (document.renamed()) {
            Label sentAs = new Label(MessageFormat.format(messages.getString("wizard.documents.sentAs"),
                    document.uploadName()));
            sentAs.setId("documentUploadName" + index);
            sentAs.setWrapText(true);
            sentAs.getStyleClass().add("page-hint");
            names.getChildren().add(sentAs);
        }
        HBox.setHgrow(names, Priority.ALWAYS);
        names.setMinWidth(0);
        ComboBox<AttachmentType> type = new ComboBox<>();
        type.setId("documentType" + index);
        type.setAccessibleText(MessageFormat.format(messages.getString("wizard.documents.typeOf"),
                document.originalName()));
        type.getItems().setAll(model.types());
        type.setCellFactory(v -> new TypeCell());
        type.setButtonCell(new TypeCell());
        Optional<AttachmentType> chosen = model.types().stream().filter(t -> t.code().equals(document.typeCode()))
                .findFirst();
        if (chosen.isPresent()) {
            type.getSelectionModel().select(chosen.get());
        } else if (!document.typeCode().isEmpty()) {
            AttachmentType kept = new AttachmentType(document.typeCode(), document.typeLabel());
            type.getItems().add(kept);
            type.getSelectionModel().select(kept);
        }
        type.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.changeType(document, now);
            }
        });
        Button remove = new Button(messages.getString("wizard.documents.remove"));
        remove.setId("documentRemove" + index);
        remove.setAccessibleText(MessageFormat.format(messages.getString("wizard.documents.removeOne"),
                document.originalName()));
        remove.setOnAction(e -> model.remove(document));
        remove.setMinWidth(Region.USE_PREF_SIZE);
        type.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(10, names, size, type, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("document-row");
        return row;
    }

    private void showOutcomes() {
        outcomes.getChildren().clear();
        for (SupportingDocumentsModel.Outcome outcome : model.outcomes()) {
            for (String text : outcome.messages()) {
                Label line = new Label(text);
                line.setWrapText(true);
                line.getStyleClass().add(outcome.refused() ? "blocking-message" : "check-warn");
                line.setId(outcome.refused() ? "documentRefused" : "documentNotice");
                outcomes.getChildren().add(line);
            }
        }
        outcomes.setManaged(!outcomes.getChildren().isEmpty());
    }

    private String size(long bytes) {
        if (bytes < 1_000_000) {
            return MessageFormat.format(messages.getString("wizard.documents.sizeKb"),
                    Math.max(1, Math.round(bytes / 1000d)));
        }
        return new MessageFormat(messages.getString("wizard.documents.sizeMb"), locale)
                .format(new Object[] {bytes / 1_000_000d});
    }

    /** A type shown by its label. */
    private static final class TypeCell extends ListCell<AttachmentType> {
        @Override
        protected void updateItem(AttachmentType item, boolean isEmpty) {
            super.updateItem(item, isEmpty);
            setText(isEmpty || item == null ? null : item.label());
        }
    }
}
