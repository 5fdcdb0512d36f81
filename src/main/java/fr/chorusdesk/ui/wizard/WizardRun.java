package fr.chorusdesk.ui.wizard;

import fr.chorusdesk.domain.DraftStep;
import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.service.DraftAutosaver;
import fr.chorusdesk.service.DraftSubmission;
import fr.chorusdesk.service.SubmissionReceipt;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * One deposit from start to receipt: a draft (fresh, or reopened from the drafts), the step models
 * on it and the wizard's position. "Nouveau dépôt" and a successful send start a new run, so
 * nothing of the previous invoice leaks into the next one. With {@link WizardDrafts}, every change
 * is saved as a local draft (debounced), and the draft leaves the drafts once Chorus Pro has the
 * invoice. Holds no {@code Node}.
 */
public final class WizardRun {

    private final ObjectProperty<InvoiceDraft> draft;
    private final WizardModel model = new WizardModel();
    private final PdfStepModel pdf;
    private final FacturXVerdictModel verdict;
    private final ReferencesStepModel references;
    private final AmountsStepModel amounts;
    private final VatSectionModel vat;
    private final OriginalInvoiceModel original;
    private final SendStepModel send;
    private final PreSendAuditModel audit;
    private final SupportingDocumentsModel documents;
    private final Optional<WizardDrafts> drafts;
    private final Optional<DraftAutosaver> autosaver;
    /** Set once the draft file is marked open, so that a crash offers it back at the next start. */
    private final AtomicBoolean editing = new AtomicBoolean();
    private boolean closed;
    private final ReadOnlyObjectWrapper<Instant> savedAt = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper saveFailed = new ReadOnlyBooleanWrapper();
    private final java.util.concurrent.Executor uiThread;
    private final java.time.Clock clock;

    /** A fresh deposit. */
    public WizardRun(WizardServices services) {
        this(services, Optional.empty());
    }

    /**
     * @param reopened a draft taken back from the drafts: the run shows it at the step where it was
     *                 left, its PDF checked again
     */
    public WizardRun(WizardServices services, Optional<InvoiceDraft> reopened) {
        Objects.requireNonNull(services);
        draft = new SimpleObjectProperty<>(reopened.orElseGet(() -> InvoiceDraft.start(services.clock().instant())));
        drafts = services.drafts();
        uiThread = services.uiThread();
        clock = services.clock();
        autosaver = drafts.map(d -> new DraftAutosaver(d.saves(), d.delay(), this::save, failure -> {
            uiThread.execute(() -> saveFailed.set(true));
            d.onFailure().accept(failure);
        }));
        pdf = new PdfStepModel(draft, services.preflight(), services.tasks());
        documents = new SupportingDocumentsModel(draft, services.submissions().supportingDocuments(),
                services.tasks());
        references = new ReferencesStepModel(draft, services.recipients(), services.tasks(), services.clock(),
                services.supplier(), services.locale(), services.submissions()::numberAlreadyUsed,
                services.submissions().recipientChecks());
        amounts = new AmountsStepModel(draft, services.clock(), services.locale());
        vat = new VatSectionModel(draft, services.supplier(), services.clock(), services.locale());
        original = new OriginalInvoiceModel(draft, services.originalInvoices(), services.tasks(), services.clock(),
                services.locale());
        send = new SendStepModel(draft, services.supplier(), services.submissions(),
                drafts.map(WizardDrafts::submission), services.tasks(), services.uiThread());
        audit = new PreSendAuditModel(draft, services.submissions(), services.tasks());
        model.requireComplete(WizardStep.ACCOUNT, Bindings.createBooleanBinding(
                () -> services.supplier().getValue() != null, services.supplier()));
        verdict = new FacturXVerdictModel(pdf, services.submissions().facturXChecks(), services.tasks());
        send.asPlainPdfProperty().bind(verdict.plainPdfProperty());
        model.requireComplete(WizardStep.PDF, pdf.canContinueProperty().and(verdict.allowsContinueProperty()));
        model.requireComplete(WizardStep.REFERENCES, references.canContinueProperty());
        model.requireComplete(WizardStep.AMOUNTS, amounts.canContinueProperty().and(vat.linesReadableProperty()));
        model.currentProperty().addListener((obs, old, now) -> {
            if (now == WizardStep.REFERENCES) {
                references.entered();
            }
            if (now == WizardStep.SEND) {
                audit.run();
            }
            DraftStep reached = DraftStep.valueOf(now.name());
            if (draft.get().stepReached().compareTo(reached) < 0) {
                draft.set(draft.get().withStepReached(reached));
            }
            // leaving a step is a natural point to be sure it is on disk
            autosaver.ifPresent(DraftAutosaver::flushSoon);
        });

        draft.addListener((obs, old, now) -> changed(now));
        send.sendingProperty().addListener((obs, was, sending) -> {
            if (sending) {
                // the state being sent is on disk before anything leaves, in case the app stops mid-way
                autosaver.ifPresent(DraftAutosaver::flushSoon);
            }
        });
        send.receiptProperty().addListener((obs, old, receipt) -> {
            if (receipt != null && drafts.isPresent() && send.failureKindProperty().get() == null) {
                forgetDraft();
            }
            if (receipt != null && send.failureKindProperty().get() == null) {
                // where this supplier's values sat is kept for its next invoice; a failure only means no learning
                InvoiceDraft sent = draft.get();
                services.tasks().run(() -> services.preflight().learnFrom(sent), learned -> { }, failure -> { });
            }
        });
        reopened.ifPresent(d -> {
            pdf.restore();
            model.resumeAt(WizardStep.valueOf(d.stepReached().name()));
        });
    }

