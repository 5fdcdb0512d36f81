package fr.chorusdesk.domain;

/** The fields of an {@link InvoiceDraft} a validation issue or a prefill source can point at. */
public enum DraftField {
    PDF, RECIPIENT_SIRET, SERVICE_CODE, ENGAGEMENT_NUMBER, CONTRACT_NUMBER, INVOICE_NUMBER, INVOICE_DATE,
    INVOICE_KIND, BILLING_FRAME, VALIDATOR_STRUCTURE, VALIDATOR_SERVICE, AMOUNT_EXCL_TAX, VAT_AMOUNT,
    AMOUNT_INCL_TAX, AMOUNT_DUE, CURRENCY, VAT_LINES, COMMENT
}
