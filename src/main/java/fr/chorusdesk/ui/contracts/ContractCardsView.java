package fr.chorusdesk.ui.contracts;

import fr.chorusdesk.domain.ContractCard;
import fr.chorusdesk.ui.common.Confirmation;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The « Marchés » window: the active profile's contract cards in a list, the chosen one in a form
 * below it (SIRET, contract, service code, engagement number), new, saved or deleted.
 */
public final class ContractCardsView extends BorderPane {

    private final TableView<ContractCard> table;

    public ContractCardsView(ContractCardsModel model, ResourceBundle messages, Confirmation confirmation) {
        setId("contractCards");
        setPadding(new Insets(12));
        Label intro = new Label(messages.getString("contracts.intro"));
        intro.setWrapText(true);
        table = new TableView<>(model.cards());
        table.setId("contractCardsTable");
        table.setPlaceholder(new Label(messages.getString("contracts.empty")));
        DateTimeFormatter when = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE)
                .withZone(ZoneId.systemDefault());
        table.getColumns().add(column("cardSiret", messages.getString("contracts.column.siret"),
                ContractCard::recipientSiret));
        table.getColumns().add(column("cardName", messages.getString("contracts.column.name"),
                c -> c.recipientName().orElse("")));
        table.getColumns().add(column("cardContract", messages.getString("contracts.column.contract"),
                c -> c.contractNumber().orElse("")));
        table.getColumns().add(column("cardService", messages.getString("contracts.column.service"),
                c -> c.serviceCode().orElse("")));
        table.getColumns().add(column("cardEngagement", messages.getString("contracts.column.engagement"),
                c -> c.engagementNumber().orElse("")));
        table.getColumns().add(column("cardUpdated", messages.getString("contracts.column.updated"),
                c -> when.format(c.updatedAt())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.edit(now);
            }
        });

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label(messages.getString("contracts.column.siret")), field("cardSiretField",
                model.siretProperty()), new Label(messages.getString("contracts.column.contract")),
                field("cardContractField", model.contractProperty()));
        form.addRow(1, new Label(messages.getString("contracts.column.service")), field("cardServiceField",
                model.serviceProperty()), new Label(messages.getString("contracts.column.engagement")),
                field("cardEngagementField", model.engagementProperty()));
        Button fresh = button("cardNew", messages.getString("contracts.action.new"), () -> {
            table.getSelectionModel().clearSelection();
            model.edit(null);
        });
        Button save = button("cardSave", messages.getString("contracts.action.save"), model::save);
        save.setDefaultButton(true);
        Button delete = button("cardDelete", messages.getString("contracts.action.delete"), () -> {
            ContractCard chosen = table.getSelectionModel().getSelectedItem();
            if (chosen != null && confirmation.confirm(messages.getString("contracts.delete.title"),
                    java.text.MessageFormat.format(messages.getString("contracts.delete.text"),
                            chosen.recipientSiret(), chosen.contractNumber().orElse("—")))) {
                model.delete(chosen);
            }
        });
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        Label message = new Label();
        message.setId("contractCardsMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        VBox bottom = new VBox(8, form, new HBox(8, fresh, save, delete), message);
        bottom.setPadding(new Insets(10, 0, 0, 0));
        setTop(intro);
        setCenter(table);
        setBottom(bottom);
        BorderPane.setMargin(intro, new Insets(0, 0, 8, 0));
    }

    /** The window, modal over {@code owner}; the list is read when it opens. */
    public static Stage window(Window owner, ContractCardsModel model, ResourceBundle messages, String stylesheet) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(messages.getString("contracts.title"));
        Scene scene = new Scene(new ContractCardsView(model, messages, Confirmation.dialog()), 760, 480);
        scene.getStylesheets().add(stylesheet);
        stage.setScene(scene);
        model.load();
        return stage;
    }

    private static TableColumn<ContractCard, String> column(String id, String title,
            Function<ContractCard, String> value) {
        TableColumn<ContractCard, String> column = new TableColumn<>(title);
        column.setId(id);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }
}