    private void changed(InvoiceDraft now) {
        if (autosaver.isEmpty() || closed || send.sendingProperty().get() || sent() || !worthSaving(now)) {
            return;
        }
        autosaver.get().changed(now);
    }

    /** Sent by this run; a receipt shown with a failure is an earlier deposit refused as a duplicate. */
    private boolean sent() {
        SubmissionReceipt receipt = send.receiptProperty().get();
        return receipt != null && send.failureKindProperty().get() == null;
    }

    /** An untouched run (no PDF, no field) is not a draft: opening the app must not litter the list. */
    private static boolean worthSaving(InvoiceDraft d) {
        return d.pdf().isPresent() || d.recipientSiret().isPresent() || d.invoiceNumber().isPresent()
                || d.amountInclTax().isPresent();
    }

    private void save(InvoiceDraft d) throws Exception {
        WizardDrafts w = drafts.orElseThrow();
        if (!editing.getAndSet(true)) {
            w.drafts().beginEditing(d.id());
        }
        w.drafts().save(d);
        Instant now = clock.instant();
        uiThread.execute(() -> {
            savedAt.set(now);
            saveFailed.set(false);
        });
    }

    /**
     * After a deposit: {@link DraftSubmission} deleted the draft already; a save that was running
     * at that moment could have written it back, so the deletion is queued again behind it.
     */
    private void forgetDraft() {
        WizardDrafts w = drafts.orElseThrow();
        String id = draft.get().id();
        w.saves().schedule(() -> {
            try {
                w.drafts().delete(id);
                w.drafts().endEditing(id);
            } catch (Exception e) {
                w.onFailure().accept(e);
            }
        }, Duration.ZERO);
    }

    /**
     * The run is left (a new deposit, another draft reopened, the window closed): the last change
     * is written and the draft is no longer "open", so it is not offered back as interrupted; it
     * stays in the drafts.
     *
     * @param now true when the app is stopping: written on this thread, before the process ends
     */
    public void close(boolean now) {
        if (closed) {
            return;
        }
        closed = true;
        if (autosaver.isEmpty()) {
            return;
        }
        WizardDrafts w = drafts.get();
        String id = draft.get().id();
        Runnable finish = () -> {
            autosaver.get().flush();
            if (editing.get()) {
                try {
                    w.drafts().endEditing(id);
                } catch (Exception e) {
                    w.onFailure().accept(e);
                }
            }
        };
        if (now) {
            finish.run();
        } else {
            w.saves().schedule(finish, Duration.ZERO);
        }
    }

    /** True while a change has not reached the disk. */
    public boolean hasUnsavedChange() {
        return autosaver.map(DraftAutosaver::hasPendingChange).orElse(false);
    }

    /** When the draft last reached the disk; null until its first save (or without drafts). */
    public ReadOnlyObjectProperty<Instant> savedAtProperty() {
        return savedAt.getReadOnlyProperty();
    }

    /** True while the last save failed: the change is kept in memory and tried again. */
    public ReadOnlyBooleanProperty saveFailedProperty() {
        return saveFailed.getReadOnlyProperty();
    }

    public ObjectProperty<InvoiceDraft> draftProperty() {
        return draft;
    }

    public WizardModel model() {
        return model;
    }

    /** The Factur-X verdict of the PDF step. */
    public FacturXVerdictModel verdict() {
        return verdict;
    }

    public PdfStepModel pdf() {
        return pdf;
    }

    /** The supporting documents, on the PDF step. */
    public SupportingDocumentsModel documents() {
        return documents;
    }

    public ReferencesStepModel references() {
        return references;
    }

    public AmountsStepModel amounts() {
        return amounts;
    }

    /** The PDF checked against itself, shown in the Envoi step before sending. */
    public PreSendAuditModel audit() {
        return audit;
    }

    public SendStepModel send() {
        return send;
    }

    /** The VAT regime, exemption, lines and payment mode, on the amounts step. */
    public VatSectionModel vat() {
        return vat;
    }

    /** For a credit note, the invoice it corrects, on the references step. */
    public OriginalInvoiceModel original() {
        return original;
    }
}
