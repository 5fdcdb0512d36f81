package fr.chorusdesk.service;

import fr.chorusdesk.domain.BatchRecord;
import fr.chorusdesk.domain.DraftField;
import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.domain.SupplierIdentity;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.DoubleConsumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One invoice of a batch sent through {@link DraftSubmission}, as the wizard sends it (same checks,
 * same duplicate protection, same history), and its end in the batch's words: sent with its Chorus
 * number, refused with Chorus Pro's reason and the field it names, or to check when the answer
 * was lost. Never throws for the invoice's own failure: the next invoice must go on.
 */
final class BatchSending {

    private static final Logger LOG = LoggerFactory.getLogger(BatchSending.class);

    /** The row after the sending, and what is kept on disk about it. */
    record Result(BatchRow row, Optional<BatchRecord.Outcome> outcome) {
    }

    private final DraftSubmission sending;
    private final Clock clock;
    private final Locale locale;

    BatchSending(DraftSubmission sending, Clock clock, Locale locale) {
        this.sending = sending;
        this.clock = clock;
        this.locale = locale;
    }

    Result send(BatchRow row, InvoiceDraft draft, SupplierIdentity supplier, DoubleConsumer progress) {
        SubmissionListener listener = new SubmissionListener() {
            @Override
            public void stepStarted(SubmissionStep step) {
                if (step == SubmissionStep.SUBMITTING) {
                    progress.accept(0.9);
                }
            }

            @Override
            public void uploadProgress(long sentBytes, long totalBytes) {
                progress.accept(totalBytes <= 0 ? 0 : 0.8 * sentBytes / totalBytes);
            }
        };
        try {
            SubmissionReceipt receipt = sending.submit(draft, supplier, listener);
            return sent(row, receipt, "batch.sent");
        } catch (SubmissionException e) {
            return switch (e.kind()) {
                // this very invoice was received by an earlier attempt (a lost answer found again)
                case DUPLICATE -> e.existing().map(existing -> sent(row, existing, "batch.sent.found"))
                        .orElseGet(() -> end(row, BatchStatus.BLOCKED, e.userMessage(), Optional.empty(), null));
                case INVALID_DRAFT -> new Result(incomplete(row, e), Optional.empty());
                case RECIPIENT_REFUSED, PDF_CHANGED -> new Result(row.withStatus(BatchStatus.BLOCKED, e.userMessage(),
                        ChorusRefusal.fieldOf(e)), Optional.empty());
                case CHORUS_REFUSED, FLOW_REJECTED -> end(row, BatchStatus.REFUSED, refusal(e),
                        ChorusRefusal.fieldOf(e), BatchRecord.Outcome.Kind.REFUSED);
                case MAY_HAVE_BEEN_RECEIVED -> end(row, BatchStatus.TO_CHECK, e.userMessage(), Optional.empty(),
                        BatchRecord.Outcome.Kind.TO_CHECK);
            };
        } catch (UncheckedIOException | IllegalStateException e) {
            // the history could not be written around the sending: whether Chorus Pro has it is not known
            LOG.error("Batch invoice {} not settled", row.fileName(), e);
            return end(row, BatchStatus.TO_CHECK, ServiceMessages.format(locale, "batch.toCheck.local"),
                    Optional.empty(), BatchRecord.Outcome.Kind.TO_CHECK);
        }
    }

    private Result sent(BatchRow row, SubmissionReceipt receipt, String key) {
        String id = receipt.invoiceId().map(String::valueOf).orElse("—");
        BatchRow done = row.withStatus(BatchStatus.SENT, ServiceMessages.format(locale, key, id), Optional.empty())
                .withInvoiceId(receipt.invoiceId());
        return new Result(done, Optional.of(new BatchRecord.Outcome(BatchRecord.Outcome.Kind.SENT,
                receipt.invoiceId(), done.message(), Optional.empty(), clock.instant())));
    }

    private Result end(BatchRow row, BatchStatus status, String message, Optional<DraftField> field,
            BatchRecord.Outcome.Kind kind) {
        BatchRow done = row.withStatus(status, message, field);
        return new Result(done, kind == null ? Optional.empty()
                : Optional.of(new BatchRecord.Outcome(kind, Optional.empty(), message, field, clock.instant())));
    }

    /** Chorus Pro's reason, and what to correct when it names a field. */
    private String refusal(SubmissionException e) {
        Optional<DraftField> field = ChorusRefusal.fieldOf(e);
        String details = e.details().isEmpty() ? "" : " " + String.join(" ", e.details());
        return field.map(f -> ServiceMessages.format(locale, "batch.refused.fix", e.userMessage() + details,
                ServiceMessages.format(locale, "batch.field." + f.name()))).orElse(e.userMessage() + details);
    }

    private BatchRow incomplete(BatchRow row, SubmissionException e) {
        List<fr.chorusdesk.domain.DraftIssue> issues = e.issues();
        String what = issues.stream().map(i -> ServiceMessages.format(locale, "batch.field." + i.field().name()))
                .distinct().collect(Collectors.joining(", "));
        return new BatchRow(row.id(), row.fileName(), BatchStatus.INCOMPLETE, row.draft(), row.recipientName(),
                row.reading(), row.suggestions(), issues, what.isEmpty() ? e.userMessage() : what,
                issues.stream().map(fr.chorusdesk.domain.DraftIssue::field).findFirst(), Optional.empty(), 0,
                row.cardOffer());
    }
}
