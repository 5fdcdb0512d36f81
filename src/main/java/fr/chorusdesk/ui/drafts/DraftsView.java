package fr.chorusdesk.ui.drafts;

import fr.chorusdesk.service.DraftAudits;
import fr.chorusdesk.service.DraftService;
import fr.chorusdesk.service.DraftSummary;
import fr.chorusdesk.service.DraftsSnapshot;
import fr.chorusdesk.service.PreSendAudit;
import fr.chorusdesk.ui.common.Confirmation;
import fr.chorusdesk.ui.common.EmptyState;
import fr.chorusdesk.ui.common.TaskRunner;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * "Brouillons": invoices prepared locally and not sent, each marked « Brouillon local — non
 * envoyé ». Reopen one where it was left, duplicate it, or delete it after confirmation.
 */
public final class DraftsView extends StackPane {

    private final ResourceBundle messages;
    private final DraftService drafts;
    private final TaskRunner tasks;
    private final DraftOpener opener;
    private final Confirmation confirmation;
    private final Consumer<Throwable> onError;
    private final ObservableList<DraftSummary> rows = FXCollections.observableArrayList();
    private final TableView<DraftSummary> table = new TableView<>(rows);
    private final Label setAside = new Label();
    private final EmptyState empty;
    private final BorderPane content = new BorderPane();
    private final Locale locale;
    private final DraftAudits audits;
    /** Each draft that fails a check of the pre-send audit, by id. */
    private final javafx.collections.ObservableMap<String, PreSendAudit.Report> failing =
            javafx.collections.FXCollections.observableHashMap();

    /** Today's empty state only, for a window built without storage (tests of other parts). */
    private java.util.function.UnaryOperator<String> profileName = java.util.function.UnaryOperator.identity();

    /** Shows each draft's profile by the name the user gave it. */
    public DraftsView withProfileNames(java.util.function.UnaryOperator<String> names) {
        profileName = Objects.requireNonNull(names);
        table.refresh();
        return this;
    }

    public DraftsView(ResourceBundle messages) {
        this(messages, null, null, d -> { }, (t, x) -> false, e -> { });
    }

    public DraftsView(ResourceBundle messages, DraftService drafts, TaskRunner tasks, DraftOpener opener,
            Confirmation confirmation, Consumer<Throwable> onError) {
        this.messages = Objects.requireNonNull(messages);
        this.drafts = drafts;
        this.tasks = tasks;
        this.opener = Objects.requireNonNull(opener);
        this.confirmation = Objects.requireNonNull(confirmation);
        this.onError = Objects.requireNonNull(onError);
        this.locale = messages.getLocale() == null || messages.getLocale().getLanguage().isEmpty()
                ? Locale.FRENCH : messages.getLocale();
        this.audits = drafts == null ? null : new DraftAudits(drafts, locale);
        setId("drafts");
        empty = new EmptyState("draftsEmpty", messages.getString("drafts.empty.title"),
                messages.getString("drafts.empty.text"));
        buildContent();
        getChildren().addAll(content, empty);
        showEmpty(true);
        if (drafts != null) {
            refresh();
        }
    }

