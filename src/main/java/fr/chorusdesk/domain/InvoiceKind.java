package fr.chorusdesk.domain;

/** What the document is for Chorus Pro ({@code typeFacture}): an invoice or a credit note. */
public enum InvoiceKind {
    /** An invoice (UNTDID 1001 code 380). */
    FACTURE,
    /** A credit note (UNTDID 1001 code 381). */
    AVOIR
}
