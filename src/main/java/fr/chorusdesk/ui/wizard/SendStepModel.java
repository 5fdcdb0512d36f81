package fr.chorusdesk.ui.wizard;

import fr.chorusdesk.domain.DraftIssue;
import fr.chorusdesk.domain.DraftStep;
import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.domain.SupplierIdentity;
import fr.chorusdesk.service.DraftSubmission;
import fr.chorusdesk.service.SubmissionException;
import fr.chorusdesk.service.SubmissionListener;
import fr.chorusdesk.service.SubmissionMode;
import fr.chorusdesk.service.SubmissionReceipt;
import fr.chorusdesk.service.SubmissionService;
import fr.chorusdesk.service.SubmissionStep;
import fr.chorusdesk.ui.common.TaskRunner;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The send step: the mode that will be used, then the submission off the UI thread with its
 * progress, and its receipt or its failure. Holds no {@code Node}.
 *
 * @see SubmissionService
 *
 * <p>Over 300 lines because it follows a submission through all its outcomes (sent, refused by
 * field, answer lost and found again, blocked by the audit).
 */
public final class SendStepModel {

    /** The steps whose progress is a share of bytes sent; the others show an indefinite bar. */
    private static final java.util.Set<SubmissionStep> UPLOADS = java.util.EnumSet.of(SubmissionStep.UPLOADING,
            SubmissionStep.UPLOADING_DOCUMENTS);

    private final ObjectProperty<InvoiceDraft> draft;
    private final ObservableValue<SupplierIdentity> supplier;
    private final SubmissionService submissions;
    private final Optional<DraftSubmission> recorded;
    private final TaskRunner runner;
    private final Executor uiThread;

    private final ReadOnlyObjectWrapper<SubmissionMode> mode = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper sending = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<SubmissionStep> step = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyDoubleWrapper uploadProgress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyObjectWrapper<SubmissionReceipt> receipt = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<SubmissionException.Kind> failureKind = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper failureMessage = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<Throwable> unexpectedFailure = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper confirmedAfterLostAnswer = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<DraftIssue> issues = FXCollections.observableArrayList();
    private final ObservableList<DraftIssue> issuesView = FXCollections.unmodifiableObservableList(issues);
    private final ObservableList<String> failureDetails = FXCollections.observableArrayList();
    private final ObservableList<String> failureDetailsView = FXCollections.unmodifiableObservableList(failureDetails);
    private final BooleanBinding canSend;
    private final javafx.beans.binding.DoubleBinding progress = Bindings.createDoubleBinding(
            () -> step.get() != null && UPLOADS.contains(step.get()) ? uploadProgress.get() : -1, step, uploadProgress);
    private final BooleanProperty asFlow = new SimpleBooleanProperty(false);
    private final BooleanProperty asPlainPdf = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper flowPossible = new ReadOnlyBooleanWrapper(false);

    /**
     * @param supplier the account's supplier ids; null while no account is chosen
     * @param uiThread where progress reported by the submitting thread is applied
     *                 ({@code Platform::runLater} in the app, {@code Runnable::run} in tests)
     */
    public SendStepModel(ObjectProperty<InvoiceDraft> draft, ObservableValue<SupplierIdentity> supplier,
            SubmissionService submissions, TaskRunner runner, Executor uiThread) {
        this(draft, supplier, submissions, Optional.empty(), runner, uiThread);
    }

    /**
     * @param recorded when present, the invoice is sent through it: the history records it and its
     *                 draft leaves the drafts once Chorus Pro has it
     */
    public SendStepModel(ObjectProperty<InvoiceDraft> draft, ObservableValue<SupplierIdentity> supplier,
            SubmissionService submissions, Optional<DraftSubmission> recorded, TaskRunner runner,
            Executor uiThread) {
        this.recorded = Objects.requireNonNull(recorded);
        this.draft = Objects.requireNonNull(draft);
        this.supplier = Objects.requireNonNull(supplier);
        this.submissions = Objects.requireNonNull(submissions);
        this.runner = Objects.requireNonNull(runner);
        this.uiThread = Objects.requireNonNull(uiThread);
        canSend = Bindings.createBooleanBinding(() -> supplier.getValue() != null && !sending.get()
                && (receipt.get() == null || receipt.get().inProgress()), supplier, sending, receipt);
        draft.addListener((obs, old, now) -> updateMode());
        asFlow.addListener((obs, old, now) -> updateMode());
        asPlainPdf.addListener((obs, old, now) -> updateMode());
        updateMode();
    }

