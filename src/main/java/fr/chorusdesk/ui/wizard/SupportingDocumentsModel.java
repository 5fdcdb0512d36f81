package fr.chorusdesk.ui.wizard;

import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.domain.SupportingDocument;
import fr.chorusdesk.service.AttachmentType;
import fr.chorusdesk.service.DocumentAddition;
import fr.chorusdesk.service.SubmissionException;
import fr.chorusdesk.service.SupportingDocumentService;
import fr.chorusdesk.ui.common.TaskRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The supporting documents of the PDF step: adding a file checks it off the UI thread (Chorus Pro's
 * limits, in French) and puts it in the shared draft, so autosave keeps it; removing it or changing
 * its type edits the draft too. The types come from Chorus Pro once. Holds no {@code Node}.
 */
public final class SupportingDocumentsModel {

    /** What the last addition said: a refusal or a notice, one sentence per line. */
    public record Outcome(String fileName, boolean refused, List<String> messages) {
        public Outcome {
            messages = List.copyOf(messages);
        }
    }

    private final ObjectProperty<InvoiceDraft> draft;
    private final SupportingDocumentService service;
    private final TaskRunner runner;
    private final ObservableList<AttachmentType> types = FXCollections.observableArrayList();
    private final ObservableList<AttachmentType> typesView = FXCollections.unmodifiableObservableList(types);
    private final ObservableList<Outcome> outcomes = FXCollections.observableArrayList();
    private final ObservableList<Outcome> outcomesView = FXCollections.unmodifiableObservableList(outcomes);
    private final ReadOnlyStringWrapper typesProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private int running;

    public SupportingDocumentsModel(ObjectProperty<InvoiceDraft> draft, SupportingDocumentService service,
            TaskRunner runner) {
        this.draft = Objects.requireNonNull(draft);
        this.service = Objects.requireNonNull(service);
        this.runner = Objects.requireNonNull(runner);
    }

    /** Reads the types (once per profile: the service keeps them); a failure is said, adding still works. */
    public void loadTypes() {
        if (!types.isEmpty()) {
            return;
        }
        runner.run(service::types, read -> {
            types.setAll(read);
            typesProblem.set("");
            fillMissingTypes();
        }, error -> typesProblem.set(error instanceof SubmissionException s ? s.userMessage()
                : String.valueOf(error.getMessage())));
    }

    /** Checks the files one by one and attaches those that pass; each refusal is kept in {@link #outcomes()}. */
    public void add(List<Path> files) {
        if (files.isEmpty()) {
            return;
        }
        outcomes.clear();
        for (Path file : files) {
            started();
            InvoiceDraft base = draft.get();
            runner.run(() -> service.check(file, base, defaultType()), this::added, error -> {
                outcomes.add(new Outcome(String.valueOf(file.getFileName()), true,
                        List.of(String.valueOf(error.getMessage()))));
                finished();
            });
        }
    }

    private Optional<AttachmentType> defaultType() {
        try {
            return SupportingDocumentService.defaultType(service.types());
        } catch (SubmissionException e) {
            // the document is kept without a type; the list may load later
            return Optional.empty();
        }
    }

    private void added(DocumentAddition addition) {
        if (addition.accepted()) {
            SupportingDocument document = addition.document().get();
            InvoiceDraft current = draft.get();
            boolean already = current.documents().stream().anyMatch(d -> d.sha256().equals(document.sha256()));
            if (!already) {
                List<SupportingDocument> all = new ArrayList<>(current.documents());
                all.add(document);
                draft.set(current.withDocuments(all));
            }
            if (!addition.notices().isEmpty()) {
                outcomes.add(new Outcome(addition.fileName(), false, addition.notices()));
            }
        } else {
            outcomes.add(new Outcome(addition.fileName(), true, addition.refusals()));
        }
        finished();
    }

    public void remove(SupportingDocument document) {
        InvoiceDraft current = draft.get();
        List<SupportingDocument> kept = current.documents().stream()
                .filter(d -> !d.sha256().equals(document.sha256())).toList();
        if (kept.size() != current.documents().size()) {
            draft.set(current.withDocuments(kept));
        }
    }

    public void changeType(SupportingDocument document, AttachmentType type) {
        InvoiceDraft current = draft.get();
        List<SupportingDocument> changed = current.documents().stream()
                .map(d -> d.sha256().equals(document.sha256()) ? d.withType(type.code(), type.label()) : d).toList();
        if (!changed.equals(current.documents())) {
            draft.set(current.withDocuments(changed));
        }
    }

    /** Documents added before the types were known get the default type. */
    private void fillMissingTypes() {
        Optional<AttachmentType> fallback = SupportingDocumentService.defaultType(types);
        InvoiceDraft current = draft.get();
        if (fallback.isEmpty() || current.documents().stream().noneMatch(d -> d.typeCode().isEmpty())) {
            return;
        }
        draft.set(current.withDocuments(current.documents().stream()
                .map(d -> d.typeCode().isEmpty() ? d.withType(fallback.get().code(), fallback.get().label()) : d)
                .toList()));
    }

    private void started() {
        running++;
        busy.set(true);
    }

    private void finished() {
        running = Math.max(0, running - 1);
        busy.set(running > 0);
    }

    /** The documents of the draft, as it is now. */
    public List<SupportingDocument> documents() {
        return draft.get().documents();
    }

    public ObservableList<AttachmentType> types() {
        return typesView;
    }

    /** What the last additions said, refusals first in the order the files were given. */
    public ObservableList<Outcome> outcomes() {
        return outcomesView;
    }

    /** Why the types could not be read; empty when they were. */
    public ReadOnlyStringProperty typesProblemProperty() {
        return typesProblem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ObjectProperty<InvoiceDraft> draftProperty() {
        return draft;
    }
}
