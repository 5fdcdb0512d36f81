package fr.chorusdesk.pdf;

/** What a text hint may stand for. */
public enum HintKind {
    INVOICE_NUMBER, DATE, SIRET, AMOUNT_HT, AMOUNT_TVA, AMOUNT_TTC
}
