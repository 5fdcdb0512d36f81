package fr.chorusdesk.pdf;

import fr.chorusdesk.domain.DraftField;

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

    /** The draft field a hint of this kind fills. */
    public DraftField field() {
        return switch (this) {
            case INVOICE_NUMBER -> DraftField.INVOICE_NUMBER;
            case DATE -> DraftField.INVOICE_DATE;
            case SIRET -> DraftField.RECIPIENT_SIRET;
            case AMOUNT_HT -> DraftField.AMOUNT_EXCL_TAX;
            case AMOUNT_TVA -> DraftField.VAT_AMOUNT;
            case AMOUNT_TTC -> DraftField.AMOUNT_INCL_TAX;
            case AMOUNT_DUE -> DraftField.AMOUNT_DUE;
            case ENGAGEMENT_NUMBER -> DraftField.ENGAGEMENT_NUMBER;
            case SERVICE_CODE -> DraftField.SERVICE_CODE;
            case CONTRACT_NUMBER -> DraftField.CONTRACT_NUMBER;
            case VAT_LINES -> DraftField.VAT_LINES;
            case INVOICE_KIND -> DraftField.INVOICE_KIND;
        };
    }

    /** The kind of hint that fills a draft field, if the text can. */
    public static java.util.Optional<HintKind> of(DraftField field) {
        for (HintKind kind : values()) {
            if (kind.field() == field) {
                return java.util.Optional.of(kind);
            }
        }
        return java.util.Optional.empty();
    }

    public boolean isAmount() {
        return this == AMOUNT_HT || this == AMOUNT_TVA || this == AMOUNT_TTC || this == AMOUNT_DUE;
    }
}
