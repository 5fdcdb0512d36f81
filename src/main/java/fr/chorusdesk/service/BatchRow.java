package fr.chorusdesk.service;

import fr.chorusdesk.domain.ContractCard;
import fr.chorusdesk.domain.DraftField;
import fr.chorusdesk.domain.DraftIssue;
import fr.chorusdesk.domain.InvoiceDraft;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One invoice of a batch as the table shows it. Immutable: every change gives a new row.
 *
 * @param id            the row's draft id
 * @param fileName      the PDF's file name, as the user knows it
 * @param draft         the invoice (absent for a PDF already sent, which needs no draft)
 * @param recipientName the recipient's name as Chorus Pro gives it, once looked up
 * @param reading       what the PDF gave by itself
 * @param suggestions   values found in the text of a plain PDF, not applied until the user takes them
 * @param issues        what is missing or wrong ({@link BatchStatus#INCOMPLETE})
 * @param message       why, in French: what is missing, why it is blocked, Chorus Pro's refusal…
 * @param fieldToFix    the field to correct, when the reason names one
 * @param invoiceId     Chorus Pro's number ({@code identifiantFactureCPP}) of an invoice it holds
 * @param progress      share of the sending done, from 0 to 1, while {@link BatchStatus#SENDING}
 * @param cardOffer     a contract card that would fill what this invoice lacks
 */
public record BatchRow(String id, String fileName, BatchStatus status, Optional<InvoiceDraft> draft,
                       Optional<String> recipientName, Reading reading, List<PreflightResult.Suggestion> suggestions,
                       List<DraftIssue> issues, String message, Optional<DraftField> fieldToFix,
                       Optional<Long> invoiceId, double progress, Optional<ContractCard> cardOffer) {

    /** What reading the PDF gave. */
    public enum Reading {
        /** Not read yet. */
        PENDING,
        /** Its Factur-X XML filled the invoice. */
        FACTURX,
        /** A plain PDF whose text gave values to take. */
        TEXT,
        /** A plain PDF whose text gave nothing usable. */
        NOTHING,
        /** Not a readable PDF. */
        UNREADABLE
    }

    public BatchRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(recipientName, "recipientName");
        Objects.requireNonNull(reading, "reading");
        suggestions = List.copyOf(suggestions);
        issues = List.copyOf(issues);
        message = Objects.requireNonNullElse(message, "");
        Objects.requireNonNull(fieldToFix, "fieldToFix");
        Objects.requireNonNull(invoiceId, "invoiceId");
        Objects.requireNonNull(cardOffer, "cardOffer");
    }

    /** A row just added, not read yet. */
    static BatchRow reading(String id, String fileName) {
        return new BatchRow(id, fileName, BatchStatus.READING, Optional.empty(), Optional.empty(), Reading.PENDING,
                List.of(), List.of(), "", Optional.empty(), Optional.empty(), 0, Optional.empty());
    }

    BatchRow withStatus(BatchStatus value, String why, Optional<DraftField> field) {
        return new BatchRow(id, fileName, value, draft, recipientName, reading, suggestions, issues, why, field,
                invoiceId, value == BatchStatus.SENDING ? progress : 0, cardOffer);
    }

    BatchRow withProgress(double value) {
        return new BatchRow(id, fileName, status, draft, recipientName, reading, suggestions, issues, message,
                fieldToFix, invoiceId, value, cardOffer);
    }

    BatchRow withInvoiceId(Optional<Long> value) {
        return new BatchRow(id, fileName, status, draft, recipientName, reading, suggestions, issues, message,
                fieldToFix, value, progress, cardOffer);
    }

    /** The invoice's number, when it has one. */
    public Optional<String> invoiceNumber() {
        return draft.flatMap(InvoiceDraft::invoiceNumber);
    }
}
