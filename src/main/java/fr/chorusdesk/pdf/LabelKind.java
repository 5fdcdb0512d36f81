package fr.chorusdesk.pdf;

/**
 * What a label of the dictionary announces. The first kinds are fields; the others tell what is
 * <em>not</em> a field (the supplier's legal mentions, payments received, due dates…) or whose
 * block a line belongs to.
 */
enum LabelKind {
    INVOICE_NUMBER, INVOICE_DATE, RECIPIENT_SIRET, SIRET, ENGAGEMENT_NUMBER, SERVICE_CODE, CONTRACT_NUMBER,
    AMOUNT_HT, AMOUNT_TVA, AMOUNT_TTC, AMOUNT_DUE,
    /** A document title: « Facture », « Invoice », « Rechnung ». */
    TITLE_INVOICE,
    /** A credit note's title: « Avoir », « Credit note », « Gutschrift ». */
    TITLE_CREDIT,
    /** « TVA non applicable, art. 293 B du CGI » and the like: no VAT at all. */
    NO_VAT,
    /** A payment already received: its date and amount are no field. */
    PAYMENT,
    RECIPIENT_HEADING, SUPPLIER_HEADING,
    /** The supplier's legal mentions and contact details. */
    LEGAL,
    /** Other dated or numbered facts: due date, delivery, customer number, original invoice. */
    IGNORE;

    boolean isAmount() {
        return this == AMOUNT_HT || this == AMOUNT_TVA || this == AMOUNT_TTC || this == AMOUNT_DUE;
    }

    /** A label after which values are someone else's business. */
    boolean blocks() {
        return this == PAYMENT || this == LEGAL || this == IGNORE;
    }
}