    private void updateMode() {
        flowPossible.set(submissions.flowPossible(draft.get()));
        mode.set(submissions.modeFor(draft.get(), asFlow.get(), asPlainPdf.get()));
    }

    /** The user's choice, made at the PDF step, to send a Factur-X that is not valid as a plain PDF. */
    public BooleanProperty asPlainPdfProperty() {
        return asPlainPdf;
    }

    /** The user's choice to send a Factur-X as a flow instead of the PDF with its data (off by default). */
    public BooleanProperty asFlowProperty() {
        return asFlow;
    }

    /** Whether the flow is possible for this draft: a Factur-X whose XML says all the draft says. */
    public ReadOnlyBooleanProperty flowPossibleProperty() {
        return flowPossible.getReadOnlyProperty();
    }

    /** Sends the draft; nothing happens when {@link #canSendProperty()} is false. */
    public void send() {
        if (!canSend.get()) {
            return;
        }
        InvoiceDraft sent = draft.get().withStepReached(DraftStep.SEND);
        draft.set(sent);
        SupplierIdentity from = supplier.getValue();
        // this sending is the check after a lost answer: what it finds is the earlier attempt, landed
        boolean checkingLostAnswer = failureKind.get() == SubmissionException.Kind.MAY_HAVE_BEEN_RECEIVED;
        sending.set(true);
        confirmedAfterLostAnswer.set(false);
        failureKind.set(null);
        failureMessage.set(null);
        unexpectedFailure.set(null);
        failureDetails.clear();
        issues.clear();
        uploadProgress.set(0);
        SubmissionListener listener = new SubmissionListener() {
            @Override
            public void stepStarted(SubmissionStep started) {
                uiThread.execute(() -> step.set(started));
            }

            @Override
            public void uploadProgress(long sentBytes, long totalBytes) {
                double fraction = totalBytes <= 0 ? 1 : (double) sentBytes / totalBytes;
                uiThread.execute(() -> uploadProgress.set(fraction));
            }
        };
        SubmissionReceipt pending = receipt.get();
        boolean flow = asFlow.get();
        boolean plain = asPlainPdf.get();
        runner.run(() -> {
            boolean following = pending != null && pending.inProgress();
            if (recorded.isPresent()) {
                return following ? recorded.get().followFlow(sent, pending, from, listener)
                        : recorded.get().submit(sent, from, listener, flow, plain);
            }
            return following ? submissions.followFlow(pending, from, listener)
                    : submissions.submit(sent, from, listener, flow, plain);
        }, done -> {
                    receipt.set(done);
                    sending.set(false);
                }, error -> {
                    sending.set(false);
                    if (error instanceof SubmissionException e && checkingLostAnswer
                            && e.kind() == SubmissionException.Kind.DUPLICATE && e.existing().isPresent()) {
                        // not a refusal: Chorus Pro had the invoice all along, and it was not sent twice
                        confirmedAfterLostAnswer.set(true);
                        receipt.set(e.existing().get());
                    } else if (error instanceof SubmissionException e) {
                        failureKind.set(e.kind());
                        failureMessage.set(e.userMessage());
                        issues.setAll(e.issues());
                        failureDetails.setAll(e.details());
                        e.existing().ifPresent(receipt::set);
                    } else {
                        // a bug, not a refusal: the view hands it to the error dialog
                        unexpectedFailure.set(error);
                    }
                });
    }

    public ReadOnlyObjectProperty<SubmissionMode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty sendingProperty() {
        return sending.getReadOnlyProperty();
    }

    /** The step the submission is at; its text is {@link SubmissionStep#messageKey()}. */
    public ReadOnlyObjectProperty<SubmissionStep> stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** Share of the PDF sent, 0 to 1. */
    public ReadOnlyDoubleProperty uploadProgressProperty() {
        return uploadProgress.getReadOnlyProperty();
    }

