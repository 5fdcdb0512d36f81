package fr.chorusdesk.ui.history;

import fr.chorusdesk.domain.DisplayFormats;
import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.domain.InvoiceKind;
import fr.chorusdesk.domain.MessageBundle;
import fr.chorusdesk.domain.InvoiceStatus;
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
import fr.chorusdesk.ui.common.LatestOnly;
import fr.chorusdesk.ui.common.TaskRunner;
import fr.chorusdesk.ui.drafts.DraftOpener;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * View-model of the Historique tab: the filter (text, status, profile, deposit days), the invoices
 * it finds, the notice line, the sync (one at a time, whoever asks), the next action of each
 * status, the import from Chorus Pro and the CSV export. Holds no {@code Node}: every read and
 * action goes through the {@link TaskRunner}, so it is tested with {@code SameThreadTaskRunner}.
 *
 * <p>This class is over 300 lines because it is the whole tab's state and behaviour in one
 * place; the filter and the texts of a row are small enough to stay with it rather than scatter
 * across helpers that would each need the bundle, the labels and the profile names.
 */
public final class HistoryModel {

    /** Opens a file with the desktop's own application (the PDF sent). Blocking; off the FX thread. */
    @FunctionalInterface
    public interface FileOpener {
        void open(Path file) throws Exception;
    }

    /** What the tab works with; the actions, the sync, the import and the schedule need a client. */
    public record Sources(HistoryService history, Optional<HistoryActions> actions, Optional<StatusSyncService> sync,
                          Optional<HistoryImporter> importer, Optional<SyncSchedule> schedule,
                          UnaryOperator<String> profileNames, FileOpener files, BankAccountNames bankAccounts) {

        public Sources {
            Objects.requireNonNull(history);
            Objects.requireNonNull(actions);
            Objects.requireNonNull(sync);
            Objects.requireNonNull(importer);
            Objects.requireNonNull(schedule);
            Objects.requireNonNull(profileNames);
            Objects.requireNonNull(files);
            Objects.requireNonNull(bankAccounts);
        }
    }

    /**
     * A bank account of a profile by its Chorus Pro id ({@code codeCoordonneesBancairesFournisseur}),
     * as that profile's settings name it; empty when they do not know it (the profile deleted since).
     */
    @FunctionalInterface
    public interface BankAccountNames {
        BankAccountNames NONE = (profileId, accountId) -> Optional.empty();

        Optional<String> label(String profileId, long accountId);
    }

    /**
     * The statuses offered in the filter, those a supplier's invoice meets; any other still shows in
     * the table, by its name (or its code when the platform sends one it does not list).
     */
    public static final List<String> FILTER_STATUSES = java.util.stream.Stream.of(InvoiceStatus.A_VALIDER_1,
            InvoiceStatus.VALIDEE_1, InvoiceStatus.ABSENCE_VALIDATION_1_HORS_DELAI, InvoiceStatus.REFUSEE_1,
            InvoiceStatus.DEPOSEE, InvoiceStatus.EN_COURS_ACHEMINEMENT, InvoiceStatus.MISE_A_DISPOSITION,
            InvoiceStatus.SUSPENDUE, InvoiceStatus.COMPLETEE, InvoiceStatus.A_RECYCLER, InvoiceStatus.SERVICE_FAIT,
            InvoiceStatus.MANDATEE, InvoiceStatus.MISE_A_DISPOSITION_COMPTABLE, InvoiceStatus.COMPTABILISEE,
            InvoiceStatus.MISE_EN_PAIEMENT, InvoiceStatus.REJETEE).map(InvoiceStatus::code).toList();

    private static final Logger LOG = LoggerFactory.getLogger(HistoryModel.class);

    /** One read of the history: the profiles it holds and what the filter finds. */
    private record Page(List<String> profiles, List<SentInvoice> found) {
    }

