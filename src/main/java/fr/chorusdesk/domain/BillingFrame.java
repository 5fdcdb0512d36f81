package fr.chorusdesk.domain;

/**
 * The billing frames ({@code cadreDeFacturation}) a supplier may use when depositing an invoice.
 * A9 (subcontractor) and A12 (co-contractor) go through a validator, whose structure must be given.
 */
public enum BillingFrame {
    A1("A1_FACTURE_FOURNISSEUR", false),
    A2("A2_FACTURE_FOURNISSEUR_DEJA_PAYEE", false),
    A9("A9_FACTURE_SOUSTRAITANT", true),
    A12("A12_FACTURE_COTRAITANT", true);

    private final String chorusCode;
    private final boolean validatorRequired;

    BillingFrame(String chorusCode, boolean validatorRequired) {
        this.chorusCode = chorusCode;
        this.validatorRequired = validatorRequired;
    }

    /** The value of {@code codeCadreFacturation}. */
    public String chorusCode() {
        return chorusCode;
    }

    /** Whether a validator structure (the main contractor) must be named. */
    public boolean validatorRequired() {
        return validatorRequired;
    }
}
