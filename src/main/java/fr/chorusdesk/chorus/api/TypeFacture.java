package fr.chorusdesk.chorus.api;

/** Values of {@code typeFacture}; {@code ACOMPTE} only appears in searches and outputs. */
public enum TypeFacture {
    FACTURE,
    AVOIR,
    ACOMPTE
}
