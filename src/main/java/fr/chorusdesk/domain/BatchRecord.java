package fr.chorusdesk.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A batch of invoices as it is kept on disk: which profile it belongs to, and per PDF the draft it
 * became and what is known for sure about its sending. What can be worked out again (a row ready,
 * incomplete or blocked) is not kept: it is recomputed from the draft when the batch is opened.
 *
 * @param id        stable identifier (a UUID)
 * @param profile   the profile every invoice of the batch is sent with
 * @param createdAt when the batch was started
 * @param rows      one per distinct PDF, in the order they were added
 */
public record BatchRecord(String id, String profile, Instant createdAt, List<Row> rows) {

    /**
     * One PDF of the batch.
     *
     * @param draftId       the draft it became (also the row's id)
     * @param source        the file the user gave, as an absolute path
     * @param pdfSha256     its SHA-256: the same PDF twice is one row
     * @param sendRequested the user asked to send it: if the app stops before it is settled, the
     *                      sending resumes at the next start
     * @param outcome       what is known for sure once a sending ended, or the history said at once
     */
    public record Row(String draftId, String source, String pdfSha256, boolean sendRequested,
                      Optional<Outcome> outcome) {

        public Row {
            Objects.requireNonNull(draftId, "draftId");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(pdfSha256, "pdfSha256");
            outcome = Objects.requireNonNullElse(outcome, Optional.empty());
        }

        public Row withSendRequested(boolean value) {
            return new Row(draftId, source, pdfSha256, value, outcome);
        }

        public Row withOutcome(Optional<Outcome> value) {
            return new Row(draftId, source, pdfSha256, sendRequested, value);
        }
    }

    /**
     * How a row's sending ended.
     *
     * @param invoiceId Chorus Pro's {@code identifiantFactureCPP}, for an invoice it holds
     * @param message   the sentence to show (Chorus Pro's reason for a refusal)
     * @param field     the field to correct, when the reason names one
     */
    public record Outcome(Kind kind, Optional<Long> invoiceId, String message, Optional<DraftField> field,
                          Instant at) {

        /** What became of the row. */
        public enum Kind {
            /** Sent by this batch: Chorus Pro holds it. */
            SENT,
            /** Already in the history when it was added: never sent again. */
            ALREADY_SENT,
            /** Chorus Pro refused it: nothing of it exists there. */
            REFUSED,
            /** The answer was lost: the lost-answer check decides at the next sending. */
            TO_CHECK
        }

        public Outcome {
            Objects.requireNonNull(kind, "kind");
            invoiceId = Objects.requireNonNullElse(invoiceId, Optional.empty());
            message = Objects.requireNonNullElse(message, "");
            field = Objects.requireNonNullElse(field, Optional.empty());
            Objects.requireNonNull(at, "at");
        }

        /** Whether the row is settled for good: on Chorus Pro, or refused by it. */
        public boolean settled() {
            return kind != Kind.TO_CHECK;
        }
    }

    public BatchRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(createdAt, "createdAt");
        rows = rows == null ? List.of() : List.copyOf(rows);
    }

    public Optional<Row> row(String draftId) {
        return rows.stream().filter(r -> r.draftId().equals(draftId)).findFirst();
    }

    public BatchRecord withRows(List<Row> value) {
        return new BatchRecord(id, profile, createdAt, value);
    }

    /** The same batch with one row changed; an unknown id changes nothing. */
    public BatchRecord withRow(String draftId, UnaryOperator<Row> change) {
        List<Row> changed = new ArrayList<>(rows.size());
        for (Row r : rows) {
            changed.add(r.draftId().equals(draftId) ? change.apply(r) : r);
        }
        return withRows(changed);
    }
}
