package fr.chorusdesk.sandbox;

/** A bank account of the demo supplier ({@code recupererCoordonneesBancairesValides} entry). */
public record BankAccount(long idCoordonneeBancaire, String nomCoordonneeBancaire, String iban) {
}
