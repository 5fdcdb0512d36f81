package fr.chorusdesk.ui.batch;

import fr.chorusdesk.domain.DraftField;
import fr.chorusdesk.ui.common.Confirmation;
import fr.chorusdesk.ui.common.EmptyState;
import java.io.File;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/**
 * The « Lots » tab: drop PDFs or a folder (or *Fichier → Déposer un lot…*), review every invoice in
 * one table while the rest are read, fix cells, send the ready ones after a confirmation, export
 * the result. Binds to {@link BatchModel} and holds no rule of its own.
 */
public final class BatchView extends StackPane {

    private final BatchModel model;
    private final ResourceBundle messages;
    private final Confirmation confirmation;
    private final BatchTable table;

    public BatchView(BatchModel model, ResourceBundle messages, Confirmation confirmation,
            Consumer<String> openInWizard) {
        this.model = model;
        this.messages = messages;
        this.confirmation = confirmation;
        setId("batch");
        table = new BatchTable(model, messages, openInWizard);

        Button fresh = button("batchNew", "batch.action.new", model::newBatch);
        Button addFiles = button("batchAddFiles", "batch.action.addFiles", this::chooseFiles);
        Button addFolder = button("batchAddFolder", "batch.action.addFolder", this::chooseFolder);
        Button export = button("batchExport", "batch.action.export", this::chooseExport);
        export.disableProperty().bind(Bindings.isEmpty(model.rows()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox tools = new HBox(8, fresh, addFiles, addFolder, gap, export);
        tools.setAlignment(Pos.CENTER_LEFT);

        Label title = new Label();
        title.setId("batchTitle");
        title.getStyleClass().add("page-title");
        title.textProperty().bind(model.titleProperty());
        ProgressBar progress = new ProgressBar();
        progress.setId("batchProgress");
        progress.progressProperty().bind(model.progressProperty());
        Label progressText = new Label();
        progressText.setId("batchProgressText");
        progressText.textProperty().bind(model.progressTextProperty());
        HBox progressLine = new HBox(8, progress, progressText);
        progressLine.setAlignment(Pos.CENTER_LEFT);
        progressLine.visibleProperty().bind(model.progressProperty().greaterThanOrEqualTo(0));
        progressLine.managedProperty().bind(progressLine.visibleProperty());

        ComboBox<DraftField> column = new ComboBox<>();
        column.setId("batchFillColumn");
        column.getItems().setAll(DraftField.SERVICE_CODE, DraftField.ENGAGEMENT_NUMBER, DraftField.CONTRACT_NUMBER,
                DraftField.RECIPIENT_SIRET, DraftField.INVOICE_DATE);
        column.setValue(DraftField.SERVICE_CODE);
        column.setConverter(new StringConverter<>() {
            @Override
            public String toString(DraftField field) {
                return field == null ? "" : messages.getString("batch.field." + field.name());
            }

            @Override
            public DraftField fromString(String text) {
                return null;
            }
        });
        table.getFocusModel().focusedCellProperty().addListener((obs, old, now) ->
                table.focusedField().filter(column.getItems()::contains).ifPresent(column::setValue));
        TextField value = new TextField();
        value.setId("batchFillValue");
        value.setPromptText(messages.getString("batch.fill.prompt"));
        Button fill = button("batchFill", "batch.action.fill", () -> {
            model.fill(table.chosenRows(), column.getValue(), value.getText());
            value.clear();
        });
        value.setOnAction(e -> fill.fire());
        Label fillLabel = new Label(messages.getString("batch.fill.label"));
        fillLabel.setLabelFor(value);
        HBox fillLine = new HBox(8, fillLabel, column, value, fill);
        fillLine.setAlignment(Pos.CENTER_LEFT);

        Button read = button("batchTakeRead", "batch.action.takeRead", () -> model.takeReadValues(chosenOrAll()));
        Button cards = button("batchTakeCards", "batch.action.takeCards",
                () -> model.takeContractCards(chosenOrAll()));
        Button wizard = button("batchOpenWizard", "batch.action.openWizard", () -> table.chosenRows().stream()
                .findFirst().ifPresent(openInWizard));
        Button remove = button("batchRemove", "batch.action.remove", this::removeChosen);
        HBox rowActions = new HBox(8, read, cards, wizard, remove);
        rowActions.setAlignment(Pos.CENTER_LEFT);
        for (Button b : List.of(wizard, remove)) {
            b.disableProperty().bind(Bindings.isEmpty(table.getSelectionModel().getSelectedCells()));
        }

        Label notice = new Label();
        notice.setId("batchNotice");
        notice.setWrapText(true);
        notice.getStyleClass().add("page-hint");
        notice.textProperty().bind(model.noticeProperty());
        Button send = new Button();
        send.setId("batchSend");
        send.getStyleClass().add("primary");
        send.textProperty().bind(Bindings.createStringBinding(() -> MessageFormat.format(
                messages.getString("batch.action.send"), model.readyProperty().get()), model.readyProperty()));
        send.disableProperty().bind(model.canSendProperty().not());
        send.setOnAction(e -> confirmAndSend());
        Region sendGap = new Region();
        HBox.setHgrow(sendGap, Priority.ALWAYS);
        HBox bottomLine = new HBox(8, notice, sendGap, send);
        bottomLine.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(notice, Priority.SOMETIMES);

        VBox top = new VBox(8, tools, title, progressLine);
        VBox bottom = new VBox(8, fillLine, rowActions, bottomLine);
        BorderPane content = new BorderPane(table, top, null, bottom, null);
        content.setPadding(new Insets(12));
        BorderPane.setMargin(table, new Insets(8, 0, 8, 0));

        EmptyState empty = new EmptyState("batchEmpty", messages.getString("batch.empty.title"),
                messages.getString("batch.empty.text"));
        Button emptyFiles = button("batchEmptyAddFiles", "batch.action.addFiles", this::chooseFiles);
        Button emptyFolder = button("batchEmptyAddFolder", "batch.action.addFolder", this::chooseFolder);
        HBox emptyActions = new HBox(8, emptyFiles, emptyFolder);
        emptyActions.setAlignment(Pos.CENTER);
        Label unavailable = new Label(messages.getString("batch.unavailable"));
        unavailable.setId("batchUnavailable");
        unavailable.setWrapText(true);
        unavailable.visibleProperty().bind(model.availableProperty().not());
        unavailable.managedProperty().bind(unavailable.visibleProperty());
        emptyFiles.disableProperty().bind(model.availableProperty().not());
        emptyFolder.disableProperty().bind(model.availableProperty().not());
        addFiles.disableProperty().bind(model.availableProperty().not());
        addFolder.disableProperty().bind(model.availableProperty().not());
        empty.getChildren().addAll(emptyActions, unavailable);

        getChildren().addAll(content, empty);
        Runnable showEmpty = () -> {
            boolean none = model.rows().isEmpty() && model.titleProperty().get().isEmpty();
            empty.setVisible(none);
            content.setVisible(!none);
        };
        model.rows().addListener((ListChangeListener<BatchRowItem>) c -> showEmpty.run());
        model.titleProperty().addListener((obs, old, now) -> showEmpty.run());
        showEmpty.run();

        setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && model.availableProperty().get()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        setOnDragDropped(e -> {
            boolean done = e.getDragboard().hasFiles();
            if (done) {
                model.add(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }

    /** *Fichier → Déposer un lot…*: PDFs chosen in a file dialog. */
    public void chooseFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.getString("batch.chooser.files"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf", "*.PDF"));
        List<File> files = chooser.showOpenMultipleDialog(getScene() == null ? null : getScene().getWindow());
        if (files != null) {
            model.add(files.stream().map(File::toPath).toList());
        }
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.getString("batch.chooser.folder"));
        File folder = chooser.showDialog(getScene() == null ? null : getScene().getWindow());
        if (folder != null) {
            model.add(List.of(folder.toPath()));
        }
    }

    private void chooseExport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.getString("batch.chooser.export"));
        chooser.setInitialFileName(messages.getString("batch.export.fileName"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            model.export(Path.of(file.getPath()));
        }
    }

    private void removeChosen() {
        List<String> chosen = table.chosenRows();
        if (!chosen.isEmpty() && confirmation.confirm(messages.getString("batch.remove.title"),
                MessageFormat.format(messages.getString("batch.remove.text"), chosen.size()))) {
            model.remove(chosen);
        }
    }

    private void confirmAndSend() {
        if (confirmation.confirm(MessageFormat.format(messages.getString("batch.confirm.title"),
                model.readyProperty().get()), model.confirmation())) {
            model.send();
        }
    }

    private List<String> chosenOrAll() {
        List<String> chosen = table.chosenRows();
        return chosen.isEmpty() ? model.rows().stream().map(BatchRowItem::id).toList() : chosen;
    }

    /** The table, for the screenshots and for keyboard focus when the tab opens. */
    BatchTable table() {
        return table;
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(messages.getString(key));
        button.setId(id);
        button.setMnemonicParsing(true);
        button.setOnAction(e -> action.run());
        return button;
    }
}
