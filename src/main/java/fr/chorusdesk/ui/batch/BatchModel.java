package fr.chorusdesk.ui.batch;

import fr.chorusdesk.domain.DraftField;
import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.domain.SupplierIdentity;
import fr.chorusdesk.service.Batch;
import fr.chorusdesk.service.BatchRow;
import fr.chorusdesk.service.BatchService;
import fr.chorusdesk.service.BatchStatus;
import fr.chorusdesk.service.UserMessages;
import fr.chorusdesk.ui.common.TaskRunner;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The batch tab: the current batch's rows, their reading and sending, what can be done with them.
 * A batch belongs to the profile active when it was started; it is sent only while that profile is
 * the active one. Every call that touches files or Chorus Pro goes through the {@link TaskRunner};
 * the batch's news reaches the rows through {@link BatchUpdates}, a burst at a time. Holds no
 * {@code Node}.
 *
 * <p>Over 300 lines because it is the whole tab's state: the rows as they load, edits and column
 * fills, the send with its confirmation and progress, and the batch of another profile.
 */
public final class BatchModel {

    private final TaskRunner tasks;
    private final Executor uiThread;
    private final ResourceBundle messages;
    private final UserMessages failures;
    private final UnaryOperator<String> profileNames;
    private final Supplier<String> activeProfile;
    private final BatchTexts texts;
    private final ObservableList<BatchRowItem> rows = FXCollections.observableArrayList();
    private final Map<String, BatchRowItem> byId = new HashMap<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper sending = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper ready = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyIntegerWrapper interrupted = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper ownProfile = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<SupplierIdentity> supplier = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding canSend;
    private Optional<BatchService> service = Optional.empty();
    private Optional<Batch> batch = Optional.empty();
    private BatchUpdates updates;

    public BatchModel(TaskRunner tasks, Executor uiThread, ResourceBundle messages, UnaryOperator<String> profileNames,
            Supplier<String> activeProfile) {
        this.tasks = Objects.requireNonNull(tasks);
        this.uiThread = Objects.requireNonNull(uiThread);
        this.messages = Objects.requireNonNull(messages);
        this.profileNames = Objects.requireNonNull(profileNames);
        this.activeProfile = Objects.requireNonNull(activeProfile);
        this.failures = new UserMessages(messages.getLocale() == null ? java.util.Locale.FRENCH : messages.getLocale());
        this.texts = new BatchTexts(messages);
        canSend = Bindings.createBooleanBinding(() -> ready.get() > 0 && !sending.get() && ownProfile.get()
                && supplier.get() != null, ready, sending, ownProfile, supplier);
    }

    /**
     * The active profile's services (again after the user picked another profile): the batch shown
     * is reopened on them, so that it is checked, and sent, with the profile's own Chorus Pro.
     */
    public void install(BatchService batches, ObservableValue<SupplierIdentity> supplierIds) {
        service = Optional.of(batches);
        supplier.bind(supplierIds);
        available.set(true);
        batch.ifPresentOrElse(b -> open(b.id()), this::offerInterrupted);
    }

    // ------------------------------------------------------------------ batches

    /** Adds PDFs, or the PDFs of folders, to the batch shown; starts one for the active profile if none. */
    public void add(List<Path> files) {
        if (files.isEmpty() || service.isEmpty()) {
            return;
        }
        if (batch.isEmpty()) {
            String profile = activeProfile.get();
            BatchUpdates news = listener();
            run(() -> opened(service.get().start(profile, news)), started -> {
                show(started, news);
                add(files);
            });
            return;
        }
        Batch current = batch.get();
        run(() -> current.add(files), added -> notice.set(added.duplicateFiles().isEmpty() ? ""
                : MessageFormat.format(messages.getString("batch.notice.duplicates"),
                        String.join(", ", added.duplicateFiles()))));
    }

    /** Puts the current batch aside (it stays in Brouillons); the next PDFs start a new one. */
    public void newBatch() {
        batch.ifPresent(Batch::close);
        batch = Optional.empty();
        if (updates != null) {
            updates.stop();
        }
        rows.clear();
        byId.clear();
        arriving.clear();
        title.set("");
        notice.set("");
        progress.set(-1);
        interrupted.set(0);
        recount();
    }

