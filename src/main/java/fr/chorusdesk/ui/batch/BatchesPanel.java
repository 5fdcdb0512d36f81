package fr.chorusdesk.ui.batch;

import fr.chorusdesk.service.BatchSummary;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The batches above the drafts, with the profile each belongs to; one opens in the « Lots » tab. */
final class BatchesPanel extends VBox {

    BatchesPanel(BatchesModel model, ResourceBundle messages) {
        super(6);
        setId("batchesPanel");
        setPadding(new Insets(12, 12, 0, 12));
        Label title = new Label(messages.getString("batches.title"));
        title.getStyleClass().add("section-title");
        ListView<BatchSummary> list = new ListView<>(model.batches());
        list.setId("batchesList");
        list.setPrefHeight(90);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(BatchSummary batch, boolean empty) {
                super.updateItem(batch, empty);
                setText(empty || batch == null ? null : model.describe(batch));
            }
        });
        Button open = new Button(messages.getString("batches.open"));
        open.setId("batchesOpen");
        open.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> model.open(list.getSelectionModel().getSelectedItem()));
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                model.open(list.getSelectionModel().getSelectedItem());
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                model.open(list.getSelectionModel().getSelectedItem());
            }
        });
        HBox line = new HBox(8, list, open);
        HBox.setHgrow(list, Priority.ALWAYS);
        getChildren().addAll(title, line);
        visibleProperty().bind(Bindings.isNotEmpty(model.batches()));
        managedProperty().bind(visibleProperty());
    }
}
