package fr.chorusdesk.service;

/** The steps of a submission, reported as they start; each has its text {@code submission.step.<camel case>}. */
public enum SubmissionStep {
    CHECKING("submission.step.checking"),
    CHECKING_PREVIOUS_ATTEMPT("submission.step.checkingPreviousAttempt"),
    UPLOADING("submission.step.uploading"),
    /** The supporting documents, one after the other, after the invoice PDF. */
    UPLOADING_DOCUMENTS("submission.step.uploadingDocuments"),
    SUBMITTING("submission.step.submitting"),
    DEPOSITING_FLOW("submission.step.depositingFlow"),
    FOLLOWING_REPORT("submission.step.followingReport"),
    FINDING_INVOICE("submission.step.findingInvoice"),
    DONE("submission.step.done");

    private final String messageKey;

    SubmissionStep(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
