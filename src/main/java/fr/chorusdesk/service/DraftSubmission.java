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
    private final SentHook onSent;
    private final java.util.function.Function<String, java.util.Optional<String>> recipientNames;

    /** Told of each invoice once the history has it (the contract cards learn from it); never stops the sending. */
    @FunctionalInterface
    public interface SentHook {
        void sent(InvoiceDraft draft, SubmissionReceipt receipt) throws Exception;
    }

    public DraftSubmission(SubmissionService submission, HistoryService history, DraftService drafts) {
        this(submission, history, drafts, siret -> java.util.Optional.empty(), (draft, receipt) -> { });
    }

    public DraftSubmission(SubmissionService submission, HistoryService history, DraftService drafts,
            SentHook onSent) {
        this(submission, history, drafts, siret -> java.util.Optional.empty(), onSent);
    }

    /**
     * @param recipients where the recipient's name is read for the history (the lookup the
     *                   submission made just before is in its cache: no second call)
     */
    public DraftSubmission(SubmissionService submission, HistoryService history, DraftService drafts,
            RecipientService recipients) {
        this(submission, history, drafts, recipients, (draft, receipt) -> { });
    }

    /** With the recipient's name for the history and a hook told of each invoice sent. */
    public DraftSubmission(SubmissionService submission, HistoryService history, DraftService drafts,
            RecipientService recipients, SentHook onSent) {
        this(submission, history, drafts, siret -> {
            try {
                return java.util.Optional.of(recipients.lookup(siret).name());
            } catch (RecipientException | RuntimeException e) {
                return java.util.Optional.empty();
            }
        }, onSent);
    }

    private DraftSubmission(SubmissionService submission, HistoryService history, DraftService drafts,
            java.util.function.Function<String, java.util.Optional<String>> recipientNames, SentHook onSent) {
        this.submission = Objects.requireNonNull(submission);
        this.history = Objects.requireNonNull(history);
        this.drafts = Objects.requireNonNull(drafts);
        this.recipientNames = Objects.requireNonNull(recipientNames);
        this.onSent = Objects.requireNonNull(onSent);
    }

    /** How the draft would go; see {@link SubmissionService#modeFor(InvoiceDraft, boolean)}. */
    public SubmissionMode modeFor(InvoiceDraft draft, boolean asFlow) {
        return submission.modeFor(draft, asFlow);
    }

    /** Sends the draft; returns its history entry. The draft is deleted only once the history has it. */
    public SentInvoice send(InvoiceDraft given, SupplierIdentity supplier, SubmissionListener listener)
            throws SubmissionException, IOException {
        // the history keeps the value sent: with the profile's VAT regime and payment mode where the draft had none
        InvoiceDraft draft = supplier.defaults().applyTo(given);
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
        return submit(draft, supplier, listener, asFlow, false);
    }

    /**
     * As {@link #submit(InvoiceDraft, SupplierIdentity, SubmissionListener, boolean)}, as a plain PDF when asked;
     * what the invoice leaves unsaid (VAT regime, payment mode) is taken from the profile's defaults.
     */
    public SubmissionReceipt submit(InvoiceDraft given, SupplierIdentity supplier, SubmissionListener listener,
            boolean asFlow, boolean asPlainPdf) throws SubmissionException {
        InvoiceDraft draft = supplier.defaults().applyTo(given);
        SubmissionReceipt receipt;
        try {
            receipt = submission.submit(draft, supplier, listener, asFlow, asPlainPdf);
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
        try {
            onSent.sent(draft, receipt);
        } catch (Exception e) {
            LOG.warn("Invoice {} sent; what it teaches (contract card) could not be kept", receipt.invoiceNumber(), e);
        }
        return recorded;
    }
}
