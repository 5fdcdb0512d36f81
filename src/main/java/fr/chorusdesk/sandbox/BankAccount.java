package fr.chorusdesk.sandbox;

/**
 * A bank account of the demo supplier ({@code recupererCoordonneesBancairesValides} entry), with
 * the French IBAN that the invoices paid on it show in parts.
 */
public record BankAccount(long idCoordonneeBancaire, String nomCoordonneeBancaire, String iban) {

    /** « FR », as {@code coordBancairesFournisseurCodePays}. */
    String countryCode() {
        return iban.substring(0, 2);
    }

    /** The two check digits, {@code coordBancairesFournisseurCleIban}. */
    String ibanKey() {
        return iban.substring(2, 4);
    }

    /** The RIB's bank code (5 digits), {@code coordBancairesFournisseurCodeBanque}. */
    String bankCode() {
        return iban.substring(4, 9);
    }

    /** The RIB's branch code (5 digits), {@code coordBancairesCodeGuichet}. */
    String branchCode() {
        return iban.substring(9, 14);
    }

    /** The RIB's account number (11 characters), {@code coordBancairesFournisseurCompteBancaire}. */
    String accountNumber() {
        return iban.substring(14, 25);
    }

    /** The RIB key (2 digits), {@code coordBancairesFournisseurCleRib}. */
    String ribKey() {
        return iban.substring(25, 27);
    }
}
