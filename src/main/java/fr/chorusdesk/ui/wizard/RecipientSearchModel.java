package fr.chorusdesk.ui.wizard;

import fr.chorusdesk.service.RecentRecipients;
import fr.chorusdesk.service.RecipientCandidate;
import fr.chorusdesk.service.RecipientException;
import fr.chorusdesk.service.RecipientQuery;
import fr.chorusdesk.service.RecipientSearchResult;
import fr.chorusdesk.service.RecipientService;
import fr.chorusdesk.ui.common.LatestOnly;
import fr.chorusdesk.ui.common.TaskRunner;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The references step's "Rechercher une structure": the recent recipients first, then pages of
 * public structures by name, postal code and town; picking one hands its SIRET to the step. Every
 * call to Chorus Pro goes through the {@link TaskRunner}; an answer that comes after a newer
 * question is dropped. Holds no {@code Node}.
 */
final class RecipientSearchModel {

    private final RecipientService recipients;
    private final RecentRecipients recent;
    private final Consumer<String> pick;

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty postalCode = new SimpleStringProperty("");
    private final StringProperty town = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<RecipientSearchResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper showingRecent = new ReadOnlyBooleanWrapper(true);
    private final ObservableList<RecipientCandidate> rows = FXCollections.observableArrayList();
    private final ObservableList<RecipientCandidate> rowsView = FXCollections.unmodifiableObservableList(rows);
    /** The question under way: a newer one drops its answer. */
    private final LatestOnly questions;

    /** @param pick given the SIRET of the structure chosen (FX thread) */
    RecipientSearchModel(RecipientService recipients, RecentRecipients recent, TaskRunner runner,
            Consumer<String> pick) {
        this.recipients = Objects.requireNonNull(recipients);
        this.recent = Objects.requireNonNull(recent);
        this.questions = runner.latestOnly();
        this.pick = Objects.requireNonNull(pick);
    }

    /** Offers the recent recipients again (the panel was opened); a search typed before is kept. */
    void open() {
        if (result.get() != null) {
            return;
        }
        searching.set(true);
        questions.run(() -> recipients.candidates(recent.sirets()), found -> {
            searching.set(false);
            showingRecent.set(true);
            rows.setAll(found);
            message.set(null);
        }, error -> {
            // only a shortcut: without it the search is still there
            searching.set(false);
            rows.clear();
        });
    }

    /** Searches from the first page. */
    void search() {
        load(new RecipientQuery(name.get(), postalCode.get(), town.get()), 1);
    }

    void next() {
        RecipientSearchResult r = result.get();
        if (r != null && r.hasNext() && !searching.get()) {
            load(r.query(), r.page() + 1);
        }
    }

    void previous() {
        RecipientSearchResult r = result.get();
        if (r != null && r.hasPrevious() && !searching.get()) {
            load(r.query(), r.page() - 1);
        }
    }

    /** Hands the structure's SIRET to the step, which looks it up as if typed. */
    void choose(RecipientCandidate candidate) {
        if (candidate != null) {
            pick.accept(candidate.siret());
        }
    }

    private void load(RecipientQuery query, int page) {
        searching.set(true);
        message.set(null);
        questions.run(() -> recipients.search(query, page), found -> {
            searching.set(false);
            showingRecent.set(false);
            result.set(found);
            rows.setAll(found.candidates());
        }, error -> {
            searching.set(false);
            message.set(error instanceof RecipientException e ? e.userMessage() : String.valueOf(error));
        });
    }

    StringProperty nameProperty() {
        return name;
    }

    StringProperty postalCodeProperty() {
        return postalCode;
    }

    StringProperty townProperty() {
        return town;
    }

    ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
    }

    /** The last page found; null before the first search. */
    ReadOnlyObjectProperty<RecipientSearchResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Why the search failed (criteria, Chorus Pro); null otherwise. */
    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Whether {@link #rows()} are the recent recipients rather than search results. */
    ReadOnlyBooleanProperty showingRecentProperty() {
        return showingRecent.getReadOnlyProperty();
    }

    /** What the table shows: the recent recipients, or the current page. */
    ObservableList<RecipientCandidate> rows() {
        return rowsView;
    }
}
