package fr.chorusdesk.service;

import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.domain.SentInvoice;
import fr.chorusdesk.domain.SupplierIdentity;
import java.io.IOException;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sending a draft, so that saved and sent cannot be confused: once Chorus Pro has the invoice, the
 * history records it with the value sent and the draft leaves the drafts list. Blocking.
 */
public final class DraftSubmission {

    private static final Logger LOG = LoggerFactory.getLogger(DraftSubmission.class);

    private final SubmissionService submission;
    private final HistoryService history;
    private final DraftService drafts;
    private final java.util.function.Function<String, java.util.Optional<String>> recipientNames;

    public DraftSubmission(SubmissionService submission, HistoryService history, DraftService drafts) {
        this(submission, history, drafts, siret -> java.util.Optional.empty());
    }

    /**
     * @param recipients where the recipient's name is read for the history (the lookup the
     *                   submission made just before is in its cache: no second call)
     */
    public DraftSubmission(SubmissionService submission, HistoryService history, DraftService drafts,
            RecipientService recipients) {
        this(submission, history, drafts, siret -> {
            try {
                return java.util.Optional.of(recipients.lookup(siret).name());
            } catch (RecipientException | RuntimeException e) {
                return java.util.Optional.empty();
            }
        });
    }

    private DraftSubmission(SubmissionService submission, HistoryService history, DraftService drafts,
            java.util.function.Function<String, java.util.Optional<String>> recipientNames) {
        this.submission = Objects.requireNonNull(submission);
        this.history = Objects.requireNonNull(history);
        this.drafts = Objects.requireNonNull(drafts);
        this.recipientNames = recipientNames;
    }

    /** How the draft would go; see {@link SubmissionService#modeFor(InvoiceDraft, boolean)}. */
    public SubmissionMode modeFor(InvoiceDraft draft, boolean asFlow) {
        return submission.modeFor(draft, asFlow);
    }

    /** Sends the draft; returns its history entry. The draft is deleted only once the history has it. */
    public SentInvoice send(InvoiceDraft draft, SupplierIdentity supplier, SubmissionListener listener)
            throws SubmissionException, IOException {
        SubmissionReceipt receipt = submission.submit(draft, supplier, listener);
        return settle(draft, receipt);
    }

    /**
     * The wizard's sending: as {@link #send}, but Chorus Pro's receipt is what the user must see.
     * Once Chorus Pro has the invoice, a failure to write the history or to delete the draft is
     * logged, not thrown: the ledger already holds the deposit, so a resend is still refused.
     * A refusal as a duplicate that carries the earlier receipt settles the draft the same way.
     */
    public SubmissionReceipt submit(InvoiceDraft draft, SupplierIdentity supplier, SubmissionListener listener)
            throws SubmissionException {
        return submit(draft, supplier, listener, false);
    }

    /** As {@link #submit(InvoiceDraft, SupplierIdentity, SubmissionListener)}, as a Factur-X flow when asked and possible. */
    public SubmissionReceipt submit(InvoiceDraft draft, SupplierIdentity supplier, SubmissionListener listener,
            boolean asFlow) throws SubmissionException {
        SubmissionReceipt receipt;
        try {
            receipt = submission.submit(draft, supplier, listener, asFlow);
        } catch (SubmissionException e) {
            if (e.kind() == SubmissionException.Kind.DUPLICATE && e.existing().isPresent()) {
                // Chorus Pro has this very invoice (an answer lost, then found): it is sent, not a draft
                settleQuietly(draft, e.existing().get());
            }
            throw e;
        }
        settleQuietly(draft, receipt);
        return receipt;
    }

    /** Follows a flow still processed when it was sent; see {@link SubmissionService#followFlow}. */
    public SubmissionReceipt followFlow(InvoiceDraft draft, SubmissionReceipt inProgress, SupplierIdentity supplier,
            SubmissionListener listener) throws SubmissionException {
        SubmissionReceipt receipt = submission.followFlow(inProgress, supplier, listener);
        settleQuietly(draft, receipt);
        return receipt;
    }

    private void settleQuietly(InvoiceDraft draft, SubmissionReceipt receipt) {
        try {
            settle(draft, receipt);
        } catch (IOException | RuntimeException e) {
            LOG.error("Invoice {} was received by Chorus Pro but its history entry or draft could not be updated",
                    receipt.invoiceNumber(), e);
        }
    }

    private SentInvoice settle(InvoiceDraft draft, SubmissionReceipt receipt) throws IOException {
        SentInvoice recorded = history.recordSent(draft, receipt, recipientNames.apply(receipt.recipientSiret()));
        drafts.delete(draft.id());
        drafts.endEditing(draft.id());
        return recorded;
    }
}
