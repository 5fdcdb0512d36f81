package fr.chorusdesk.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A valid bank account of the supplier ({@code codeCoordonneesBancairesFournisseur} of an invoice).
 *
 * @param iban the account's IBAN once known: recupererCoordonneesBancairesValides gives only the id
 *             and the label, so it is learned from an invoice Chorus Pro shows with that account
 *             ({@link fr.chorusdesk.domain.BankAccountChoice})
 */
public record SupplierBankAccount(long id, String name, Optional<Iban> iban) {

    public SupplierBankAccount {
        Objects.requireNonNull(name, "name");
        iban = Objects.requireNonNullElse(iban, Optional.empty());
    }

    /** An account whose IBAN is not known yet. */
    public SupplierBankAccount(long id, String name) {
        this(id, name, Optional.empty());
    }

    public SupplierBankAccount withIban(Iban value) {
        return new SupplierBankAccount(id, name, Optional.of(value));
    }

    /** « Compte courant — FR76 … 0189 » once the IBAN is known; the label alone, or its number, otherwise. */
    public String label() {
        String shown = name.isBlank() ? "n° " + id : name;
        return iban.map(i -> shown + " — " + i.shortened()).orElse(shown);
    }

    /** This account with the IBAN {@code known} has of it, when this one does not say its own. */
    public SupplierBankAccount withIbanKnownIn(List<SupplierBankAccount> known) {
        if (iban.isPresent()) {
            return this;
        }
        return known.stream().filter(this::sameAccount).findFirst().flatMap(SupplierBankAccount::iban)
                .map(this::withIban).orElse(this);
    }

    /** The same account (id), whatever is known of its IBAN. */
    public boolean sameAccount(SupplierBankAccount other) {
        return other != null && other.id == id;
    }
}
