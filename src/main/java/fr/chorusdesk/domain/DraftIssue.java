package fr.chorusdesk.domain;

import java.util.Objects;

/**
 * One thing that stops a draft from being sent: the field it is about and why. The wizard shows
 * {@link #messageKey()} from the application's message bundle next to the field.
 */
public record DraftIssue(DraftField field, Reason reason) {

    /** Why a field is refused; each reason has its own message. */
    public enum Reason {
        PDF_MISSING,
        PDF_REFUSED,
        PDF_TOO_LARGE,
        RECIPIENT_MISSING,
        RECIPIENT_INVALID,
        SERVICE_CODE_REQUIRED,
        ENGAGEMENT_NUMBER_REQUIRED,
        SERVICE_CODE_OR_ENGAGEMENT_NUMBER_REQUIRED,
        ENGAGEMENT_NUMBER_TOO_LONG,
        /** Unknown to Chorus Pro for a State recipient, which checks it (found out before sending). */
        ENGAGEMENT_NUMBER_UNKNOWN,
        INVOICE_NUMBER_MISSING,
        INVOICE_NUMBER_TOO_LONG,
        INVOICE_NUMBER_FORBIDDEN_CHARACTERS,
        INVOICE_NUMBER_ONLY_A_DATE,
        INVOICE_NUMBER_ALREADY_USED,
        INVOICE_DATE_MISSING,
        INVOICE_DATE_IN_FUTURE,
        VALIDATOR_STRUCTURE_REQUIRED,
        VALIDATOR_STRUCTURE_INVALID,
        AMOUNT_MISSING,
        AMOUNT_NEGATIVE,
        AMOUNT_TOO_PRECISE,
        TOTAL_MISMATCH,
        AMOUNT_DUE_ABOVE_TOTAL,
        CURRENCY_NOT_EURO,
        VAT_LINES_MISMATCH,
        COMMENT_TOO_LONG,
        /** The PDF's visible text contradicts its Factur-X data (found by the pre-send audit, not the validator). */
        PDF_CONTRADICTS_ITS_DATA;

        /** Bundle key of the message shown for this reason: {@code draft.issue.} + the name in camel case. */
        public String messageKey() {
            StringBuilder key = new StringBuilder("draft.issue.");
            boolean upper = false;
            for (char c : name().toCharArray()) {
                if (c == '_') {
                    upper = true;
                } else {
                    key.append(upper ? c : Character.toLowerCase(c));
                    upper = false;
                }
            }
            return key.toString();
        }
    }

    public DraftIssue {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(reason, "reason");
    }

    public String messageKey() {
        return reason.messageKey();
    }
}