    private final ResourceBundle messages;
    private final Locale locale;
    private final Sources sources;
    private final TaskRunner tasks;
    private final Executor uiThread;
    private final DraftOpener opener;
    private final Consumer<Throwable> onError;
    private final StatusLabels labels;
    private final UserMessages problems;
    private final LatestOnly reads;
    private UnaryOperator<String> profileNames;

    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<String> status = new SimpleObjectProperty<>("");
    private final ObjectProperty<String> profile = new SimpleObjectProperty<>("");
    private final ObjectProperty<java.time.LocalDate> depositedFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<java.time.LocalDate> depositedTo = new SimpleObjectProperty<>();

    private final ObservableList<SentInvoice> rows = FXCollections.observableArrayList();
    private final ObjectProperty<SentInvoice> selected = new SimpleObjectProperty<>();
    private final ObservableList<String> profileChoices = FXCollections.observableArrayList("");
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper noticeWarning = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper syncing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper importing = new ReadOnlyBooleanWrapper(false);
    /** What the last action did, kept at the head of the notice when the sync it starts reports changes. */
    private Optional<String> actionDone = Optional.empty();
    private boolean updatingProfiles;
    /** An invoice to show once the table is read (a link from the wizard); empty when none. */
    private Optional<String> toReveal = Optional.empty();

    /**
     * @param uiThread where reports of the sync's own threads are applied ({@code Platform::runLater}
     *                 in the app, {@code Runnable::run} in tests)
     * @param onError  a failure no use case expects (a bug): the crash report
     */
    public HistoryModel(ResourceBundle messages, Sources sources, TaskRunner tasks, Executor uiThread,
            DraftOpener opener, Consumer<Throwable> onError) {
        this.messages = Objects.requireNonNull(messages);
        this.locale = MessageBundle.language(messages.getLocale());
        this.sources = Objects.requireNonNull(sources);
        this.tasks = Objects.requireNonNull(tasks);
        this.uiThread = Objects.requireNonNull(uiThread);
        this.opener = Objects.requireNonNull(opener);
        this.onError = Objects.requireNonNull(onError);
        this.labels = new StatusLabels(locale);
        this.problems = new UserMessages(locale);
        this.reads = tasks.latestOnly();
        this.profileNames = sources.profileNames();
        text.addListener((o, a, b) -> refresh());
        status.addListener((o, a, b) -> refresh());
        profile.addListener((o, a, b) -> {
            if (!updatingProfiles) {
                refresh();
            }
        });
        depositedFrom.addListener((o, a, b) -> refresh());
        depositedTo.addListener((o, a, b) -> refresh());
        sources.sync().ifPresent(s -> {
            s.addListener(report -> uiThread.execute(() -> announce(report)));
            s.addActivityListener(running -> uiThread.execute(() -> syncing.set(running)));
        });
    }

    // ------------------------------------------------------------------ reading

    /** The filter of the table as the user set it. */
    public HistoryFilter filter() {
        String chosenStatus = Optional.ofNullable(status.get()).orElse("");
        String chosenProfile = Optional.ofNullable(profile.get()).orElse("");
        return HistoryFilter.ALL.withText(text.get())
                .withStatuses(chosenStatus.isEmpty() ? Set.of() : Set.of(chosenStatus))
                .withProfile(chosenProfile.isEmpty() ? Optional.empty() : Optional.of(chosenProfile))
                .withDepositedFrom(Optional.ofNullable(depositedFrom.get()))
                .withDepositedTo(Optional.ofNullable(depositedTo.get()));
    }

    /** Reads the history again with the current filter; an older read's answer never lands after it. */
    public void refresh() {
        HistoryFilter filter = filter();
        HistoryService history = sources.history();
        reads.run(() -> new Page(history.profiles(), history.find(filter)), page -> {
            empty.set(page.profiles().isEmpty());
            showProfiles(page.profiles());
            String selectedId = Optional.ofNullable(selected.get()).map(SentInvoice::id).orElse(null);
            rows.setAll(page.found());
            // the invoice looked at stays chosen, with what was just read about it
            String wanted = toReveal.orElse(selectedId);
            toReveal = Optional.empty();
            selected.set(page.found().stream().filter(i -> i.id().equals(wanted)).findFirst().orElse(null));
        }, this::failed);
    }

