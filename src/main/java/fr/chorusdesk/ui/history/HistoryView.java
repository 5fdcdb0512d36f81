package fr.chorusdesk.ui.history;

import fr.chorusdesk.domain.InvoiceKind;
import fr.chorusdesk.domain.SentInvoice;
import fr.chorusdesk.domain.StatusChange;
import fr.chorusdesk.service.HistoryActions;
import fr.chorusdesk.service.HistoryCsv;
import fr.chorusdesk.service.HistoryFilter;
import fr.chorusdesk.service.HistoryService;
import fr.chorusdesk.service.StatusLabels;
import fr.chorusdesk.service.StatusNotice;
import fr.chorusdesk.service.StatusSyncService;
import fr.chorusdesk.service.SyncReport;
import fr.chorusdesk.service.SyncSchedule;
import fr.chorusdesk.service.UserMessages;
import fr.chorusdesk.ui.common.EmptyState;
import fr.chorusdesk.ui.common.LatestOnly;
import fr.chorusdesk.ui.common.TaskRunner;
import fr.chorusdesk.ui.drafts.DraftOpener;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
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
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Historique": every invoice sent or imported, sortable, filtered by status and searched by
 * number, recipient or id; per invoice, the dated timeline of its statuses with Chorus Pro's
 * comments and what to do next. A status the app does not know is shown by its code.
 */
public final class HistoryView extends StackPane {

    /** Chooses the documents to add to a suspended invoice; empty when the user cancels. */
    @FunctionalInterface
    public interface DocumentPicker {
        List<Path> pick(Window owner, String title);
    }

    private static final Logger LOG = LoggerFactory.getLogger(HistoryView.class);

    /** The statuses offered in the filter; any other still shows in the table, by its code. */
    private static final List<String> FILTER_STATUSES = List.of("DEPOSEE", "EN_COURS_ACHEMINEMENT",
            "MISE_A_DISPOSITION", "SUSPENDUE", "COMPLETEE", "A_RECYCLER", "SERVICE_FAIT", "MANDATEE",
            "MISE_EN_PAIEMENT", "REJETEE");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final ResourceBundle messages;
    private final HistoryService history;
    private final Optional<HistoryActions> actions;
    private final Optional<StatusSyncService> sync;
    private final TaskRunner tasks;
    /** The history read under way: a newer filter (each keystroke) drops an older read's answer. */
    private final LatestOnly reads;
    private final Button syncButton = new Button();
    private final DraftOpener opener;
    private final Consumer<Throwable> onError;
    private final StatusLabels labels;
    private final ObservableList<SentInvoice> rows = FXCollections.observableArrayList();
    private final TableView<SentInvoice> table = new TableView<>();
    private final TextField search = new TextField();
    private final ComboBox<String> statusFilter = new ComboBox<>();
    /** "" for every profile, else a profile id (shown by its name). */
    private final ComboBox<String> profileFilter = new ComboBox<>();
    private final Label notice = new Label();
    private final javafx.scene.control.DatePicker depositedFrom = new javafx.scene.control.DatePicker();
    private final javafx.scene.control.DatePicker depositedTo = new javafx.scene.control.DatePicker();
    private final ComboBox<Integer> syncInterval = new ComboBox<>();
    private final UserMessages problems;
    private DocumentPicker documents = HistoryView::chooseDocuments;
    /** What the last action did, kept at the head of the notice when the sync it starts reports changes. */
    private Optional<String> actionDone = Optional.empty();
    private java.util.function.UnaryOperator<String> profileName = java.util.function.UnaryOperator.identity();
    private final VBox detail = new VBox(8);
    private final EmptyState empty;
    private final BorderPane content = new BorderPane();
    private final Button importButton = new Button();
    private Optional<fr.chorusdesk.ui.DraftsAndHistory.Importer> importer = Optional.empty();

    /** Today's empty state only, for a window built without storage. */
    public HistoryView(ResourceBundle messages) {
        this.messages = messages;
        this.history = null;
        this.actions = Optional.empty();
        this.sync = Optional.empty();
        this.tasks = null;
        this.reads = null;
        this.opener = d -> { };
        this.onError = e -> { };
        this.labels = new StatusLabels(Locale.FRENCH);
        this.problems = new UserMessages(Locale.FRENCH);
        setId("history");
        empty = emptyState();
        getChildren().add(empty);
    }