    /** Chorus Pro's receipt: of this sending, or of the earlier one when it was a duplicate. */
    public ReadOnlyObjectProperty<SubmissionReceipt> receiptProperty() {
        return receipt.getReadOnlyProperty();
    }

    /**
     * True when the receipt was found in Chorus Pro by the check that follows a lost answer
     * ({@link SubmissionException.Kind#MAY_HAVE_BEEN_RECEIVED}): the first sending did land.
     */
    public ReadOnlyBooleanProperty confirmedAfterLostAnswerProperty() {
        return confirmedAfterLostAnswer.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SubmissionException.Kind> failureKindProperty() {
        return failureKind.getReadOnlyProperty();
    }

    /** The French sentence of the failure; null after a success. */
    public ReadOnlyStringProperty failureMessageProperty() {
        return failureMessage.getReadOnlyProperty();
    }

    /** A failure that is not a {@link SubmissionException} (a bug), for the error dialog; null otherwise. */
    public ReadOnlyObjectProperty<Throwable> unexpectedFailureProperty() {
        return unexpectedFailure.getReadOnlyProperty();
    }

    /** The draft's issues when it was refused before sending, to take the user back to the field. */
    public ObservableList<DraftIssue> issues() {
        return issuesView;
    }

    /** Each error of a rejected flow, as Chorus Pro worded it. */
    public ObservableList<String> failureDetails() {
        return failureDetailsView;
    }

    public BooleanBinding canSendProperty() {
        return canSend;
    }

    /** The progress bar: the share sent while bytes go out, -1 (under way, no measure) otherwise. */
    public javafx.beans.binding.DoubleBinding progressProperty() {
        return progress;
    }

    /**
     * The steps where the refusal can be corrected, in the wizard's order: those of the fields
     * named by the refusal, else those its kind points to. None when correcting would be wrong:
     * an invoice already on Chorus Pro (a changed number would make a second one) or one that may
     * have been received (it is checked first).
     */
    public java.util.List<WizardStep> stepsToCorrect() {
        SubmissionException.Kind kind = failureKind.get();
        if (failureMessage.get() == null || kind == SubmissionException.Kind.DUPLICATE
                || kind == SubmissionException.Kind.MAY_HAVE_BEEN_RECEIVED) {
            return java.util.List.of();
        }
        java.util.Set<WizardStep> steps = new java.util.TreeSet<>();
        for (DraftIssue issue : issues) {
            steps.add(stepOf(issue.field()));
        }
        if (steps.isEmpty()) {
            switch (kind) {
                case PDF_CHANGED -> steps.add(WizardStep.PDF);
                case RECIPIENT_REFUSED -> steps.add(WizardStep.REFERENCES);
                default -> {
                    steps.add(WizardStep.REFERENCES);
                    steps.add(WizardStep.AMOUNTS);
                }
            }
        }
        return java.util.List.copyOf(steps);
    }

    /** The step where a field is typed. */
    public static WizardStep stepOf(fr.chorusdesk.domain.DraftField field) {
        return switch (field) {
            case PDF -> WizardStep.PDF;
            case AMOUNT_EXCL_TAX, VAT_AMOUNT, AMOUNT_INCL_TAX, AMOUNT_DUE, CURRENCY, VAT_LINES, COMMENT ->
                    WizardStep.AMOUNTS;
            default -> WizardStep.REFERENCES;
        };
    }

    /** True when the last attempt may have reached Chorus Pro: the next press checks before anything is sent. */
    public boolean mustVerifyFirst() {
        return failureKind.get() == SubmissionException.Kind.MAY_HAVE_BEEN_RECEIVED;
    }

    /** The bundle key of the send button's text: send, follow a flow under way, or check a lost answer. */
    public String sendActionKey() {
        SubmissionReceipt r = receipt.get();
        return r != null && r.inProgress() ? "wizard.send.follow"
                : mustVerifyFirst() ? "wizard.send.verify" : "wizard.send.button";
    }
}