    private void showProfiles(List<String> profiles) {
        List<String> items = new java.util.ArrayList<>();
        items.add("");
        items.addAll(profiles);
        if (!items.equals(profileChoices)) {
            String chosen = profile.get();
            updatingProfiles = true;
            try {
                profileChoices.setAll(items);
                profile.set(items.contains(chosen) ? chosen : "");
            } finally {
                updatingProfiles = false;
            }
        }
    }

    /** Shows one invoice: every filter cleared, the table read again, that invoice chosen. */
    public void reveal(String historyId) {
        text.set("");
        status.set("");
        profile.set("");
        depositedFrom.set(null);
        depositedTo.set(null);
        toReveal = Optional.of(historyId);
        refresh();
    }

    /** The sync's report: its changes are said in the notice line, and the table is read again. */
    void announce(SyncReport report) {
        if (!report.changed().isEmpty()) {
            String changes = String.join("\n", report.changed().stream().map(StatusNotice::message).toList());
            say(actionDone.map(done -> done + "\n" + changes).orElse(changes), false);
            actionDone = Optional.empty();
        }
        refresh();
    }

    // ------------------------------------------------------------------ actions

    /** Reads the statuses again now (shares the sync under way, if any); without a client, the table only. */
    public void syncNow() {
        sources.sync().ifPresentOrElse(s -> tasks.run(s::syncNow, report -> { }, this::failed), this::refresh);
    }

    public boolean canSync() {
        return sources.sync().isPresent();
    }

    /** What can be done next with this invoice, in the order the buttons show. */
    public List<HistoryActions.Action> actionsFor(SentInvoice invoice) {
        return sources.actions().isEmpty() ? List.of() : HistoryActions.availableFor(invoice);
    }

    /** Adds the chosen documents to a suspended invoice; nothing happens when none was chosen. */
    public void complete(SentInvoice invoice, List<Path> files) {
        if (files.isEmpty() || sources.actions().isEmpty()) {
            return;
        }
        HistoryActions actions = sources.actions().get();
        tasks.run(() -> {
            actions.complete(invoice.id(), files, Optional.empty());
            return invoice.id();
        }, id -> done(format("history.complete.done", invoice.invoiceNumber(), files.size())), this::failed);
    }

    /** The service code proposed when correcting an invoice to recycle: the one it was sent with. */
    public String proposedServiceCode(SentInvoice invoice) {
        return invoice.sent().flatMap(InvoiceDraft::serviceCode).orElse("");
    }

    public void recycle(SentInvoice invoice, String serviceCode) {
        if (sources.actions().isEmpty()) {
            return;
        }
        HistoryActions actions = sources.actions().get();
        tasks.run(() -> actions.recycle(invoice.id(), invoice.recipientSiret(), Optional.of(serviceCode),
                Optional.empty(), Optional.empty()), r -> done(format("history.recycle.done",
                        invoice.invoiceNumber())), this::failed);
    }

    /** The number proposed for a new invoice made from a rejected one. */
    public String proposedNumber(SentInvoice invoice) {
        return HistoryActions.proposedNumber(invoice.invoiceNumber());
    }

    /** A new draft from a rejected invoice, opened in the wizard once saved. */
    public void redraft(SentInvoice invoice, String number, InvoiceKind kind) {
        if (sources.actions().isEmpty()) {
            return;
        }
        HistoryActions actions = sources.actions().get();
        tasks.run(() -> actions.redraft(invoice.id(), number, kind), opener::open, this::failed);
    }

    public boolean canImport() {
        return sources.importer().isPresent();
    }

