package fr.chorusdesk.ui.wizard;

import fr.chorusdesk.domain.BankAccountChoice;
import fr.chorusdesk.domain.DraftField;
import fr.chorusdesk.domain.FieldSource;
import fr.chorusdesk.domain.Iban;
import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.domain.SupplierBankAccount;
import fr.chorusdesk.domain.SupplierIdentity;
import java.text.MessageFormat;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The bank account the invoice is paid on, in the amounts step: the supplier's accounts to pick
 * from when there are several, the one {@link BankAccountChoice} finds (the Factur-X's IBAN, else
 * the Compte step's), and a sentence saying why. Picking one keeps it in the draft for this invoice
 * only. Holds no {@code Node}.
 */
public final class BankAccountModel {

    private final ObjectProperty<InvoiceDraft> draft;
    private final ObservableValue<SupplierIdentity> supplier;
    private final Clock clock;
    private final ResourceBundle messages;
    private final ObservableList<SupplierBankAccount> accounts = FXCollections.observableArrayList();
    private final ObservableList<SupplierBankAccount> accountsView = FXCollections.unmodifiableObservableList(accounts);
    private final ObjectProperty<SupplierBankAccount> chosen = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper reason = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper warning = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper foundAccountOffer = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper choosable = new ReadOnlyBooleanWrapper(false);
    private boolean loading;

    public BankAccountModel(ObjectProperty<InvoiceDraft> draft, ObservableValue<SupplierIdentity> supplier,
            Clock clock, ResourceBundle messages) {
        this.draft = Objects.requireNonNull(draft);
        this.supplier = Objects.requireNonNull(supplier);
        this.clock = Objects.requireNonNull(clock);
        this.messages = Objects.requireNonNull(messages);
        chosen.addListener((obs, old, now) -> pick(now));
        draft.addListener((obs, old, now) -> load());
        supplier.addListener((obs, old, now) -> load());
        load();
    }

    private void pick(SupplierBankAccount account) {
        if (loading || account == null) {
            return;
        }
        InvoiceDraft d = draft.get();
        SupplierIdentity s = supplier.getValue();
        if (s == null || BankAccountChoice.of(d, s).accountId().equals(Optional.of(account.id()))
                && d.bankAccountId().isEmpty()) {
            // the account found by itself, picked again: nothing to keep, it follows the invoice
            return;
        }
        draft.set(d.withBankAccountId(account.id()).withOrigin(DraftField.BANK_ACCOUNT, FieldSource.TYPED)
                .withUpdatedAt(clock.instant()));
    }

    private void load() {
        loading = true;
        try {
            SupplierIdentity s = supplier.getValue();
            if (s == null) {
                accounts.clear();
                chosen.set(null);
                choosable.set(false);
                reason.set("");
                warning.set(false);
                foundAccountOffer.set("");
                return;
            }
            List<SupplierBankAccount> all = BankAccountChoice.accounts(s);
            if (!accounts.equals(all)) {
                accounts.setAll(all);
            }
            BankAccountChoice choice = BankAccountChoice.of(draft.get(), s);
            chosen.set(choice.account().flatMap(a -> all.stream().filter(a::sameAccount).findFirst()).orElse(null));
            choosable.set(all.size() > 1);
            reason.set(sentence(choice, all));
            Optional<SupplierBankAccount> ibansAccount = otherAccountOfIban(choice, all);
            warning.set(choice.reason() == BankAccountChoice.Reason.INVOICE_IBAN_UNKNOWN || ibansAccount.isPresent());
            foundAccountOffer.set(ibansAccount.map(a -> MessageFormat.format(
                    messages.getString("wizard.bank.useFound"), a.name())).orElse(""));
        } finally {
            loading = false;
        }
    }

    private String sentence(BankAccountChoice choice, List<SupplierBankAccount> all) {
        String iban = choice.invoiceIban().map(Iban::grouped).orElse("");
        Optional<SupplierBankAccount> other = otherAccountOfIban(choice, all);
        if (other.isPresent()) {
            return MessageFormat.format(messages.getString("wizard.bank.otherAccountOfIban"), iban,
                    other.get().name());
        }
        return switch (choice.reason()) {
            case MATCHES_INVOICE_IBAN -> MessageFormat.format(messages.getString("wizard.bank.matchesIban"), iban);
            case INVOICE_IBAN_UNKNOWN -> all.size() > 1
                    ? MessageFormat.format(messages.getString("wizard.bank.ibanUnknown"), iban)
                    : choice.account().flatMap(SupplierBankAccount::iban).isPresent()
                            ? MessageFormat.format(messages.getString("wizard.bank.ibanDiffers"), iban)
                            : "";
            // the list shows the account; nothing more to say when the invoice names none
            case PROFILE_ACCOUNT -> "";
            case PICKED -> messages.getString("wizard.bank.picked");
            case NONE -> "";
        };
    }

    /** The invoice names the IBAN of another known account than the one picked. */
    private static Optional<SupplierBankAccount> otherAccountOfIban(BankAccountChoice choice,
            List<SupplierBankAccount> all) {
        if (choice.reason() != BankAccountChoice.Reason.PICKED || choice.invoiceIban().isEmpty()) {
            return Optional.empty();
        }
        return all.stream().filter(a -> a.iban().equals(choice.invoiceIban()))
                .filter(a -> choice.account().map(c -> !c.sameAccount(a)).orElse(true)).findFirst();
    }

    /** Back to the account found by itself (the Factur-X's IBAN, else the Compte step's). */
    public void useFoundAccount() {
        InvoiceDraft d = draft.get();
        if (d.bankAccountId().isPresent()) {
            draft.set(d.withBankAccountId(null).withOrigin(DraftField.BANK_ACCOUNT, FieldSource.NONE)
                    .withUpdatedAt(clock.instant()));
        }
    }

    /** The supplier's accounts; a single one is not offered for choice. */
    public ObservableList<SupplierBankAccount> accounts() {
        return accountsView;
    }

    /** The account the invoice will be paid on; setting another picks it for this invoice. */
    public ObjectProperty<SupplierBankAccount> chosenProperty() {
        return chosen;
    }

    /** Why this account: « Choisi d’après l’IBAN de la facture (FR76 …) », or a warning. */
    public ReadOnlyStringProperty reasonProperty() {
        return reason.getReadOnlyProperty();
    }

    /** The sentence warns: the invoice names an IBAN that is not the chosen account's. */
    public ReadOnlyBooleanProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    /**
     * « Utiliser le compte « Affacturage », celui de l’IBAN de la facture » when the account picked
     * is not the one whose IBAN the invoice names; empty otherwise. Acting on it is
     * {@link #useFoundAccount()}.
     */
    public ReadOnlyStringProperty foundAccountOfferProperty() {
        return foundAccountOffer.getReadOnlyProperty();
    }

    /** Several accounts: the row is shown. */
    public ReadOnlyBooleanProperty choosableProperty() {
        return choosable.getReadOnlyProperty();
    }
}
