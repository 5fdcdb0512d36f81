package fr.chorusdesk.ui.drafts;

import fr.chorusdesk.service.DraftSummary;
import fr.chorusdesk.ui.common.EmptyState;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * "Brouillons": invoices prepared locally and not sent, each marked « Brouillon local — non
 * envoyé ». Reopen one where it was left, duplicate it, or delete it after confirmation. Lays out
 * and binds {@link DraftsModel}.
 */
public final class DraftsView extends StackPane {

    private final ResourceBundle messages;
    private final Optional<DraftsModel> model;
    private final TableView<DraftSummary> table = new TableView<>();
    private final EmptyState empty;
    private final BorderPane content = new BorderPane();

    /** Today's empty state only, for a window built without storage (tests of other parts). */
    public DraftsView(ResourceBundle messages) {
        this.messages = Objects.requireNonNull(messages);
        this.model = Optional.empty();
        setId("drafts");
        empty = emptyState();
        getChildren().add(empty);
    }

    public DraftsView(ResourceBundle messages, DraftsModel model) {
        this.messages = Objects.requireNonNull(messages);
        this.model = Optional.of(model);
        setId("drafts");
        empty = emptyState();
        buildContent(model);
        getChildren().addAll(content, empty);
        empty.visibleProperty().bind(model.emptyProperty());
        content.visibleProperty().bind(model.emptyProperty().not());
        model.refresh();
    }

    private EmptyState emptyState() {
        return new EmptyState("draftsEmpty", messages.getString("drafts.empty.title"),
                messages.getString("drafts.empty.text"));
    }

    private void buildContent(DraftsModel m) {
        table.setId("draftsTable");
        table.setItems(m.rows());
        table.setPlaceholder(new Label(messages.getString("drafts.empty.title")));
        table.getColumns().add(column("draftMark", "drafts.column.state", d -> m.mark()));
        table.getColumns().add(column("draftNumber", "drafts.column.number", m::number));
        table.getColumns().add(column("draftRecipient", "drafts.column.recipient", m::recipient));
        table.getColumns().add(amountColumn(m));
        table.getColumns().add(column("draftUpdated", "drafts.column.updated", m::updated));
        table.getColumns().add(column("draftStep", "drafts.column.step", m::step));
        table.getColumns().add(column("draftProfile", "drafts.column.profile", m::profile));
        table.getColumns().add(auditColumn(m));
        m.auditsProperty().addListener((javafx.collections.MapChangeListener<String, fr.chorusdesk.service.PreSendAudit.Report>) change -> table.refresh());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> {
            TableRow<DraftSummary> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    m.reopen(row.getItem());
                }
            });
            return row;
        });

        Label mark = new Label(messages.getString("drafts.banner"));
        mark.setId("draftsBanner");
        mark.getStyleClass().add("draft-mark");
        mark.setWrapText(true);
        Label setAside = new Label();
        setAside.setId("draftsSetAside");
        setAside.setWrapText(true);
        setAside.getStyleClass().add("warning-text");
        setAside.textProperty().bind(m.setAsideProperty());
        setAside.visibleProperty().bind(m.setAsideProperty().isNotEmpty());
        setAside.managedProperty().bind(setAside.visibleProperty());

        Button reopen = button("draftReopen", "drafts.action.reopen", m::reopen);
        Button duplicate = button("draftDuplicate", "drafts.action.duplicate", m::duplicate);
        Button delete = button("draftDelete", "drafts.action.delete", m::delete);
        HBox actions = new HBox(8, reopen, duplicate, delete);
        VBox top = new VBox(8, mark, setAside);
        top.setPadding(new Insets(12, 12, 8, 12));
        actions.setPadding(new Insets(8, 12, 12, 12));
        content.setTop(top);
        content.setCenter(table);
        content.setBottom(actions);
        VBox.setVgrow(table, Priority.ALWAYS);
    }

    /** Reads the drafts again (on start, when the tab is shown, after an autosave). */
    public void refresh() {
        model.ifPresent(DraftsModel::refresh);
    }

    /** At start: a draft left open when the app stopped is offered back. */
    public void offerInterrupted() {
        model.ifPresent(DraftsModel::offerInterrupted);
    }

    /** Shows each draft's profile by the name the user gave it. */
    public DraftsView withProfileNames(UnaryOperator<String> names) {
        model.ifPresent(m -> m.useProfileNames(names));
        table.refresh();
        return this;
    }

    private TableColumn<DraftSummary, String> column(String id, String key, Function<DraftSummary, String> value) {
        TableColumn<DraftSummary, String> column = new TableColumn<>(messages.getString(key));
        column.setId(id);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }

    /** Sorted by value, shown as money. */
    private TableColumn<DraftSummary, DraftSummary> amountColumn(DraftsModel m) {
        TableColumn<DraftSummary, DraftSummary> column = new TableColumn<>(messages.getString("drafts.column.amount"));
        column.setId("draftAmount");
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setComparator(java.util.Comparator.comparing(d -> d.amountInclTax().orElse(null),
                java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(DraftSummary value, boolean isEmpty) {
                super.updateItem(value, isEmpty);
                setText(isEmpty || value == null ? "" : m.amount(value));
            }
        });
        return column;
    }

    /** « Contrôle du PDF »: what a draft's PDF fails, the first finding in words, all of them in the tooltip. */
    private TableColumn<DraftSummary, DraftSummary> auditColumn(DraftsModel m) {
        TableColumn<DraftSummary, DraftSummary> audit = new TableColumn<>(messages.getString("drafts.column.audit"));
        audit.setId("draftAudit");
        // wide enough for « Bloquant : numéro de facture »; the other columns give way
        audit.setPrefWidth(210);
        audit.setMinWidth(150);
        audit.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        audit.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(DraftSummary draft, boolean isEmpty) {
                super.updateItem(draft, isEmpty);
                getStyleClass().removeAll("audit-blocks-text", "audit-warns-text");
                java.util.Optional<DraftsModel.AuditCell> cell = isEmpty || draft == null ? java.util.Optional.empty()
                        : m.audit(draft);
                setText(cell.map(DraftsModel.AuditCell::text).orElse(""));
                setTooltip(cell.map(a -> new javafx.scene.control.Tooltip(a.details())).orElse(null));
                cell.ifPresent(a -> getStyleClass().add(a.blocks() ? "audit-blocks-text" : "audit-warns-text"));
            }
        });
        return audit;
    }

    private Button button(String id, String key, Consumer<DraftSummary> action) {
        Button button = new Button(messages.getString(key));
        button.setId(id);
        button.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        button.setOnAction(e -> {
            DraftSummary chosen = table.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                action.accept(chosen);
            }
        });
        return button;
    }
}