    /** Imports the invoices deposited between two days; a range the wrong way round is not asked. */
    public void importBetween(java.time.LocalDate from, java.time.LocalDate to) {
        if (sources.importer().isEmpty() || from == null || to == null || to.isBefore(from)) {
            return;
        }
        HistoryImporter importer = sources.importer().get();
        importing.set(true);
        say(messages.getString("history.import.running"), false);
        tasks.run(() -> importer.run(from, to, (done, pages, soFar) -> uiThread.execute(() ->
                say(format("history.import.progress", done, pages, soFar), false))), result -> {
                    importing.set(false);
                    say(format("history.import.done", result.found(), result.added()), false);
                    refresh();
                }, failure -> {
                    importing.set(false);
                    failed(failure);
                });
    }

    /** Writes the invoices shown, in the order shown, as CSV in the interface language. */
    public void export(List<SentInvoice> shown, Path file) {
        List<SentInvoice> copy = List.copyOf(shown);
        tasks.run(() -> new HistoryCsv(locale).export(copy, file),
                n -> say(format("history.export.done", n), false), this::failed);
    }

    /** Opens the PDF that was sent (the copy the history keeps) with the desktop's PDF reader. */
    public void openSentPdf(SentInvoice invoice) {
        Optional<Path> pdf = sentPdf(invoice);
        if (pdf.isEmpty()) {
            return;
        }
        tasks.run(() -> {
            if (!Files.isRegularFile(pdf.get())) {
                return false;
            }
            sources.files().open(pdf.get());
            return true;
        }, opened -> {
            if (!opened) {
                say(format("history.detail.pdfMissing", pdf.get().getFileName()), true);
            }
        }, this::failed);
    }

    /** The PDF kept with the history for this invoice; empty for an invoice imported from Chorus Pro. */
    public Optional<Path> sentPdf(SentInvoice invoice) {
        return invoice.sent().flatMap(InvoiceDraft::pdf).map(p -> Path.of(p.path()));
    }

    /** Saves the interval of the status sync; the next sync comes after it. */
    public void changeSyncInterval(int minutes) {
        if (sources.schedule().isEmpty()) {
            return;
        }
        SyncSchedule schedule = sources.schedule().get();
        tasks.run(() -> {
            schedule.change(minutes);
            return minutes;
        }, m -> say(format("history.sync.interval.saved", m), false), this::failed);
    }

    /** The interval of the status sync now, when the user can choose it. */
    public Optional<Integer> syncMinutes() {
        return sources.schedule().map(SyncSchedule::minutes);
    }