    /** Shows a batch kept on disk, every row worked out again (and what an interrupted sending left). */
    public void open(String batchId) {
        if (service.isEmpty()) {
            return;
        }
        BatchUpdates news = listener();
        run(() -> opened(service.get().open(batchId, news)), opened -> show(opened, news));
    }

    private void offerInterrupted() {
        String profile = activeProfile.get();
        run(() -> service.get().list().stream().filter(s -> s.profile().equals(profile) && s.interrupted() > 0)
                .findFirst(), found -> found.ifPresent(s -> open(s.id())));
    }

    /** A batch and its rows as they stand, read off the FX thread: it never waits for the batch's lock. */
    private record Opened(Batch batch, List<BatchRow> rows) {
    }

    private static Opened opened(Batch batch) {
        return new Opened(batch, batch.rows());
    }

    private void show(Opened found, BatchUpdates news) {
        Batch opened = found.batch();
        newBatch();
        updates = news;
        batch = Optional.of(opened);
        found.rows().forEach(r -> arriving.put(r.id(), r));
        addArriving();
        title.set(texts.title(opened, profileNames.apply(opened.profile())));
        recount();
        // what an interrupted sending left is known once every row is worked out again
        sayInterrupted = true;
        sayInterrupted();
    }

    private boolean sayInterrupted;

    private void sayInterrupted() {
        if (!sayInterrupted || batch.isEmpty() || !arriving.isEmpty()
                || rows.stream().anyMatch(i -> i.row().status() == BatchStatus.READING)) {
            return;
        }
        sayInterrupted = false;
        Batch current = batch.get();
        run(() -> current.interrupted().size(), left -> {
            interrupted.set(left);
            if (left > 0 && batch.equals(Optional.of(current))) {
                notice.set(MessageFormat.format(messages.getString("batch.notice.interrupted"), left));
            }
        });
    }

    // ------------------------------------------------------------------ rows

    public void edit(String id, DraftField field, String text) {
        withBatch(b -> run(() -> b.edit(id, field, text), row -> { }));
    }

    /** One value in one column for every row chosen that can still change. */
    public void fill(List<String> ids, DraftField field, String text) {
        withBatch(b -> run(() -> b.fill(ids, field, text), changed -> notice.set(MessageFormat.format(
                messages.getString("batch.notice.filled"), changed.size()))));
    }

    public void takeReadValues(List<String> ids) {
        withBatch(b -> run(() -> b.takeReadValues(ids), changed -> { }));
    }

    public void takeContractCards(List<String> ids) {
        withBatch(b -> run(() -> b.takeContractCards(ids), changed -> { }));
    }

    public void remove(List<String> ids) {
        withBatch(b -> run(() -> {
            b.remove(ids);
            return ids;
        }, removed -> { }));
    }

    /** Reads the rows again: one may have been changed, or sent, in the wizard. */
    public void refresh() {
        withBatch(b -> run(() -> {
            b.refresh();
            return b;
        }, done -> { }));
    }

    /** The row's invoice, to open it in the wizard when it needs more than a cell. */
    public Optional<InvoiceDraft> draftOf(String id) {
        return Optional.ofNullable(byId.get(id)).map(BatchRowItem::row).filter(r -> r.status().editable())
                .flatMap(BatchRow::draft);
    }

    // ------------------------------------------------------------------ sending

    /** What the confirmation says: how many, the total TTC per recipient, the profile. */
    public String confirmation() {
        List<BatchRow> toSend = rows.stream().map(BatchRowItem::row).filter(r -> r.status().sendable()).toList();
        return texts.confirmation(toSend, batch.map(b -> profileNames.apply(b.profile())).orElse(""));
    }

    /** Sends every ready row (and checks those whose answer was lost), one at a time. */
    public void send() {
        List<String> ids = rows.stream().map(BatchRowItem::row).filter(r -> r.status().sendable())
                .map(BatchRow::id).toList();
        sendRows(ids);
    }

    private void sendRows(List<String> ids) {
        SupplierIdentity from = supplier.get();
        if (batch.isEmpty() || from == null || ids.isEmpty() || !ownProfile.get()) {
            return;
        }
        Batch current = batch.get();
        sending.set(true);
        notice.set("");
        tasks.run(() -> current.send(ids, from), sent -> {
            sending.set(false);
            progress.set(-1);
            notice.set(texts.sent(sent));
            recount();
        }, failure -> {
            sending.set(false);
            progress.set(-1);
            notice.set(failures.describe(failure));
            recount();
        });
    }

