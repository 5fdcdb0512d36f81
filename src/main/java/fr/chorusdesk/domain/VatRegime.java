package fr.chorusdesk.domain;

/**
 * The supplier's VAT regime: when its VAT falls due, or that it charges none. The profile holds the
 * usual one; each invoice may say otherwise. It decides Chorus Pro's {@code typeTva} when the
 * invoice carries VAT (see {@link VatTreatment}).
 */
public enum VatRegime {
    /** TVA sur les débits: due when the invoice is issued. */
    DEBITS,
    /** TVA sur les encaissements: due when the payment is received. */
    ENCAISSEMENTS,
    /** Franchise en base (art. 293 B du CGI): the supplier charges no VAT. */
    FRANCHISE_EN_BASE
}
