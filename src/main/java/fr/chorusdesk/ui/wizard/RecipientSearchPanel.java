package fr.chorusdesk.ui.wizard;

import fr.chorusdesk.domain.RecipientRules;
import fr.chorusdesk.service.RecipientCandidate;
import fr.chorusdesk.service.RecipientSearchResult;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The search panel of the references step: raison sociale, postal code and town (Enter searches),
 * a table of the recent recipients or of the structures found, page buttons, and "Choisir"
 * (double-click or Enter on a row does the same).
 */
final class RecipientSearchPanel extends VBox {

    private final RecipientSearchModel model;
    private final ResourceBundle messages;
    private final TableView<RecipientCandidate> table = new TableView<>();
    private final Label section = new Label();
    private final Label placeholder = new Label();
    private final Label pageText = new Label();
    private final Label message = new Label();

    RecipientSearchPanel(RecipientSearchModel model, ResourceBundle messages, Runnable close) {
        this.model = model;
        this.messages = messages;
        setId("recipientSearch");
        getStyleClass().add("recipient-search");
        setSpacing(8);

        Label title = new Label(messages.getString("wizard.search.title"));
        title.getStyleClass().add("section-title");
        title.setStyle("-fx-font-weight: bold");

        TextField name = field("searchName", model.nameProperty());
        TextField postalCode = field("searchPostalCode", model.postalCodeProperty());
        postalCode.setPrefColumnCount(6);
        TextField town = field("searchTown", model.townProperty());
        Button search = new Button(messages.getString("wizard.search.button"));
        search.setId("searchButton");
        search.setOnAction(e -> model.search());
        search.disableProperty().bind(model.searchingProperty());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("searchProgress");
        progress.setPrefSize(18, 18);
        progress.visibleProperty().bind(model.searchingProperty());
        progress.setAccessibleText(messages.getString("wizard.search.searching"));
        HBox criteria = new HBox(8, labelled("wizard.search.name", name), labelled("wizard.search.postalCode",
                postalCode), labelled("wizard.search.town", town), search, progress);
        criteria.setAlignment(Pos.BOTTOM_LEFT);
        HBox.setHgrow(criteria.getChildren().get(0), Priority.ALWAYS);
        HBox.setHgrow(criteria.getChildren().get(2), Priority.ALWAYS);

        section.setId("searchSection");
        section.setMinWidth(Region.USE_PREF_SIZE);
        section.getStyleClass().add("field-label");
        buildTable();

        message.setId("searchMessage");
        message.setWrapText(true);
        message.getStyleClass().add("field-problem");
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotNull());
        message.managedProperty().bind(message.visibleProperty());

        Button previous = new Button(messages.getString("wizard.search.previous"));
        previous.setId("searchPrevious");
        previous.setOnAction(e -> model.previous());
        Button next = new Button(messages.getString("wizard.search.next"));
        next.setId("searchNext");
        next.setOnAction(e -> model.next());
        previous.disableProperty().bind(Bindings.createBooleanBinding(() -> model.searchingProperty().get()
                || model.resultProperty().get() == null || !model.resultProperty().get().hasPrevious(),
                model.searchingProperty(), model.resultProperty()));
        next.disableProperty().bind(Bindings.createBooleanBinding(() -> model.searchingProperty().get()
                || model.resultProperty().get() == null || !model.resultProperty().get().hasNext(),
                model.searchingProperty(), model.resultProperty()));
        pageText.setId("searchPage");
        pageText.setMinWidth(Region.USE_PREF_SIZE);
        HBox pages = new HBox(8, previous, pageText, next);
        pages.setAlignment(Pos.CENTER_LEFT);
        pages.visibleProperty().bind(model.showingRecentProperty().not());
        pages.managedProperty().bind(pages.visibleProperty());

