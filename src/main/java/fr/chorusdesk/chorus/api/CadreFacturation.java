package fr.chorusdesk.chorus.api;

/** Billing frames ({@code codeCadreFacturation}) that {@code soumettreFacture} accepts as input. */
public enum CadreFacturation {
    A1_FACTURE_FOURNISSEUR,
    A2_FACTURE_FOURNISSEUR_DEJA_PAYEE,
    A9_FACTURE_SOUSTRAITANT,
    A12_FACTURE_COTRAITANT
}
