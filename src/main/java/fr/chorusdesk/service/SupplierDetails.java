package fr.chorusdesk.service;

import fr.chorusdesk.domain.PasswordExpiry;
import fr.chorusdesk.domain.SupplierBankAccount;
import fr.chorusdesk.domain.SupplierService;
import java.util.List;
import java.util.Optional;

/** What the user chooses from once the supplier structure is picked, and the password's expiry. */
public record SupplierDetails(List<SupplierService> services, List<SupplierBankAccount> bankAccounts,
        Optional<PasswordExpiry> passwordExpiry) {

    public SupplierDetails {
        services = List.copyOf(services);
        bankAccounts = List.copyOf(bankAccounts);
    }
}