        Button choose = new Button(messages.getString("wizard.search.choose"));
        choose.setId("searchChoose");
        choose.setDefaultButton(false);
        choose.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        choose.setOnAction(e -> model.choose(table.getSelectionModel().getSelectedItem()));
        Button closeButton = new Button(messages.getString("wizard.search.close"));
        closeButton.setId("searchClose");
        closeButton.setOnAction(e -> close.run());
        Region space = new Region();
        HBox.setHgrow(space, Priority.ALWAYS);
        HBox heading = new HBox(8, title, space, closeButton);
        heading.setAlignment(Pos.CENTER_LEFT);
        // the page buttons and "Choisir" sit above the table, so that they stay in sight
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, section, gap, pages, choose);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label(messages.getString("wizard.search.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("page-hint");
        table.setAccessibleHelp(hint.getText());

        getChildren().addAll(heading, criteria, message, bar, table, hint);

        model.rows().addListener((ListChangeListener<RecipientCandidate>) c -> refresh());
        model.resultProperty().addListener((obs, old, now) -> refresh());
        model.showingRecentProperty().addListener((obs, old, now) -> refresh());
        model.searchingProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    /** Puts the cursor in the first field, to type at once. */
    void focusFirstField() {
        // once shown and laid out: a node made visible in the same pulse does not take the focus
        javafx.application.Platform.runLater(() -> lookup("#searchName").requestFocus());
    }

    private TextField field(String id, javafx.beans.property.StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        field.setOnAction(e -> model.search());
        return field;
    }

    private VBox labelled(String key, TextField field) {
        Label label = new Label(messages.getString(key));
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        label.getStyleClass().add("field-label");
        field.setAccessibleText(label.getText().replace("_", ""));
        return new VBox(2, label, field);
    }

    private void buildTable() {
        table.setId("searchResults");
        table.setItems(model.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // five rows, the page size, under a two-line header
        table.setFixedCellSize(24);
        table.setPrefHeight(24 * 5 + 44);
        table.setMinHeight(24 * 5 + 44);
        table.setAccessibleText(messages.getString("wizard.search.title"));
        placeholder.setWrapText(true);
        placeholder.setId("searchPlaceholder");
        table.setPlaceholder(placeholder);
        TableColumn<RecipientCandidate, String> name = column("wizard.search.column.name", 245, c -> c.active()
                ? c.name() : MessageFormat.format(messages.getString("wizard.search.inactive"), c.name()));
        // a long name is cut in its column: the whole of it shows when the pointer rests on it
        name.setCellFactory(c -> new javafx.scene.control.TableCell<RecipientCandidate, String>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null ? null : new javafx.scene.control.Tooltip(item));
            }
        });
        table.getColumns().add(name);
        table.getColumns().add(column("wizard.search.column.siret", 125, RecipientCandidate::siret));
        table.getColumns().get(1).setMinWidth(125);
        table.getColumns().add(column("wizard.search.column.town", 122, c -> c.town().orElse("")));
        table.getColumns().add(column("wizard.search.column.serviceCode", 98, c -> required(c.rules(), true)));
        table.getColumns().add(column("wizard.search.column.engagement", 130, c -> required(c.rules(), false)));
        table.setRowFactory(t -> {
            TableRow<RecipientCandidate> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    model.choose(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                e.consume();
                model.choose(table.getSelectionModel().getSelectedItem());
            }
        });
    }

    private TableColumn<RecipientCandidate, String> column(String key, double width,
            Function<RecipientCandidate, String> text) {
        TableColumn<RecipientCandidate, String> column = new TableColumn<>();
        // a header label that wraps: "N° d’engagement exigé" in full on two lines
        Label header = new Label(messages.getString(key));
        header.setWrapText(true);
        header.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        header.maxWidthProperty().bind(column.widthProperty().subtract(8));
        header.prefWidthProperty().bind(column.widthProperty().subtract(8));
        header.setMinHeight(36);
        column.setGraphic(header);
        column.setText("");
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        return column;
    }

    /** "Oui", "Non", or "L’un des deux" when either the service code or the number will do. */
    private String required(RecipientRules rules, boolean serviceCode) {
        if (rules == RecipientRules.SERVICE_CODE_OR_ENGAGEMENT_NUMBER) {
            return messages.getString("wizard.search.either");
        }
        boolean needed = serviceCode ? rules.serviceCodeRequired() : rules.engagementNumberRequired();
        return messages.getString(needed ? "wizard.search.yes" : "wizard.search.no");
    }

    private void refresh() {
        boolean recent = model.showingRecentProperty().get();
        section.setText(messages.getString(recent ? "wizard.search.recent" : "wizard.search.results"));
        placeholder.setText(model.searchingProperty().get() ? messages.getString("wizard.search.searching")
                : messages.getString(recent ? "wizard.search.recent.none" : "wizard.search.empty"));
        RecipientSearchResult r = model.resultProperty().get();
        pageText.setText(r == null ? "" : MessageFormat.format(messages.getString("wizard.search.page"), r.page(),
                r.pages(), r.total()));
        if (!model.rows().isEmpty() && table.getSelectionModel().isEmpty()) {
            table.getSelectionModel().selectFirst();
        }
    }
}
