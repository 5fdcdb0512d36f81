package fr.chorusdesk.service;

import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.domain.SentInvoice;
import fr.chorusdesk.domain.SupplierIdentity;
import java.io.IOException;
import java.util.Objects;

/**
 * Sending a draft, so that saved and sent cannot be confused: once Chorus Pro has the invoice, the
 * history records it with the value sent and the draft leaves the drafts list. Blocking.
 */
public final class DraftSubmission {

    private final SubmissionService submission;
    private final HistoryService history;
    private final DraftService drafts;

    public DraftSubmission(SubmissionService submission, HistoryService history, DraftService drafts) {
        this.submission = Objects.requireNonNull(submission);
        this.history = Objects.requireNonNull(history);
        this.drafts = Objects.requireNonNull(drafts);
    }

    /** Sends the draft; returns its history entry. The draft is deleted only once the history has it. */
    public SentInvoice send(InvoiceDraft draft, SupplierIdentity supplier, SubmissionListener listener)
            throws SubmissionException, IOException {
        SubmissionReceipt receipt = submission.submit(draft, supplier, listener);
        SentInvoice recorded = history.recordSent(draft, receipt);
        drafts.delete(draft.id());
        drafts.endEditing(draft.id());
        return recorded;
    }
}
