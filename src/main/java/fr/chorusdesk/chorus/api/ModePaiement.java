package fr.chorusdesk.chorus.api;

/** Values of {@code modePaiement}. */
public enum ModePaiement {
    CHEQUE,
    PRELEVEMENT,
    VIREMENT,
    ESPECE,
    AUTRE,
    REPORT
}