    private void buildContent() {
        table.setId("draftsTable");
        table.setPlaceholder(new Label(messages.getString("drafts.empty.title")));
        table.getColumns().add(column("draftMark", "drafts.column.state", d -> messages.getString("drafts.mark")));
        table.getColumns().add(column("draftNumber", "drafts.column.number",
                d -> d.invoiceNumber().orElse(messages.getString("drafts.noNumber"))));
        table.getColumns().add(column("draftRecipient", "drafts.column.recipient", d -> d.recipientSiret().orElse("")));
        TableColumn<DraftSummary, BigDecimal> amount = new TableColumn<>(messages.getString("drafts.column.amount"));
        amount.setId("draftAmount");
        amount.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().amountInclTax().orElse(null)));
        amount.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(BigDecimal value, boolean isEmpty) {
                super.updateItem(value, isEmpty);
                setText(isEmpty || value == null ? "" : euros(value));
            }
        });
        table.getColumns().add(amount);
        DateTimeFormatter when = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", locale)
                .withZone(ZoneId.systemDefault());
        table.getColumns().add(column("draftUpdated", "drafts.column.updated", d -> when.format(d.updatedAt())));
        table.getColumns().add(column("draftStep", "drafts.column.step",
                d -> messages.getString("drafts.step." + d.stepReached().name())));
        table.getColumns().add(column("draftProfile", "drafts.column.profile", d -> profileName.apply(d.profile())));
        table.getColumns().add(auditColumn());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> {
            javafx.scene.control.TableRow<DraftSummary> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    reopen(row.getItem());
                }
            });
            return row;
        });

        Label mark = new Label(messages.getString("drafts.banner"));
        mark.setId("draftsBanner");
        mark.getStyleClass().add("draft-mark");
        mark.setWrapText(true);
        setAside.setId("draftsSetAside");
        setAside.setWrapText(true);
        setAside.getStyleClass().add("warning-text");
        setAside.setManaged(false);
        setAside.setVisible(false);

        Button reopen = button("draftReopen", "drafts.action.reopen", () -> selected(this::reopen));
        Button duplicate = button("draftDuplicate", "drafts.action.duplicate", () -> selected(this::duplicate));
        Button delete = button("draftDelete", "drafts.action.delete", () -> selected(this::delete));
        for (Button b : new Button[] {reopen, duplicate, delete}) {
            b.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        }
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
        tasks.run(drafts::list, this::show, onError::accept);
    }

    /**
     * At start: a draft left open when the app stopped (crash, kill) is offered back; each one the
     * user does not reopen stays in the list.
     */
    public void offerInterrupted() {
        tasks.run(drafts::interrupted, interrupted -> {
            for (DraftSummary summary : interrupted) {
                String name = summary.invoiceNumber().orElse(messages.getString("drafts.noNumber"));
                if (confirmation.confirm(messages.getString("drafts.mark"),
                        java.text.MessageFormat.format(messages.getString("drafts.interrupted"), name))) {
                    reopen(summary);
                    return;
                }
                // declined: it stays in the list, but is not offered again at every start
                tasks.run(() -> {
                    drafts.endEditing(summary.id());
                    return null;
                }, ignored -> { }, onError::accept);
            }
        }, onError::accept);
    }

    private void show(DraftsSnapshot snapshot) {
        rows.setAll(snapshot.drafts());
        if (audits != null) {
            tasks.run(() -> audits.failing(snapshot.drafts()), found -> {
                failing.clear();
                failing.putAll(found);
                table.refresh();
            }, error -> { }); // the column only informs: the wizard checks the PDF again before sending
        }
        boolean anySetAside = !snapshot.setAsideMessages().isEmpty();
        setAside.setText(String.join("\n", snapshot.setAsideMessages()));
        setAside.setVisible(anySetAside);
        setAside.setManaged(anySetAside);
        showEmpty(snapshot.drafts().isEmpty() && !anySetAside);
    }

    private void showEmpty(boolean isEmpty) {
        empty.setVisible(isEmpty);
        content.setVisible(!isEmpty);
    }

    private void selected(Consumer<DraftSummary> action) {
        DraftSummary chosen = table.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            action.accept(chosen);
        }
    }

    private void reopen(DraftSummary summary) {
        tasks.run(() -> drafts.open(summary.id()), found -> found.ifPresentOrElse(opener::open, this::refresh),
                onError::accept);
    }

    private void duplicate(DraftSummary summary) {
        tasks.run(() -> drafts.duplicate(summary.id()), copy -> refresh(), onError::accept);
    }

    private void delete(DraftSummary summary) {
        String name = summary.invoiceNumber().orElse(messages.getString("drafts.noNumber"));
        if (!confirmation.confirm(messages.getString("drafts.delete.title"),
                java.text.MessageFormat.format(messages.getString("drafts.delete.text"), name))) {
            return;
        }
        tasks.run(() -> {
            drafts.delete(summary.id());
            return summary.id();
        }, id -> refresh(), onError::accept);
    }

    /** « Contrôle du PDF »: what a draft's PDF fails, the first finding in words, all of them in the tooltip. */
    private TableColumn<DraftSummary, DraftSummary> auditColumn() {
        TableColumn<DraftSummary, DraftSummary> audit = new TableColumn<>(messages.getString("drafts.column.audit"));
        audit.setId("draftAudit");
        // wide enough for « Bloquant : numéro de facture »; the other columns give way
        audit.setPrefWidth(210);
        audit.setMinWidth(150);
        audit.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        audit.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(DraftSummary draft, boolean isEmpty) {
                super.updateItem(draft, isEmpty);
                PreSendAudit.Report report = isEmpty || draft == null ? null : failing.get(draft.id());
                getStyleClass().removeAll("audit-blocks-text", "audit-warns-text");
                if (report == null) {
                    setText("");
                    setTooltip(null);
                    return;
                }
                PreSendAudit.Finding first = report.blocks() ? report.blocking().get(0) : report.warnings().get(0);
                setText(messages.getString(report.blocks() ? "drafts.audit.blocks" : "drafts.audit.warns") + " "
                        + messages.getString("drafts.audit.check." + first.check().name()));
                getStyleClass().add(report.blocks() ? "audit-blocks-text" : "audit-warns-text");
                setTooltip(new javafx.scene.control.Tooltip(String.join("\n", report.findings().stream()
                        .map(PreSendAudit.Finding::message).toList())));
            }
        });
        return audit;
    }

    private String euros(BigDecimal value) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.FRANCE);
        return format.format(value);
    }

    private TableColumn<DraftSummary, String> column(String id, String key,
            java.util.function.Function<DraftSummary, String> value) {
        TableColumn<DraftSummary, String> column = new TableColumn<>(messages.getString(key));
        column.setId(id);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(messages.getString(key));
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }
}