    public HistoryView(ResourceBundle messages, Locale locale, HistoryService history, Optional<HistoryActions> actions,
            Optional<StatusSyncService> sync, TaskRunner tasks, DraftOpener opener, Consumer<Throwable> onError) {
        this.messages = Objects.requireNonNull(messages);
        this.history = Objects.requireNonNull(history);
        this.actions = Objects.requireNonNull(actions);
        this.sync = Objects.requireNonNull(sync);
        this.tasks = Objects.requireNonNull(tasks);
        this.reads = tasks.latestOnly();
        this.opener = Objects.requireNonNull(opener);
        this.onError = Objects.requireNonNull(onError);
        this.labels = new StatusLabels(locale);
        this.problems = new UserMessages(locale);
        setId("history");
        empty = emptyState();
        buildContent();
        getChildren().addAll(content, empty);
        sync.ifPresent(s -> s.addListener(report -> Platform.runLater(() -> announce(report))));
        // one sync at a time, whoever started it (the timer, this button, an action): the button waits for it
        sync.ifPresent(s -> s.addActivityListener(running -> Platform.runLater(() -> syncButton.setDisable(running))));
        refresh();
    }

    private EmptyState emptyState() {
        return new EmptyState("historyEmpty", messages.getString("history.empty.title"),
                messages.getString("history.empty.text"));
    }

    private void buildContent() {
        search.setId("historySearch");
        search.setPromptText(messages.getString("history.search.prompt"));
        search.textProperty().addListener((o, a, b) -> refresh());
        statusFilter.setId("historyStatusFilter");
        statusFilter.getItems().add("");
        statusFilter.getItems().addAll(FILTER_STATUSES);
        statusFilter.setValue("");
        statusFilter.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null || code.isEmpty() ? messages.getString("history.filter.all") : labels.label(code);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        statusFilter.valueProperty().addListener((o, a, b) -> refresh());
        profileFilter.setId("historyProfileFilter");
        profileFilter.setAccessibleText(messages.getString("history.filter.allProfiles"));
        profileFilter.getItems().add("");
        profileFilter.setValue("");
        profileFilter.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String id) {
                return id == null || id.isEmpty() ? messages.getString("history.filter.allProfiles")
                        : profileName.apply(id);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        // one profile only: nothing to choose
        profileFilter.visibleProperty().bind(javafx.beans.binding.Bindings.size(profileFilter.getItems()).greaterThan(2));
        profileFilter.managedProperty().bind(profileFilter.visibleProperty());
        profileFilter.valueProperty().addListener((o, a, b) -> {
            if (!updatingProfiles) {
                refresh();
            }
        });
        syncButton.setText(messages.getString("history.action.sync"));
        syncButton.setId("historySync");
        syncButton.setDisable(sync.isEmpty());
        syncButton.setOnAction(e -> syncNow());
        Button export = new Button(messages.getString("history.action.export"));
        export.setId("historyExport");
        export.setOnAction(e -> exportCsv());
        importButton.setText(messages.getString("history.action.import"));
        importButton.setId("historyImport");
        importButton.setDisable(true);
        importButton.setOnAction(e -> importFromChorus());
        HBox bar = new HBox(8, search, statusFilter, profileFilter, syncButton, importButton, export);
        HBox.setHgrow(search, Priority.ALWAYS);
        depositedFrom.setId("historyFrom");
        depositedTo.setId("historyTo");
        for (javafx.scene.control.DatePicker picker : List.of(depositedFrom, depositedTo)) {
            picker.setPrefWidth(140);
            picker.setPromptText(messages.getString("wizard.date.prompt"));
            picker.setConverter(new fr.chorusdesk.ui.common.DayTextConverter(messages));
            picker.valueProperty().addListener((o, a, b) -> refresh());
        }
        depositedFrom.setAccessibleText(messages.getString("history.filter.from"));
        depositedTo.setAccessibleText(messages.getString("history.filter.to"));
        Label from = new Label(messages.getString("history.filter.from"));
        from.setLabelFor(depositedFrom);
        Label to = new Label(messages.getString("history.filter.to"));
        to.setLabelFor(depositedTo);
        Button clearDates = new Button(messages.getString("history.filter.clearDates"));
        clearDates.setId("historyClearDates");
        clearDates.setOnAction(e -> {
            depositedFrom.setValue(null);
            depositedTo.setValue(null);
        });
        syncInterval.setId("historySyncInterval");
        syncInterval.setAccessibleText(messages.getString("history.sync.interval.label"));
        syncInterval.getItems().setAll(SyncSchedule.CHOICES);
        syncInterval.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer minutes) {
                return minutes == null ? "" : MessageFormat.format(messages.getString("history.sync.interval"), minutes);
            }