    /** Writes the batch's result as CSV (the history export's format). */
    public void export(Path file) {
        withBatch(b -> run(() -> {
            try (OutputStream out = Files.newOutputStream(file)) {
                b.export(out);
            }
            return file;
        }, written -> notice.set(MessageFormat.format(messages.getString("batch.notice.exported"),
                written.getFileName()))));
    }

    /** Stops reading; the batch stays on disk. */
    public void close() {
        batch.ifPresent(Batch::close);
    }

    // ------------------------------------------------------------------ internals

    private BatchUpdates listener() {
        BatchUpdates[] self = new BatchUpdates[1];
        self[0] = new BatchUpdates(uiThread, news -> {
            if (self[0] == updates) {
                apply(news);
            }
        });
        return self[0];
    }

    /** Rows new or changed, not shown yet: a few per turn of the FX thread, each row's latest state. */
    private final java.util.LinkedHashMap<String, BatchRow> arriving = new java.util.LinkedHashMap<>();
    private static final int ROWS_PER_TURN = 4;

    private void apply(BatchUpdates.News news) {
        news.removed().forEach(id -> {
            arriving.remove(id);
            BatchRowItem item = byId.remove(id);
            if (item != null) {
                rows.remove(item);
            }
        });
        news.changed().forEach(row -> arriving.put(row.id(), row));
        addArriving();
        if (news.reading() != null) {
            int[] r = news.reading();
            showProgress(r[0], r[1], "batch.progress.reading");
        }
        if (news.sending() != null) {
            int[] s = news.sending();
            showProgress(s[0], s[1], "batch.progress.sending");
        }
        recount();
        sayInterrupted();
    }

    /**
     * Shows a few rows' news and leaves the rest for the next turn: each row costs the table its
     * cells and their styles, and fifty at once would hold the FX thread for a noticeable moment.
     */
    private void addArriving() {
        var it = arriving.values().iterator();
        for (int n = 0; n < ROWS_PER_TURN && it.hasNext(); n++) {
            put(it.next());
            it.remove();
        }
        if (!arriving.isEmpty()) {
            BatchUpdates mine = updates;
            uiThread.execute(() -> {
                if (mine == updates) {
                    addArriving();
                    recount();
                    sayInterrupted();
                }
            });
        }
    }

    private void showProgress(int done, int total, String key) {
        if (total == 0 || done >= total && !sending.get()) {
            progress.set(-1);
            progressText.set("");
            return;
        }
        progress.set((double) done / total);
        progressText.set(MessageFormat.format(messages.getString(key), done, total));
    }

    private void put(BatchRow row) {
        BatchRowItem item = byId.get(row.id());
        if (item == null) {
            item = new BatchRowItem(row);
            byId.put(row.id(), item);
            rows.add(item);
        } else {
            item.set(row);
        }
    }

    private void recount() {
        ready.set((int) rows.stream().filter(i -> i.row().status().sendable()).count());
        ownProfile.set(batch.map(b -> b.profile().equals(activeProfile.get())).orElse(false));
        if (batch.isPresent() && !ownProfile.get() && notice.get().isEmpty()) {
            notice.set(MessageFormat.format(messages.getString("batch.notice.otherProfile"),
                    profileNames.apply(batch.get().profile())));
        }
    }

    private void withBatch(Consumer<Batch> action) {
        batch.ifPresent(action);
    }

    private <T> void run(Callable<T> work, Consumer<T> done) {
        tasks.run(work, done::accept, failure -> notice.set(failures.describe(failure)));
    }

    // ------------------------------------------------------------------ properties

    public ObservableList<BatchRowItem> rows() {
        return rows;
    }

    /** « Lot du 06/12/2026 21:30 — profil « Démo » — 11 factures »; empty before the first PDF. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Share of the reading or the sending done, or -1 when neither runs. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty sendingProperty() {
        return sending.getReadOnlyProperty();
    }

    /** Rows "send" takes: ready ones and those to check. */
    public ReadOnlyIntegerProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /** Rows an interrupted sending left. */
    public ReadOnlyIntegerProperty interruptedProperty() {
        return interrupted.getReadOnlyProperty();
    }

    /** Whether the active profile's services are there (its Chorus Pro is reachable). */
    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    public BooleanBinding canSendProperty() {
        return canSend;
    }
}
