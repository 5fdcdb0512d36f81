package fr.chorusdesk.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who sends the invoice, as Chorus Pro knows the supplier: the technical ids a submission carries
 * in {@code fournisseur}. The account profile provides them.
 *
 * @param structureId   {@code idStructureCPP} of the supplier structure ({@code idFournisseur}), not its SIRET
 * @param serviceId     {@code idServiceFournisseur}, when the supplier invoices from one of its services
 * @param bankAccountId {@code codeCoordonneesBancairesFournisseur}, the bank account to be paid on
 * @param defaults      the supplier's usual VAT regime and payment mode, for an invoice that does not say
 * @param structure     the supplier structure by name and SIRET, as the account step chose it, to say who sends
 * @param bankAccounts  every valid bank account of the structure, with the IBANs learned so far; an
 *                      invoice may be paid on another one than {@code bankAccountId} (see
 *                      {@link BankAccountChoice}). Empty when only the chosen one is known.
 */
public record SupplierIdentity(long structureId, Optional<Long> serviceId, Optional<Long> bankAccountId,
                               InvoicingDefaults defaults, Optional<SupplierStructure> structure,
                               List<SupplierBankAccount> bankAccounts) {

    public SupplierIdentity {
        Objects.requireNonNull(serviceId, "serviceId");
        Objects.requireNonNull(bankAccountId, "bankAccountId");
        defaults = Objects.requireNonNullElse(defaults, InvoicingDefaults.NONE);
        structure = Objects.requireNonNullElse(structure, Optional.empty());
        bankAccounts = bankAccounts == null ? List.of() : List.copyOf(bankAccounts);
    }

    /** Without the list of bank accounts: every invoice is paid on {@code bankAccountId}. */
    public SupplierIdentity(long structureId, Optional<Long> serviceId, Optional<Long> bankAccountId,
            InvoicingDefaults defaults, Optional<SupplierStructure> structure) {
        this(structureId, serviceId, bankAccountId, defaults, structure, List.of());
    }

    /** Without the structure's name and SIRET. */
    public SupplierIdentity(long structureId, Optional<Long> serviceId, Optional<Long> bankAccountId,
            InvoicingDefaults defaults) {
        this(structureId, serviceId, bankAccountId, defaults, Optional.empty());
    }

    /** Without usual values: every invoice must say its VAT regime and payment mode. */
    public SupplierIdentity(long structureId, Optional<Long> serviceId, Optional<Long> bankAccountId) {
        this(structureId, serviceId, bankAccountId, InvoicingDefaults.NONE);
    }
}
