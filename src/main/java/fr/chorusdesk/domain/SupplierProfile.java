package fr.chorusdesk.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One identity for sending invoices: a client company of the accountant. Holds the non-secret half
 * of the credentials (PISTE client id, technical account login); the client secret and the technical
 * password live in the operating system's credential store under {@link #clientSecretRef()} and
 * {@link #technicalPasswordRef()}.
 *
 * @param apiUrl   custom environment only: API base URL ending in {@code /cpro}
 * @param tokenUrl custom environment only: OAuth2 token URL
 * @param invoicingDefaults the supplier's usual VAT regime and payment mode (the demo profile's are
 *                 the demo supplier's, {@link InvoicingDefaults#DEMO_SUPPLIER}, unless chosen)
 * @param recipientAnswers the user's answers about recipients (is it the State?) and the strict
 *                 engagement check; none in a profile saved before they existed
 * @param bankAccounts every valid bank account of the chosen structure, with the IBANs learned from
 *                 Chorus Pro; {@code bankAccount} is the one used when an invoice says nothing else.
 *                 Empty in a profile saved before the list was kept.
 */
public record SupplierProfile(
        String id,
        String name,
        AccountEnvironment environment,
        Optional<String> apiUrl,
        Optional<String> tokenUrl,
        String clientId,
        String technicalLogin,
        Optional<SupplierStructure> structure,
        Optional<SupplierService> service,
        Optional<SupplierBankAccount> bankAccount,
        Optional<Instant> lastCheck,
        Optional<PasswordExpiry> passwordExpiry,
        InvoicingDefaults invoicingDefaults,
        RecipientAnswers recipientAnswers,
        List<SupplierBankAccount> bankAccounts) {

    public static final String DEMO_ID = "demo";

    /** Without usual invoicing values nor answers about recipients (the shape before they existed). */
    public SupplierProfile(String id, String name, AccountEnvironment environment, Optional<String> apiUrl,
            Optional<String> tokenUrl, String clientId, String technicalLogin, Optional<SupplierStructure> structure,
            Optional<SupplierService> service, Optional<SupplierBankAccount> bankAccount, Optional<Instant> lastCheck,
            Optional<PasswordExpiry> passwordExpiry) {
        this(id, name, environment, apiUrl, tokenUrl, clientId, technicalLogin, structure, service, bankAccount,
                lastCheck, passwordExpiry, InvoicingDefaults.NONE, RecipientAnswers.NONE, List.of());
    }

    public SupplierProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(apiUrl, "apiUrl");
        Objects.requireNonNull(tokenUrl, "tokenUrl");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(technicalLogin, "technicalLogin");
        Objects.requireNonNull(structure, "structure");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(bankAccount, "bankAccount");
        Objects.requireNonNull(lastCheck, "lastCheck");
        Objects.requireNonNull(passwordExpiry, "passwordExpiry");
        recipientAnswers = Objects.requireNonNullElse(recipientAnswers, RecipientAnswers.NONE);
        bankAccounts = bankAccounts == null ? List.of() : List.copyOf(bankAccounts);
        if (id.isBlank() || !id.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("profile id must be letters, digits, '-' or '_': " + id);
        }
        invoicingDefaults = Objects.requireNonNullElse(invoicingDefaults, InvoicingDefaults.NONE);
        if (environment == AccountEnvironment.DEMO && invoicingDefaults.isEmpty()) {
            invoicingDefaults = InvoicingDefaults.DEMO_SUPPLIER;
        }
    }

    /** A profile with its credentials' identifiers only: nothing chosen, never checked. */
    public static SupplierProfile unconnected(String id, String name, AccountEnvironment environment,
            Optional<String> apiUrl, Optional<String> tokenUrl, String clientId, String technicalLogin) {
        return new SupplierProfile(id, name, environment, apiUrl, tokenUrl, clientId, technicalLogin,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Key of the PISTE client secret in the credential store. */
    public String clientSecretRef() {
        return "profile/" + id + "/client-secret";
    }

    /** Key of the technical account's password in the credential store. */
    public String technicalPasswordRef() {
        return "profile/" + id + "/technical-password";
    }

    public boolean isDemo() {
        return environment == AccountEnvironment.DEMO;
    }

    /** Ready to send: the supplier structure and its bank account are chosen. */
    public boolean isReadyToSend() {
        return structure.isPresent() && bankAccount.isPresent();
    }

    /** The ids an invoice of this profile is sent from, once a structure and a bank account are chosen. */
    public Optional<SupplierIdentity> supplierIdentity() {
        if (!isReadyToSend()) {
            return Optional.empty();
        }
        return Optional.of(new SupplierIdentity(structure.get().idStructureCPP(),
                service.map(SupplierService::idService), bankAccount.map(SupplierBankAccount::id), invoicingDefaults,
                structure, bankAccounts.isEmpty() ? bankAccount.stream().toList() : bankAccounts));
    }

    /** The same identity with other credentials: what was chosen with the old ones no longer holds. */
    public SupplierProfile withConnection(String newName, AccountEnvironment newEnvironment, Optional<String> newApiUrl,
            Optional<String> newTokenUrl, String newClientId, String newTechnicalLogin, boolean credentialsChanged) {
        if (!credentialsChanged && newEnvironment == environment && newApiUrl.equals(apiUrl)
                && newTokenUrl.equals(tokenUrl) && newClientId.equals(clientId)
                && newTechnicalLogin.equals(technicalLogin)) {
            return new SupplierProfile(id, newName, environment, apiUrl, tokenUrl, clientId, technicalLogin, structure,
                    service, bankAccount, lastCheck, passwordExpiry, invoicingDefaults, recipientAnswers, bankAccounts);
        }
        // the supplier's usual VAT regime and payment mode, and what the user said about recipients,
        // are not tied to the credentials
        return unconnected(id, newName, newEnvironment, newApiUrl, newTokenUrl, newClientId, newTechnicalLogin)
                .withInvoicingDefaults(invoicingDefaults).withRecipientAnswers(recipientAnswers);
    }

    /**
     * After a successful connection check and the user's choice of structure, service and bank
     * account, with every valid bank account of the structure ({@code allAccounts}) and their known IBANs.
     */
    public SupplierProfile withSupplier(SupplierStructure newStructure, Optional<SupplierService> newService,
            SupplierBankAccount newBankAccount, List<SupplierBankAccount> allAccounts, Instant checkedAt,
            Optional<PasswordExpiry> expiry) {
        return new SupplierProfile(id, name, environment, apiUrl, tokenUrl, clientId, technicalLogin,
                Optional.of(newStructure), newService, Optional.of(newBankAccount), Optional.of(checkedAt), expiry,
                invoicingDefaults, recipientAnswers, allAccounts);
    }

    /** The same accounts, with this IBAN now known for the account {@code accountId}; unchanged if it is not one. */
    public SupplierProfile withLearnedIban(long accountId, Iban iban) {
        if (bankAccounts.stream().noneMatch(a -> a.id() == accountId)) {
            return this;
        }
        // an IBAN is one account's: another account that had it was learned wrong (or the IBAN moved)
        List<SupplierBankAccount> learned = bankAccounts.stream()
                .map(a -> a.id() == accountId ? a.withIban(iban)
                        : a.iban().equals(Optional.of(iban)) ? new SupplierBankAccount(a.id(), a.name()) : a)
                .toList();
        return new SupplierProfile(id, name, environment, apiUrl, tokenUrl, clientId, technicalLogin, structure,
                service, bankAccount, lastCheck, passwordExpiry, invoicingDefaults, recipientAnswers, learned);
    }

    /** The same profile with other usual invoicing values. */
    public SupplierProfile withInvoicingDefaults(InvoicingDefaults value) {
        return new SupplierProfile(id, name, environment, apiUrl, tokenUrl, clientId, technicalLogin, structure,
                service, bankAccount, lastCheck, passwordExpiry, value, recipientAnswers, bankAccounts);
    }

    public SupplierProfile withRecipientAnswers(RecipientAnswers answers) {
        return new SupplierProfile(id, name, environment, apiUrl, tokenUrl, clientId, technicalLogin, structure,
                service, bankAccount, lastCheck, passwordExpiry, invoicingDefaults, answers, bankAccounts);
    }
}
