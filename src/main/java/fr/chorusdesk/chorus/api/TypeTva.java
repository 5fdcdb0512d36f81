package fr.chorusdesk.chorus.api;

/** Values of {@code typeTva}. */
public enum TypeTva {
    TVA_SUR_DEBIT,
    TVA_SUR_ENCAISSEMENT,
    EXONERATION,
    SANS_TVA
}