            @Override
            public Integer fromString(String text) {
                return null;
            }
        });
        syncInterval.setVisible(false);
        syncInterval.setManaged(false);
        Label syncLabel = new Label(messages.getString("history.sync.interval.label"));
        syncLabel.setLabelFor(syncInterval);
        syncLabel.visibleProperty().bind(syncInterval.visibleProperty());
        syncLabel.managedProperty().bind(syncInterval.managedProperty());
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox dates = new HBox(8, from, depositedFrom, to, depositedTo, clearDates, gap, syncLabel, syncInterval);
        dates.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        from.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        to.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        syncLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        notice.setId("historyNotice");
        notice.getStyleClass().add("notice-text");
        notice.setWrapText(true);
        VBox top = new VBox(6, bar, dates, notice);
        top.setPadding(new Insets(12, 12, 8, 12));

        table.setId("historyTable");
        SortedList<SentInvoice> sorted = new SortedList<>(rows);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getColumns().add(text("historyStatus", "history.column.status", i -> labels.label(i.status())));
        table.getColumns().add(text("historyRecipient", "history.column.recipient", SentInvoice::recipientSiret));
        table.getColumns().add(text("historyNumber", "history.column.number", SentInvoice::invoiceNumber));
        table.getColumns().add(date("historyInvoiceDate", "history.column.invoiceDate", SentInvoice::invoiceDate));
        table.getColumns().add(date("historyDepositDate", "history.column.depositDate", SentInvoice::depositDate));
        table.getColumns().add(amount("historyAmount", "history.column.amount"));
        table.getColumns().add(text("historyProfile", "history.column.profile", i -> profileName.apply(i.profile())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, chosen) -> showDetail(chosen));

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
        String status = Optional.ofNullable(statusFilter.getValue()).orElse("");
        String profile = Optional.ofNullable(profileFilter.getValue()).orElse("");
        HistoryFilter chosen = HistoryFilter.ALL.withText(search.getText())
                .withStatuses(status.isEmpty() ? Set.of() : Set.of(status))
                .withDepositedFrom(Optional.ofNullable(depositedFrom.getValue()))
                .withDepositedTo(Optional.ofNullable(depositedTo.getValue()));
        HistoryFilter filter = profile.isEmpty() ? chosen : new HistoryFilter(chosen.text(), chosen.statuses(),
                Optional.of(profile), chosen.depositedFrom(), chosen.depositedTo());
        reads.run(() -> List.of(history.profiles(), history.find(filter)), result -> {
            @SuppressWarnings("unchecked")
            List<String> profiles = (List<String>) result.get(0);
            boolean nothingAtAll = profiles.isEmpty();
            showProfiles(profiles);
            @SuppressWarnings("unchecked")
            List<SentInvoice> found = (List<SentInvoice>) result.get(1);
            String selectedId = Optional.ofNullable(table.getSelectionModel().getSelectedItem()).map(SentInvoice::id)
                    .orElse(null);
            rows.setAll(found);
            empty.setVisible(nothingAtAll);
            content.setVisible(!nothingAtAll);
            if (selectedId != null) {
                table.getItems().stream().filter(i -> i.id().equals(selectedId)).findFirst()
                        .ifPresent(i -> table.getSelectionModel().select(i));
            }
        }, this::failed);
    }

    private boolean updatingProfiles;

    /** The profile choice lists the profiles the history holds, keeping the one chosen. */
    private void showProfiles(List<String> profiles) {
        List<String> items = new java.util.ArrayList<>();
        items.add("");
        items.addAll(profiles);
        if (!items.equals(profileFilter.getItems())) {
            String chosen = profileFilter.getValue();
            updatingProfiles = true;
            try {
                profileFilter.getItems().setAll(items);
                profileFilter.setValue(items.contains(chosen) ? chosen : "");
            } finally {
                updatingProfiles = false;
            }
        }
    }

    /** Shows each invoice's profile by the name the user gave it. */
    public HistoryView withProfileNames(java.util.function.UnaryOperator<String> names) {
        profileName = Objects.requireNonNull(names);
        table.refresh();
        return this;
    }

    /** Offers the choice of the sync interval, saved in the settings. */
    public HistoryView withSchedule(Optional<SyncSchedule> value) {
        value.ifPresent(schedule -> {
            syncInterval.setValue(schedule.minutes());
            syncInterval.setVisible(true);
            syncInterval.setManaged(true);
            syncInterval.valueProperty().addListener((o, before, minutes) -> {
                if (minutes != null && !minutes.equals(before)) {
                    tasks.run(() -> {
                        schedule.change(minutes);
                        return minutes;
                    }, m -> say(MessageFormat.format(messages.getString("history.sync.interval.saved"),
                            m)), this::failed);
                }
            });
        });
        return this;
    }

    /** How documents are chosen for a suspended invoice (a file chooser unless a test says otherwise). */
    public HistoryView withDocumentPicker(DocumentPicker value) {
        documents = Objects.requireNonNull(value);
        return this;
    }

    /**
     * A failed action says why in the notice line, in French, and loses nothing: the history on
     * disk is only changed by a successful action. The log keeps the technical detail; only a
     * failure no use case expects (a bug) goes on to the error report.
     */
    private void failed(Throwable failure) {
        say(problems.describe(failure), true);
        if (problems.isExpected(failure)) {
            LOG.warn("History action failed: {}", failure.toString());
        } else {
            // a bug, not bad input: the crash report is how it gets fixed
            onError.accept(failure);
        }
    }

    /** Offers the import from Chorus Pro when the profile can reach it. */
    public HistoryView withImporter(Optional<fr.chorusdesk.ui.DraftsAndHistory.Importer> value) {
        importer = Objects.requireNonNull(value);
        importButton.setDisable(value.isEmpty());
        if (value.isPresent() && empty.isVisible()) {
            // the empty state would hide the button: offer the import there too
            Button fromEmpty = new Button(messages.getString("history.action.import"));
            fromEmpty.setId("historyImportFromEmpty");
            fromEmpty.setOnAction(e -> importFromChorus());
            empty.getChildren().add(fromEmpty);
        }
        return this;
    }

    private void importFromChorus() {
        if (importer.isEmpty()) {
            return;
        }
        javafx.scene.control.Dialog<javafx.scene.control.ButtonType> dialog = new javafx.scene.control.Dialog<>();
        dialog.setTitle(messages.getString("history.import.title"));
        dialog.setHeaderText(messages.getString("history.import.text"));
        javafx.scene.control.DatePicker from = new javafx.scene.control.DatePicker(
                LocalDate.now().minusYears(1).withDayOfYear(1));
        javafx.scene.control.DatePicker to = new javafx.scene.control.DatePicker(LocalDate.now());
        from.setConverter(new fr.chorusdesk.ui.common.DayTextConverter(messages));
        to.setConverter(new fr.chorusdesk.ui.common.DayTextConverter(messages));
        dialog.getDialogPane().setContent(new HBox(8, new Label(messages.getString("history.import.from")), from,
                new Label(messages.getString("history.import.to")), to));
        dialog.getDialogPane().getButtonTypes().addAll(javafx.scene.control.ButtonType.OK,
                javafx.scene.control.ButtonType.CANCEL);
        if (dialog.showAndWait().filter(javafx.scene.control.ButtonType.OK::equals).isEmpty()
                || from.getValue() == null || to.getValue() == null || to.getValue().isBefore(from.getValue())) {
            return;
        }
        importButton.setDisable(true);
        say(messages.getString("history.import.running"));
        tasks.run(() -> importer.get().run(from.getValue(), to.getValue(), (done, pages, soFar) -> onFx(() ->
                say(MessageFormat.format(messages.getString("history.import.progress"), done, pages,
                        soFar)))), result -> {
                            importButton.setDisable(false);
                            say(MessageFormat.format(messages.getString("history.import.done"),
                                    result.found(), result.added()));
                            refresh();
                        }, failure -> {
                            importButton.setDisable(false);
                            failed(failure);
                        });
    }

    /** Progress comes from the worker thread; run at once when already on the FX thread, so it never lands after the result. */
    private static void onFx(Runnable update) {
        if (Platform.isFxApplicationThread()) {
            update.run();
        } else {
            Platform.runLater(update);
        }
    }

    private void announce(SyncReport report) {
        if (!report.changed().isEmpty()) {
            String changes = String.join("\n", report.changed().stream().map(StatusNotice::message).toList());
            say(actionDone.map(done -> done + "\n" + changes).orElse(changes));
            actionDone = Optional.empty();
        }
        refresh();
    }

    private void showDetail(SentInvoice invoice) {
        detail.getChildren().clear();
        if (invoice == null) {
            detail.getChildren().add(new Label(messages.getString("history.detail.none")));
            return;
        }
        Label title = new Label(invoice.invoiceNumber());
        title.getStyleClass().add("detail-title");
        Label status = new Label(labels.label(invoice.status()));
        status.setId("historyDetailStatus");
        Label ids = new Label(MessageFormat.format(messages.getString("history.detail.ids"),
                invoice.invoiceId().map(String::valueOf).orElse("—"),
                invoice.depositCertificate().orElse("—")));
        ids.setWrapText(true);
        ListView<StatusChange> timeline = new ListView<>(FXCollections.observableArrayList(invoice.timeline()));
        timeline.setId("historyTimeline");
        timeline.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(StatusChange change, boolean isEmpty) {
                super.updateItem(change, isEmpty);
                setWrapText(true);
                setPrefWidth(0); // wrap to the list's width instead of widening it
                setText(isEmpty || change == null ? null : MOMENT.format(change.at()) + " — "
                        + labels.label(change.code()) + change.comment().map(c -> "\n" + c).orElse(""));
            }
        });
        VBox.setVgrow(timeline, Priority.ALWAYS);
        Label next = new Label(labels.nextAction(invoice.status()));
        next.setId("historyNextAction");
        next.setWrapText(true);
        next.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        ids.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        detail.getChildren().addAll(title, status, ids);
        if (!invoice.documents().isEmpty()) {
            Label documents = new Label(messages.getString("history.detail.documents") + "\n" + String.join("\n",
                    invoice.documents().stream().map(d -> MessageFormat.format(
                            messages.getString("history.detail.document"), d.name(),
                            d.typeLabel().isEmpty() ? "—" : d.typeLabel())).toList()));
            documents.setId("historyDocuments");
            documents.setWrapText(true);
            documents.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            detail.getChildren().add(documents);
        }
        detail.getChildren().addAll(new Label(messages.getString("history.detail.timeline")), timeline, next);
        actions.ifPresent(a -> detail.getChildren().add(actionButtons(a, invoice)));
    }

    private HBox actionButtons(HistoryActions a, SentInvoice invoice) {
        HBox buttons = new HBox(8);
        switch (invoice.status()) {
            case "SUSPENDUE" -> buttons.getChildren().add(button("historyComplete", "history.action.complete",
                    () -> complete(a, invoice)));
            case "A_RECYCLER" -> buttons.getChildren().add(button("historyRecycle", "history.action.recycle",
                    () -> recycle(a, invoice)));
            case "REJETEE" -> buttons.getChildren().addAll(
                    button("historyRedraft", "history.action.redraft", () -> redraft(a, invoice, InvoiceKind.FACTURE)),
                    button("historyCreditNote", "history.action.creditNote",
                            () -> redraft(a, invoice, InvoiceKind.AVOIR)));
            default -> { }
        }
        return buttons;
    }

    private void complete(HistoryActions a, SentInvoice invoice) {
        List<Path> files = documents.pick(getScene().getWindow(), messages.getString("history.action.complete"));
        if (files.isEmpty()) {
            return;
        }
        tasks.run(() -> {
            a.complete(invoice.id(), files, Optional.empty());
            return invoice.id();
        }, id -> done(MessageFormat.format(messages.getString("history.complete.done"), invoice.invoiceNumber(),
                files.size())), this::failed);
    }

    private void recycle(HistoryActions a, SentInvoice invoice) {
        TextInputDialog dialog = new TextInputDialog(invoice.sent().flatMap(d -> d.serviceCode()).orElse(""));
        dialog.setTitle(messages.getString("history.action.recycle"));
        dialog.setHeaderText(messages.getString("history.recycle.serviceCode"));
        dialog.showAndWait().ifPresent(code -> tasks.run(() -> a.recycle(invoice.id(), invoice.recipientSiret(),
                Optional.of(code), Optional.empty(), Optional.empty()), r -> done(MessageFormat.format(
                        messages.getString("history.recycle.done"), invoice.invoiceNumber())), this::failed));
    }

    /** The notice line: what just happened, in red when it went wrong. */
    private void say(String text) {
        say(text, false);
    }

    private void say(String text, boolean warning) {
        notice.setText(text);
        notice.getStyleClass().remove("notice-warning");
        if (warning) {
            notice.getStyleClass().add("notice-warning");
        }
    }

    /** An action Chorus Pro took: say so, then read the statuses again so that its effect shows. */
    private void done(String message) {
        say(message);
        actionDone = Optional.of(message);
        syncNow();
    }

    /** Every report of the sync reaches {@link #announce}, which reads the table again. */
    private void syncNow() {
        sync.ifPresentOrElse(s -> tasks.run(s::syncNow, report -> { }, this::failed), this::refresh);
    }

    private void redraft(HistoryActions a, SentInvoice invoice, InvoiceKind kind) {
        TextInputDialog dialog = new TextInputDialog(HistoryActions.proposedNumber(invoice.invoiceNumber()));
        dialog.setTitle(messages.getString(kind == InvoiceKind.AVOIR ? "history.action.creditNote"
                : "history.action.redraft"));
        dialog.setHeaderText(messages.getString("history.redraft.number"));
        dialog.showAndWait().ifPresent(number -> tasks.run(() -> a.redraft(invoice.id(), number, kind), opener::open,
                this::failed));
    }

    private void exportCsv() {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName("historique.csv");
        var file = chooser.showSaveDialog(getScene().getWindow());
        if (file == null) {
            return;
        }
        List<SentInvoice> shown = List.copyOf(table.getItems());
        tasks.run(() -> {
            try (OutputStream out = Files.newOutputStream(file.toPath())) {
                new HistoryCsv(Locale.FRENCH).write(shown, out);
            }
            return shown.size();
        }, n -> say(MessageFormat.format(messages.getString("history.export.done"), n)), this::failed);
    }

    private static List<Path> chooseDocuments(Window owner, String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        var files = chooser.showOpenMultipleDialog(owner);
        return files == null ? List.of() : files.stream().map(java.io.File::toPath).toList();
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(messages.getString(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private TableColumn<SentInvoice, String> text(String id, String key,
            java.util.function.Function<SentInvoice, String> value) {
        TableColumn<SentInvoice, String> column = new TableColumn<>(messages.getString(key));
        column.setId(id);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }

    private TableColumn<SentInvoice, LocalDate> date(String id, String key,
            java.util.function.Function<SentInvoice, Optional<LocalDate>> value) {
        TableColumn<SentInvoice, LocalDate> column = new TableColumn<>(messages.getString(key));
        column.setId(id);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue()).orElse(null)));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate day, boolean isEmpty) {
                super.updateItem(day, isEmpty);
                setText(isEmpty || day == null ? "" : DAY.format(day));
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
                setText(isEmpty || value == null ? "" : NumberFormat.getCurrencyInstance(Locale.FRANCE).format(value));
            }
        });
        return column;
    }
}
