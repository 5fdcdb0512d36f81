package fr.chorusdesk.ui.history;

import fr.chorusdesk.domain.InvoiceKind;
import fr.chorusdesk.domain.SentInvoice;
import fr.chorusdesk.domain.StatusChange;
import fr.chorusdesk.service.HistoryActions;
import fr.chorusdesk.ui.common.DayTextConverter;
import fr.chorusdesk.ui.common.EmptyState;
import fr.chorusdesk.ui.common.ShownAs;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * "Historique": every invoice sent or imported, sortable, filtered by status and searched by
 * number, recipient or id; per invoice, the dated timeline of its statuses with Chorus Pro's
 * comments and what to do next. Lays out and binds {@link HistoryModel}; the dialogs (a file to
 * export to, documents to add, a corrected service code, a new number) only ask the user.
 *
 * <p>Over 300 lines because it lays out the whole tab: filters, table, details pane and the
 * dialogs of the history's actions; every decision is in {@link HistoryModel}.
 */
public final class HistoryView extends StackPane {

    /** Chooses the documents to add to a suspended invoice; empty when the user cancels. */
    @FunctionalInterface
    public interface DocumentPicker {
        List<Path> pick(Window owner, String title);
    }

    /** Chooses the file to export to; empty when the user cancels. */
    @FunctionalInterface
    public interface ExportTarget {
        Optional<Path> choose(Window owner);
    }

    private final ResourceBundle messages;
    private final Optional<HistoryModel> model;
    private final TableView<SentInvoice> table = new TableView<>();
    private final VBox detail = new VBox(8);
    private final EmptyState empty;
    private final BorderPane content = new BorderPane();
    private DocumentPicker documents = HistoryView::chooseDocuments;
    private ExportTarget exportTarget = HistoryView::chooseExportFile;

    /** Today's empty state only, for a window built without storage. */
    public HistoryView(ResourceBundle messages) {
        this.messages = Objects.requireNonNull(messages);
        this.model = Optional.empty();
        setId("history");
        empty = emptyState();
        getChildren().add(empty);
    }

    public HistoryView(ResourceBundle messages, HistoryModel model) {
        this.messages = Objects.requireNonNull(messages);
        this.model = Optional.of(model);
        setId("history");
        empty = emptyState();
        buildContent(model);
        getChildren().addAll(content, empty);
        empty.visibleProperty().bind(model.emptyProperty());
        content.visibleProperty().bind(model.emptyProperty().not());
        if (model.canImport()) {
            // the empty state would hide the button: offer the import there too
            Button fromEmpty = button("historyImportFromEmpty", "history.action.import", this::importFromChorus);
            fromEmpty.disableProperty().bind(model.importingProperty());
            empty.getChildren().add(fromEmpty);
        }
        model.refresh();
    }

    private EmptyState emptyState() {
        return new EmptyState("historyEmpty", messages.getString("history.empty.title"),
                messages.getString("history.empty.text"));
    }

