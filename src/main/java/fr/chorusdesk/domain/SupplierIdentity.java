package fr.chorusdesk.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * Who sends the invoice, as Chorus Pro knows the supplier: the technical ids a submission carries
 * in {@code fournisseur}. The account profile provides them.
 *
 * @param structureId   {@code idStructureCPP} of the supplier structure ({@code idFournisseur}), not its SIRET
 * @param serviceId     {@code idServiceFournisseur}, when the supplier invoices from one of its services
 * @param bankAccountId {@code codeCoordonneesBancairesFournisseur}, the bank account to be paid on
 */
public record SupplierIdentity(long structureId, Optional<Long> serviceId, Optional<Long> bankAccountId) {

    public SupplierIdentity {
        Objects.requireNonNull(serviceId, "serviceId");
        Objects.requireNonNull(bankAccountId, "bankAccountId");
    }
}
