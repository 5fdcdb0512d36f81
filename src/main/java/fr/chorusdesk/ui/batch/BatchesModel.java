package fr.chorusdesk.ui.batch;

import fr.chorusdesk.service.BatchJournal;
import fr.chorusdesk.service.BatchSummary;
import fr.chorusdesk.ui.common.TaskRunner;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The batches listed at the top of the Brouillons tab, each with the profile it belongs to (its
 * invoices are drafts of that profile until sent). Holds no {@code Node}.
 */
public final class BatchesModel {

    private final BatchJournal journal;
    private final TaskRunner tasks;
    private final ResourceBundle messages;
    private final UnaryOperator<String> profileNames;
    private final Consumer<String> open;
    private final ObservableList<BatchSummary> batches = FXCollections.observableArrayList();

    public BatchesModel(BatchJournal journal, TaskRunner tasks, ResourceBundle messages,
            UnaryOperator<String> profileNames, Consumer<String> open) {
        this.journal = Objects.requireNonNull(journal);
        this.tasks = Objects.requireNonNull(tasks);
        this.messages = Objects.requireNonNull(messages);
        this.profileNames = Objects.requireNonNull(profileNames);
        this.open = Objects.requireNonNull(open);
    }

    /** Reads the batches again; one whose every invoice is on Chorus Pro has nothing left here. */
    public void refresh() {
        tasks.run(() -> journal.list().stream().filter(b -> b.onChorusPro() < b.rows()).toList(), batches::setAll,
                failure -> batches.clear());
    }

    public ObservableList<BatchSummary> batches() {
        return batches;
    }

    /** « Lot du 06/12/2026 21:30 — profil « Démo » — 11 factures, 3 sur Chorus Pro ». */
    public String describe(BatchSummary batch) {
        String when = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.systemDefault())
                .format(batch.createdAt());
        String text = MessageFormat.format(messages.getString("batches.line"), when,
                profileNames.apply(batch.profile()), batch.rows(), batch.onChorusPro());
        return batch.interrupted() == 0 ? text
                : text + MessageFormat.format(messages.getString("batches.interrupted"), batch.interrupted());
    }

    /** Shows the batch in its tab. */
    public void open(BatchSummary batch) {
        open.accept(batch.id());
    }

    List<BatchSummary> snapshot() {
        return List.copyOf(batches);
    }
}
