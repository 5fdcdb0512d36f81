package fr.chorusdesk.domain;

import java.util.Objects;

/** A valid bank account of the supplier ({@code codeCoordonneesBancairesFournisseur} of an invoice). */
public record SupplierBankAccount(long id, String name) {

    public SupplierBankAccount {
        Objects.requireNonNull(name, "name");
    }
}
