package fr.chorusdesk.ui.wizard;

import fr.chorusdesk.domain.DraftField;
import fr.chorusdesk.domain.FieldSource;
import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.service.PreflightResult;
import fr.chorusdesk.service.PreflightService;
import fr.chorusdesk.ui.common.LatestOnly;
import fr.chorusdesk.ui.common.TaskRunner;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The PDF step: choosing a file runs the pre-flight and the Factur-X prefill off the UI thread and
 * puts the prefilled draft in the wizard's shared draft property. Holds no {@code Node}.
 */
public final class PdfStepModel {

    private final ObjectProperty<InvoiceDraft> draft;
    private final PreflightService preflight;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper layoutForgotten = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<PreflightResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Throwable> failure = new ReadOnlyObjectWrapper<>();
    private final ObservableList<PreflightResult.Finding> findings = FXCollections.observableArrayList();
    private final ObservableList<PreflightResult.Finding> findingsView = FXCollections.unmodifiableObservableList(findings);
    private final ObservableList<PreflightResult.Suggestion> suggestions = FXCollections.observableArrayList();
    private final ObservableList<PreflightResult.Suggestion> suggestionsView = FXCollections.unmodifiableObservableList(suggestions);
    private final BooleanBinding canContinue;
    private final ReadOnlyObjectWrapper<Path> chosen = new ReadOnlyObjectWrapper<>();
    /** The inspection under way: a newer file, or Annuler, drops its answer. */
    private final LatestOnly inspections;
    /** For work that no newer file cancels (forgetting a layout). */
    private final TaskRunner runner;

    public PdfStepModel(ObjectProperty<InvoiceDraft> draft, PreflightService preflight, TaskRunner runner) {
        this.draft = Objects.requireNonNull(draft);
        this.preflight = Objects.requireNonNull(preflight);
        this.runner = Objects.requireNonNull(runner);
        this.inspections = runner.latestOnly();
        this.canContinue = Bindings.createBooleanBinding(() -> !busy.get() && result.get() != null
                && result.get().verdict() == PreflightResult.Verdict.PASSES, busy, result);
    }

    /** Inspects the file and prefills the draft; the outcome arrives through the properties. */
    public void choose(Path file) {
        chosen.set(file);
        busy.set(true);
        failure.set(null);
        InvoiceDraft base = draft.get();
        inspections.run(() -> preflight.prepare(file, base), done -> {
            layoutForgotten.set(false);
            result.set(done);
            findings.setAll(done.findings());
            suggestions.setAll(done.suggestions());
            draft.set(done.draft());
            busy.set(false);
        }, error -> {
            // the inspector reports bad files as findings; only an unexpected failure lands here
            failure.set(error);
            busy.set(false);
        });
    }

    /**
     * Stops waiting for the inspection under way: its answer will be dropped and the draft stays
     * as it was before the file was chosen. Safe at any time: nothing is sent at this step (the
     * reading itself ends in the background, PDFBox cannot be interrupted mid-file).
     */
    public void cancel() {
        if (busy.get()) {
            inspections.cancel();
            busy.set(false);
        }
    }

    /**
     * A reopened draft: its PDF (the copy kept with the drafts) is checked again so the checklist
     * and Suivant are back, but the draft's values stay as the user left them, typed ones included.
     */
    public void restore() {
        InvoiceDraft base = draft.get();
        if (base.pdf().isEmpty()) {
            return;
        }
        busy.set(true);
        failure.set(null);
        Path file = Path.of(base.pdf().get().path());
        inspections.run(() -> preflight.prepare(file, base), done -> {
            result.set(done);
            findings.setAll(done.findings());
            suggestions.setAll(done.suggestions());
            // only the file's own facts are refreshed: a copy that changed or vanished must be seen
            InvoiceDraft current = draft.get();
            if (!current.pdf().equals(done.draft().pdf())) {
                draft.set(current.withPdf(done.draft().pdf().orElse(null)));
            }
            busy.set(false);
        }, error -> {
            failure.set(error);
            busy.set(false);
        });
    }

    /**
     * Puts a text suggestion (or one of its alternatives) into its field; the user chose it, so
     * the field counts as typed.
     *
     * @return whether the value could be used for that field
     */
    public boolean take(PreflightResult.Suggestion suggestion) {
        Optional<InvoiceDraft> updated = suggestion.applyTo(draft.get());
        updated.ifPresent(d -> draft.set(d.withOrigin(suggestion.field(), FieldSource.TYPED)));
        return updated.isPresent();
    }

    /**
     * Forgets the learned layout the current file was read with: the next invoice of it is read
     * from its labels alone. The values already in the draft stay.
     */
    public void forgetLayout() {
        PreflightResult current = result.get();
        if (current == null || current.layout().isEmpty()) {
            return;
        }
        String id = current.layout().get().id();
        runner.run(() -> {
            preflight.forgetLayout(id);
            return id;
        }, done -> layoutForgotten.set(true), error -> failure.set(error));
    }

    /** True once the user forgot the layout the current file was read with. */
    public ReadOnlyBooleanProperty layoutForgottenProperty() {
        return layoutForgotten.getReadOnlyProperty();
    }

    /** The file last chosen (button, drop, command line), before its check answers; null before any. */
    public ReadOnlyObjectProperty<Path> chosenProperty() {
        return chosen.getReadOnlyProperty();
    }

    /** The file the step shows: the one checked, else the one just chosen. */
    public java.util.Optional<Path> shownFile() {
        PreflightResult r = result.get();
        return r == null ? java.util.Optional.ofNullable(chosen.get())
                : r.draft().pdf().map(p -> Path.of(p.path())).or(() -> java.util.Optional.ofNullable(chosen.get()));
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PreflightResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** An unexpected failure of the inspection, for the error dialog; null when none. */
    public ReadOnlyObjectProperty<Throwable> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public ObservableList<PreflightResult.Finding> findings() {
        return findingsView;
    }

    public ObservableList<PreflightResult.Suggestion> suggestions() {
        return suggestionsView;
    }

    /** True once a file that passes every check is chosen. */
    public BooleanBinding canContinueProperty() {
        return canContinue;
    }

    /** Where a field's value came from, for the little "read from Factur-X" marks. */
    public FieldSource originOf(DraftField field) {
        return draft.get().originOf(field);
    }
}
