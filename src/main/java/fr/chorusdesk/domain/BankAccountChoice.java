package fr.chorusdesk.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The bank account an invoice is paid on ({@code codeCoordonneesBancairesFournisseur}), and why:
 * the one the user picked for this invoice; else the supplier's account whose IBAN is the one the
 * Factur-X names (BT-84); else the account chosen in the Compte step. The IBANs come from what
 * Chorus Pro showed of earlier invoices, never from a guess: an account whose IBAN is not known is
 * never taken for the Factur-X's.
 *
 * @param account    the account; empty when the supplier has none chosen
 * @param reason     why this one
 * @param invoiceIban the Factur-X's IBAN, when it names a valid one
 */
public record BankAccountChoice(Optional<SupplierBankAccount> account, Reason reason, Optional<Iban> invoiceIban) {

    /** Why the account was taken. */
    public enum Reason {
        /** The user picked it for this invoice. */
        PICKED,
        /** Its IBAN is the Factur-X's. */
        MATCHES_INVOICE_IBAN,
        /** The Compte step's account; the invoice names no IBAN. */
        PROFILE_ACCOUNT,
        /** The Compte step's account, while the invoice names an IBAN no known account has. */
        INVOICE_IBAN_UNKNOWN,
        /** No account chosen at all. */
        NONE
    }

    public BankAccountChoice {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(invoiceIban, "invoiceIban");
    }

    /** The account for this draft, sent by this supplier. */
    public static BankAccountChoice of(InvoiceDraft draft, SupplierIdentity supplier) {
        Optional<Iban> iban = draft.facturX().flatMap(FacturXFacts::validPayeeIban);
        List<SupplierBankAccount> known = accounts(supplier);
        Optional<SupplierBankAccount> picked = draft.bankAccountId().flatMap(id -> byId(known, id));
        if (picked.isPresent()) {
            return new BankAccountChoice(picked, Reason.PICKED, iban);
        }
        if (iban.isPresent()) {
            Optional<SupplierBankAccount> matching = known.stream()
                    .filter(a -> a.iban().equals(iban)).findFirst();
            if (matching.isPresent()) {
                return new BankAccountChoice(matching, Reason.MATCHES_INVOICE_IBAN, iban);
            }
        }
        Optional<SupplierBankAccount> chosen = supplier.bankAccountId().map(id -> byId(known, id)
                .orElseGet(() -> new SupplierBankAccount(id, "")));
        if (chosen.isEmpty()) {
            return new BankAccountChoice(Optional.empty(), Reason.NONE, iban);
        }
        return new BankAccountChoice(chosen, iban.isPresent() ? Reason.INVOICE_IBAN_UNKNOWN : Reason.PROFILE_ACCOUNT,
                iban);
    }

    /** The id sent as {@code codeCoordonneesBancairesFournisseur}. */
    public Optional<Long> accountId() {
        return account.map(SupplierBankAccount::id);
    }

    /**
     * The accounts the user may pick from: the structure's, or only the chosen one when the list is
     * not known (a profile saved before the list was kept).
     */
    public static List<SupplierBankAccount> accounts(SupplierIdentity supplier) {
        if (!supplier.bankAccounts().isEmpty()) {
            return supplier.bankAccounts();
        }
        return supplier.bankAccountId().map(id -> List.of(new SupplierBankAccount(id, ""))).orElse(List.of());
    }

    private static Optional<SupplierBankAccount> byId(List<SupplierBankAccount> accounts, long id) {
        return accounts.stream().filter(a -> a.id() == id).findFirst();
    }
}