    private void buildContent(HistoryModel m) {
        TextField search = new TextField();
        search.setId("historySearch");
        search.setPromptText(messages.getString("history.search.prompt"));
        search.textProperty().bindBidirectional(m.textProperty());
        ComboBox<String> statusFilter = new ComboBox<>();
        statusFilter.setId("historyStatusFilter");
        statusFilter.getItems().add("");
        statusFilter.getItems().addAll(HistoryModel.FILTER_STATUSES);
        statusFilter.setConverter(ShownAs.withNone(m::statusLabel));
        statusFilter.valueProperty().bindBidirectional(m.statusProperty());
        ComboBox<String> profileFilter = new ComboBox<>(m.profileChoices());
        profileFilter.setId("historyProfileFilter");
        profileFilter.setAccessibleText(messages.getString("history.filter.allProfiles"));
        profileFilter.setConverter(ShownAs.withNone(m::profileName));
        profileFilter.valueProperty().bindBidirectional(m.profileProperty());
        // one profile only: nothing to choose
        profileFilter.visibleProperty().bind(Bindings.size(m.profileChoices()).greaterThan(2));
        profileFilter.managedProperty().bind(profileFilter.visibleProperty());
        Button syncButton = button("historySync", "history.action.sync", m::syncNow);
        syncButton.disableProperty().bind(Bindings.createBooleanBinding(() -> !m.canSync() || m.syncingProperty().get(),
                m.syncingProperty()));
        Button export = button("historyExport", "history.action.export", this::exportCsv);
        Button importButton = button("historyImport", "history.action.import", this::importFromChorus);
        importButton.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !m.canImport() || m.importingProperty().get(), m.importingProperty()));
        HBox bar = new HBox(8, search, statusFilter, profileFilter, syncButton, importButton, export);
        HBox.setHgrow(search, Priority.ALWAYS);

        DatePicker depositedFrom = datePicker("historyFrom", "history.filter.from");
        depositedFrom.valueProperty().bindBidirectional(m.depositedFromProperty());
        DatePicker depositedTo = datePicker("historyTo", "history.filter.to");
        depositedTo.valueProperty().bindBidirectional(m.depositedToProperty());
        Label from = label("history.filter.from", depositedFrom);
        Label to = label("history.filter.to", depositedTo);
        Button clearDates = button("historyClearDates", "history.filter.clearDates", () -> {
            m.depositedFromProperty().set(null);
            m.depositedToProperty().set(null);
        });
        ComboBox<Integer> syncInterval = new ComboBox<>();
        syncInterval.setId("historySyncInterval");
        syncInterval.setAccessibleText(messages.getString("history.sync.interval.label"));
        syncInterval.getItems().setAll(fr.chorusdesk.service.SyncSchedule.CHOICES);
        syncInterval.setConverter(ShownAs.withNone(m::syncIntervalText));
        Label syncLabel = label("history.sync.interval.label", syncInterval);
        m.syncMinutes().ifPresentOrElse(minutes -> {
            syncInterval.setValue(minutes);
            syncInterval.valueProperty().addListener((o, before, now) -> {
                if (now != null && !now.equals(before)) {
                    m.changeSyncInterval(now);
                }
            });
        }, () -> {
            syncInterval.setVisible(false);
            syncInterval.setManaged(false);
        });
        syncLabel.visibleProperty().bind(syncInterval.visibleProperty());
        syncLabel.managedProperty().bind(syncInterval.managedProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox dates = new HBox(8, from, depositedFrom, to, depositedTo, clearDates, gap, syncLabel, syncInterval);
        dates.setAlignment(Pos.CENTER_LEFT);
        Label notice = new Label();
        notice.setId("historyNotice");
        notice.getStyleClass().add("notice-text");
        notice.setWrapText(true);
        notice.textProperty().bind(m.noticeProperty());
        m.noticeWarningProperty().addListener((o, was, warning) -> {
            notice.getStyleClass().remove("notice-warning");
            if (warning) {
                notice.getStyleClass().add("notice-warning");
            }
        });
        VBox top = new VBox(6, bar, dates, notice);
        top.setPadding(new Insets(12, 12, 8, 12));

        table.setId("historyTable");
        SortedList<SentInvoice> sorted = new SortedList<>(m.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getColumns().add(text("historyStatus", "history.column.status", i -> m.statusLabel(i.status())));
        table.getColumns().add(recipientColumn(m));
        table.getColumns().add(text("historyNumber", "history.column.number", SentInvoice::invoiceNumber));
        table.getColumns().add(date("historyInvoiceDate", "history.column.invoiceDate", SentInvoice::invoiceDate));
        table.getColumns().add(date("historyDepositDate", "history.column.depositDate", SentInvoice::depositDate));
        table.getColumns().add(amount("historyAmount", "history.column.amount"));
        table.getColumns().add(text("historyProfile", "history.column.profile", i -> m.profileName(i.profile())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, chosen) -> m.selectedProperty().set(chosen));
        m.selectedProperty().addListener((o, a, now) -> {
            if (now != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(now);
            }
            showDetail(now);
        });

        detail.setId("historyDetail");
        detail.setPadding(new Insets(12));
        detail.setMinWidth(280);
        SplitPane split = new SplitPane(table, detail);
        split.setDividerPositions(0.62);
        content.setTop(top);
        content.setCenter(split);
        showDetail(null);
    }

    /** Reads the history again with the current filter. */
    public void refresh() {
        model.ifPresent(HistoryModel::refresh);
    }

    /** Shows one invoice of the history, whatever the filter was. */
    public void reveal(String historyId) {
        model.ifPresent(m -> m.reveal(historyId));
    }

    /** Shows each invoice's profile by the name the user gave it. */
    public HistoryView withProfileNames(UnaryOperator<String> names) {
        model.ifPresent(m -> m.useProfileNames(names));
        table.refresh();
        return this;
    }

    /** How documents are chosen for a suspended invoice (a file chooser unless a test says otherwise). */
    public HistoryView withDocumentPicker(DocumentPicker value) {
        documents = Objects.requireNonNull(value);
        return this;
    }

    /** Where the CSV goes (a save dialog unless a test says otherwise). */
    public HistoryView withExportTarget(ExportTarget value) {
        exportTarget = Objects.requireNonNull(value);
        return this;
    }

    private void importFromChorus() {
        HistoryModel m = model.orElseThrow();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(messages.getString("history.import.title"));
        dialog.setHeaderText(messages.getString("history.import.text"));
        DatePicker from = new DatePicker(LocalDate.now().minusYears(1).withDayOfYear(1));
        DatePicker to = new DatePicker(LocalDate.now());
        from.setConverter(new DayTextConverter());
        to.setConverter(new DayTextConverter());
        dialog.getDialogPane().setContent(new HBox(8, new Label(messages.getString("history.import.from")), from,
                new Label(messages.getString("history.import.to")), to));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        if (dialog.showAndWait().filter(ButtonType.OK::equals).isPresent()) {
            m.importBetween(from.getValue(), to.getValue());
        }
    }

    private void showDetail(SentInvoice invoice) {
        detail.getChildren().clear();
        if (invoice == null || model.isEmpty()) {
            detail.getChildren().add(new Label(messages.getString("history.detail.none")));
            return;
        }
        HistoryModel m = model.get();
        Label title = new Label(invoice.invoiceNumber());
        title.getStyleClass().add("detail-title");
        Label status = new Label(m.statusLabel(invoice.status()));
        status.setId("historyDetailStatus");
        Label recipient = wrapped(new Label(m.recipientLine(invoice)));
        recipient.setId("historyDetailRecipient");
        Label amounts = wrapped(new Label(m.amountsLine(invoice)));
        amounts.setId("historyDetailAmounts");
        amounts.setVisible(!amounts.getText().isEmpty());
        amounts.setManaged(amounts.isVisible());
        Label ids = wrapped(new Label(m.ids(invoice)));
        ListView<StatusChange> timeline = new ListView<>(FXCollections.observableArrayList(invoice.timeline()));
        timeline.setId("historyTimeline");
        timeline.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(StatusChange change, boolean isEmpty) {
                super.updateItem(change, isEmpty);
                setWrapText(true);
                setPrefWidth(0); // wrap to the list's width instead of widening it
                setText(isEmpty || change == null ? null : m.timelineLine(change));
            }
        });
        VBox.setVgrow(timeline, Priority.ALWAYS);
        Label next = wrapped(new Label(m.nextAction(invoice)));
        next.setId("historyNextAction");
        detail.getChildren().addAll(title, status, recipient, amounts);
        m.bankAccountLine(invoice).ifPresent(line -> {
            Label bankAccount = wrapped(new Label(line));
            bankAccount.setId("historyDetailBankAccount");
            detail.getChildren().add(bankAccount);
        });
        detail.getChildren().add(ids);
        m.plainPdfNote(invoice).ifPresent(note -> {
            Label plain = wrapped(new Label(note));
            plain.setId("historyPlainPdf");
            detail.getChildren().add(plain);
        });
        m.sentPdf(invoice).ifPresent(pdf -> {
            Button open = button("historyOpenPdf", "history.detail.openPdf", () -> m.openSentPdf(invoice));
            open.setTooltip(new javafx.scene.control.Tooltip(String.valueOf(pdf.getFileName())));
            detail.getChildren().add(open);
        });
        String sentDocuments = m.documents(invoice);
        if (!sentDocuments.isEmpty()) {
            Label documentsLabel = wrapped(new Label(sentDocuments));
            documentsLabel.setId("historyDocuments");
            detail.getChildren().add(documentsLabel);
        }
        detail.getChildren().addAll(new Label(messages.getString("history.detail.timeline")), timeline, next);
        HBox buttons = new HBox(8);
        for (HistoryActions.Action action : m.actionsFor(invoice)) {
            buttons.getChildren().add(switch (action) {
                case COMPLETE -> button("historyComplete", "history.action.complete", () -> m.complete(invoice,
                        documents.pick(getScene().getWindow(), messages.getString("history.action.complete"))));
                case RECYCLE -> button("historyRecycle", "history.action.recycle", () -> recycle(invoice));
                case REDRAFT -> button("historyRedraft", "history.action.redraft",
                        () -> redraft(invoice, InvoiceKind.FACTURE));
                case CREDIT_NOTE -> button("historyCreditNote", "history.action.creditNote",
                        () -> redraft(invoice, InvoiceKind.AVOIR));
            });
        }
        detail.getChildren().add(buttons);
    }

    private void recycle(SentInvoice invoice) {
        HistoryModel m = model.orElseThrow();
        TextInputDialog dialog = new TextInputDialog(m.proposedServiceCode(invoice));
        dialog.setTitle(messages.getString("history.action.recycle"));
        dialog.setHeaderText(messages.getString("history.recycle.serviceCode"));
        dialog.showAndWait().ifPresent(code -> m.recycle(invoice, code));
    }

    private void redraft(SentInvoice invoice, InvoiceKind kind) {
        HistoryModel m = model.orElseThrow();
        TextInputDialog dialog = new TextInputDialog(m.proposedNumber(invoice));
        dialog.setTitle(messages.getString(kind == InvoiceKind.AVOIR ? "history.action.creditNote"
                : "history.action.redraft"));
        dialog.setHeaderText(messages.getString("history.redraft.number"));
        dialog.showAndWait().ifPresent(number -> m.redraft(invoice, number, kind));
    }

    private void exportCsv() {
        List<SentInvoice> shown = List.copyOf(table.getItems());
        exportTarget.choose(getScene().getWindow()).ifPresent(file -> model.orElseThrow().export(shown, file));
    }

    private static Optional<Path> chooseExportFile(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName("historique.csv");
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(java.io.File::toPath);
    }

    private static List<Path> chooseDocuments(Window owner, String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        var files = chooser.showOpenMultipleDialog(owner);
        return files == null ? List.of() : files.stream().map(java.io.File::toPath).toList();
    }

    private DatePicker datePicker(String id, String accessibleKey) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPrefWidth(140);
        picker.setPromptText(messages.getString("wizard.date.prompt"));
        picker.setConverter(new DayTextConverter());
        picker.setAccessibleText(messages.getString(accessibleKey));
        return picker;
    }

    private Label label(String key, javafx.scene.Node labelled) {
        Label label = new Label(messages.getString(key));
        label.setLabelFor(labelled);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label wrapped(Label label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(messages.getString(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private TableColumn<SentInvoice, String> text(String id, String key, Function<SentInvoice, String> value) {
        TableColumn<SentInvoice, String> column = new TableColumn<>(messages.getString(key));
        column.setId(id);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }

    /** The recipient's name, its SIRET in a tooltip (and shown alone for an entry without a name). */
    private TableColumn<SentInvoice, SentInvoice> recipientColumn(HistoryModel m) {
        TableColumn<SentInvoice, SentInvoice> column = new TableColumn<>(messages.getString("history.column.recipient"));
        column.setId("historyRecipient");
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setComparator(java.util.Comparator.comparing(m::recipient, String.CASE_INSENSITIVE_ORDER));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(SentInvoice invoice, boolean isEmpty) {
                super.updateItem(invoice, isEmpty);
                setText(isEmpty || invoice == null ? "" : m.recipient(invoice));
                setTooltip(isEmpty || invoice == null ? null
                        : new javafx.scene.control.Tooltip(invoice.recipientSiret()));
            }
        });
        return column;
    }

    private TableColumn<SentInvoice, LocalDate> date(String id, String key,
            Function<SentInvoice, Optional<LocalDate>> value) {
        TableColumn<SentInvoice, LocalDate> column = new TableColumn<>(messages.getString(key));
        column.setId(id);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue()).orElse(null)));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate day, boolean isEmpty) {
                super.updateItem(day, isEmpty);
                setText(isEmpty || day == null ? "" : model.orElseThrow().day(day));
            }
        });
        return column;
    }

    private TableColumn<SentInvoice, BigDecimal> amount(String id, String key) {
        TableColumn<SentInvoice, BigDecimal> column = new TableColumn<>(messages.getString(key));
        column.setId(id);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().amountInclTax().orElse(null)));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(BigDecimal value, boolean isEmpty) {
                super.updateItem(value, isEmpty);
                setText(isEmpty || value == null ? "" : model.orElseThrow().money(value));
            }
        });
        return column;
    }
}