    /** An action Chorus Pro took: say so, then read the statuses again so that its effect shows. */
    private void done(String message) {
        say(message, false);
        actionDone = Optional.of(message);
        syncNow();
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
            onError.accept(failure);
        }
    }

    private void say(String message, boolean warning) {
        notice.set(message);
        noticeWarning.set(warning);
    }

    private String format(String key, Object... args) {
        return MessageBundle.format(messages, key, args);
    }

    // ------------------------------------------------------------------ texts of a row

    /** Shows each invoice's profile by the name the user gave it. */
    public void useProfileNames(UnaryOperator<String> names) {
        profileNames = Objects.requireNonNull(names);
    }

    public String profileName(String id) {
        return id == null || id.isEmpty() ? messages.getString("history.filter.allProfiles") : profileNames.apply(id);
    }

    public String statusLabel(String code) {
        return code == null || code.isEmpty() ? messages.getString("history.filter.all") : labels.label(code);
    }

    /** Said when the invoice went as a plain PDF (its Factur-X XML removed); empty otherwise. */
    public java.util.Optional<String> plainPdfNote(SentInvoice invoice) {
        return invoice.facturXRemoved() ? java.util.Optional.of(messages.getString("history.plainPdf"))
                : java.util.Optional.empty();
    }

    public String nextAction(SentInvoice invoice) {
        return labels.nextAction(invoice);
    }

    public String day(java.time.LocalDate day) {
        return day == null ? "" : DisplayFormats.day(day);
    }

    public String money(BigDecimal amount) {
        return amount == null ? "" : DisplayFormats.money(amount, locale);
    }

    /** A line of the timeline: when, the status in words, and Chorus Pro's comment below. */
    public String timelineLine(StatusChange change) {
        return DisplayFormats.minute(change.at()) + " — " + labels.label(change.code())
                + change.comment().map(c -> "\n" + c).orElse("");
    }

    /** The recipient as the table shows it: its name, else its SIRET (an entry older than names). */
    public String recipient(SentInvoice invoice) {
        return invoice.recipientName().orElse(invoice.recipientSiret());
    }

    /** The recipient in the details: name and SIRET. */
    public String recipientLine(SentInvoice invoice) {
        return invoice.recipientName().map(name -> format("history.detail.recipient", name, invoice.recipientSiret()))
                .orElseGet(() -> format("history.detail.recipientSiret", invoice.recipientSiret()));
    }

    /** The amounts in the details: excl. tax, VAT (when it was sent) and incl. tax; empty when none is known. */
    public String amountsLine(SentInvoice invoice) {
        List<String> parts = new java.util.ArrayList<>();
        invoice.amountExclTax().ifPresent(a -> parts.add(format("history.detail.excl", money(a))));
        invoice.sent().flatMap(InvoiceDraft::vatAmount).ifPresent(a -> parts.add(format("history.detail.vat", money(a))));
        invoice.amountInclTax().ifPresent(a -> parts.add(format("history.detail.incl", money(a))));
        return String.join(" · ", parts);
    }

    /**
     * The bank account the invoice named for its payment, by the profile's name for it, else its
     * number; empty when the invoice named none (Chorus Pro then uses the structure's own).
     */
    public Optional<String> bankAccountLine(SentInvoice invoice) {
        return invoice.sent().flatMap(InvoiceDraft::bankAccountId).map(id -> format("history.detail.bankAccount",
                sources.bankAccounts().label(invoice.profile(), id)
                        .orElseGet(() -> format("history.detail.bankAccountId", String.valueOf(id)))));
    }

    public String ids(SentInvoice invoice) {
        return format("history.detail.ids", invoice.invoiceId().map(String::valueOf).orElse("—"),
                invoice.depositCertificate().orElse("—"));
    }

    /** The supporting documents sent with it, one per line; empty when there were none. */
    public String documents(SentInvoice invoice) {
        if (invoice.documents().isEmpty()) {
            return "";
        }
        return messages.getString("history.detail.documents") + "\n" + String.join("\n",
                invoice.documents().stream().map(d -> format("history.detail.document", d.name(),
                        d.typeLabel().isEmpty() ? "—" : d.typeLabel())).toList());
    }

    public String syncIntervalText(Integer minutes) {
        return minutes == null ? "" : format("history.sync.interval", minutes);
    }

    // ------------------------------------------------------------------ properties

    public StringProperty textProperty() {
        return text;
    }

    /** "" for every status, else a status code. */
    public ObjectProperty<String> statusProperty() {
        return status;
    }

    /** "" for every profile, else a profile id. */
    public ObjectProperty<String> profileProperty() {
        return profile;
    }

    public ObjectProperty<java.time.LocalDate> depositedFromProperty() {
        return depositedFrom;
    }

    public ObjectProperty<java.time.LocalDate> depositedToProperty() {
        return depositedTo;
    }

    /** The invoices the filter finds, the most recently deposited first. */
    public ObservableList<SentInvoice> rows() {
        return rows;
    }

    /** The invoice whose details are shown; null when none is chosen. */
    public ObjectProperty<SentInvoice> selectedProperty() {
        return selected;
    }

    /** "" (every profile) then each profile the history holds. */
    public ObservableList<String> profileChoices() {
        return profileChoices;
    }

    /** True when the history holds nothing at all (not: nothing matches the filter). */
    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** True when the notice says something went wrong. */
    public ReadOnlyBooleanProperty noticeWarningProperty() {
        return noticeWarning.getReadOnlyProperty();
    }

    /** True while a sync runs, whoever started it: "Actualiser" waits for it. */
    public ReadOnlyBooleanProperty syncingProperty() {
        return syncing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty importingProperty() {
        return importing.getReadOnlyProperty();
    }
}
