package fr.chorusdesk.pdf;

/**
 * What a text hint stands for. {@code DATE} is the invoice date and {@code SIRET} the recipient's
 * SIRET (the names stay as the {@code inspect} JSON has always written them).
 */
public enum HintKind {
    INVOICE_NUMBER, DATE, SIRET, AMOUNT_HT, AMOUNT_TVA, AMOUNT_TTC,
    /** The amount to pay, after deposits (« Net à payer », « Reste à payer », « Amount due »). */
    AMOUNT_DUE,
    /** The engagement (purchase order) number. */
    ENGAGEMENT_NUMBER,
    /** Chorus Pro's service code of the recipient. */
    SERVICE_CODE,
    /** The public contract (« marché ») number. */
    CONTRACT_NUMBER,
    /** The VAT breakdown: one rate, base and amount per rate, as {@code 20.00:1000.00:200.00|5.50:…}. */
    VAT_LINES,
    /** {@code FACTURE} or {@code AVOIR} (a credit note). */
    INVOICE_KIND;

    public boolean isAmount() {
        return this == AMOUNT_HT || this == AMOUNT_TVA || this == AMOUNT_TTC || this == AMOUNT_DUE;
    }
}
