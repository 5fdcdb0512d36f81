package fr.chorusdesk.ui.wizard;

import fr.chorusdesk.domain.DraftStep;
import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.domain.MessageBundle;
import fr.chorusdesk.service.DraftAutosaver;
import fr.chorusdesk.service.DraftSubmission;
import fr.chorusdesk.service.SubmissionReceipt;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
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
 *
 * <p>Over 300 lines because it is the one place where a run's step models are made and tied
 * together (gates, autosave, the PDF given before the account, the draft's state): splitting it
 * would spread those links over several classes.
 */
public final class WizardRun {

    private final ObjectProperty<InvoiceDraft> draft;
    private final WizardModel model = new WizardModel();
    private final PdfStepModel pdf;
    private final FacturXVerdictModel verdict;
    private final ReferencesStepModel references;
    private final AmountsStepModel amounts;
    private final VatSectionModel vat;
    private final BankAccountModel bankAccount;
    private final OriginalInvoiceModel original;
    private final SendStepModel send;
    private final PreSendAuditModel audit;
    private final SupportingDocumentsModel documents;
    private final PagePreviewModel preview;
    private final Optional<WizardDrafts> drafts;
    private final Optional<DraftAutosaver> autosaver;
    /** Set once the draft file is marked open, so that a crash offers it back at the next start. */
    private final AtomicBoolean editing = new AtomicBoolean();
    private boolean closed;
    private final ReadOnlyObjectWrapper<Instant> savedAt = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper saveFailed = new ReadOnlyBooleanWrapper();
    private final java.util.concurrent.Executor uiThread;
    private final java.time.Clock clock;
    private final BooleanBinding locked;
    private final ObjectBinding<DraftState> draftState;
    /** A file given before the account was ready (a first start on "Ouvrir avec"): opened once it is. */
    private Optional<Path> pendingPdf = Optional.empty();

    /** What the wizard's bottom bar says about this invoice. */
    public enum DraftState {
        /** Nothing yet: an untouched run. */
        NONE,
        /** A local draft, not sent; on disk since {@link #savedAtProperty()}. */
        SAVED,
        /** The last save failed: the change is in memory and tried again. */
        SAVE_FAILED,
        /** Sent by this run: Chorus Pro has it. */
        SENT,
        /** Chorus Pro had it already (an earlier deposit): nothing was sent again. */
        ALREADY_SENT
    }

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
                services.supplier(), services.locale(), services.submissions()::earlierDeposit,
                services.submissions().recipientChecks());
        amounts = new AmountsStepModel(draft, services.clock(), services.locale());
        vat = new VatSectionModel(draft, services.supplier(), services.clock(), services.locale());
        bankAccount = new BankAccountModel(draft, services.supplier(), services.clock(),
                MessageBundle.of(services.locale()));
        original = new OriginalInvoiceModel(draft, services.originalInvoices(), services.tasks(), services.clock(),
                services.locale());
        send = new SendStepModel(draft, services.supplier(), services.submissions(),
                drafts.map(WizardDrafts::submission), services.tasks(), services.uiThread());
        audit = new PreSendAuditModel(draft, services.submissions(), services.tasks());
        preview = new PagePreviewModel(services.previews(), services.tasks());
        pdf.resultProperty().addListener((obs, old, now) -> preview.follow(now, pdf.shownFile()));
        // the one gate of the Compte step: a supplier structure and a bank account are chosen
        model.requireComplete(WizardStep.ACCOUNT, Bindings.createBooleanBinding(
                () -> services.supplier().getValue() != null, services.supplier()));
        model.canGoNextProperty().addListener((obs, could, can) -> {
            if (can && model.current() == WizardStep.ACCOUNT && pendingPdf.isPresent()) {
                Path file = pendingPdf.get();
                pendingPdf = Optional.empty();
                openPdf(file);
            }
        });
        locked = Bindings.createBooleanBinding(() -> send.sendingProperty().get() || finished(),
                send.sendingProperty(), send.receiptProperty());
        draftState = Bindings.createObjectBinding(this::currentDraftState, savedAt, saveFailed,
                send.receiptProperty(), send.failureKindProperty());
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

    private DraftState currentDraftState() {
        SubmissionReceipt receipt = send.receiptProperty().get();
        if (receipt != null && !receipt.inProgress()) {
            if (send.failureKindProperty().get() == null) {
                return DraftState.SENT;
            }
            if (send.failureKindProperty().get() == fr.chorusdesk.service.SubmissionException.Kind.DUPLICATE) {
                return DraftState.ALREADY_SENT;
            }
        }
        if (saveFailed.get()) {
            return DraftState.SAVE_FAILED;
        }
        return savedAt.get() != null ? DraftState.SAVED : DraftState.NONE;
    }

    /**
     * Opens a PDF in this run and goes to the PDF step, as if chosen there (demo samples, drag and
     * drop, command line). While the account is not ready the file waits, and is opened as soon as
     * it is: a file given at a first start is not lost on the Compte step.
     */
    public void openPdf(Path file) {
        Objects.requireNonNull(file);
        if (send.sendingProperty().get()) {
            return;
        }
        if (model.current() == WizardStep.ACCOUNT && !model.next()) {
            pendingPdf = Optional.of(file);
            return;
        }
        pendingPdf = Optional.empty();
        if (model.current() != WizardStep.PDF) {
            model.backTo(WizardStep.PDF);
        }
        pdf.choose(file);
    }

    /** The file waiting for the account to be ready; empty when none. */
    public Optional<Path> pendingPdf() {
        return pendingPdf;
    }

    /** Chorus Pro has the invoice (sent now, or earlier): a new file or draft starts a new run. */
    public boolean finished() {
        SubmissionReceipt receipt = send.receiptProperty().get();
        return receipt != null && !receipt.inProgress();
    }

    /** True while the invoice is being sent or once Chorus Pro has it: Précédent is then disabled. */
    public BooleanBinding lockedProperty() {
        return locked;
    }

    /** What the bottom bar says: a local draft (saved or not), or sent. */
    public ObjectBinding<DraftState> draftStateProperty() {
        return draftState;
    }

    /** The preview of the chosen file's pages. */
    public PagePreviewModel preview() {
        return preview;
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

    /** The bank account the invoice is paid on, on the amounts step. */
    public BankAccountModel bankAccount() {
        return bankAccount;
    }

    /** For a credit note, the invoice it corrects, on the references step. */
    public OriginalInvoiceModel original() {
        return original;
    }
}
