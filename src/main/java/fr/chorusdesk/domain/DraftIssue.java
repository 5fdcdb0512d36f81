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
        /** The invoice carries VAT and neither it nor the profile says which regime (débits, encaissements). */
        VAT_REGIME_MISSING,
        /** VAT without a breakdown whose rate can be told from HT and TVA: the lines must be given. */
        VAT_RATE_UNKNOWN,
        /** A VAT line with a negative amount, a rate outside 0–100 or amounts finer than the cent. */
        VAT_LINE_INVALID,
        /** No VAT at all on lines that exist, without the exemption's mention (and not in franchise en base). */
        VAT_EXEMPTION_MISSING,
        /** A supplier in franchise en base charges no VAT, yet the invoice has some. */
        VAT_FRANCHISE_WITH_VAT,
        /** A credit note without the number of the invoice it corrects. */
        ORIGINAL_INVOICE_MISSING,
        /** An invoice without its payment mode, from the Factur-X, the profile or the user. */
        PAYMENT_MODE_MISSING,
        /** A2 (already paid): the amount to pay must be zero (a third-party source's rule, see DraftValidator). */
        A2_AMOUNT_DUE_NOT_ZERO,
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
