package fr.chorusdesk.sandbox;

/** The Chorus Pro statuses the sandbox lifecycle uses (names are the wire values). */
public enum InvoiceStatus {
    DEPOSEE, EN_COURS_ACHEMINEMENT, MISE_A_DISPOSITION, SERVICE_FAIT, MANDATEE, MISE_A_DISPOSITION_COMPTABLE,
    COMPTABILISEE, MISE_EN_PAIEMENT, SUSPENDUE, COMPLETEE, A_RECYCLER, REJETEE,
    /** The validation circuit of a subcontractor's invoice (A9): see {@link ValidationCircuit}. */
    A_VALIDER_1, VALIDEE_1, REFUSEE_1, ABSENCE_VALIDATION_1_HORS_DELAI
}
