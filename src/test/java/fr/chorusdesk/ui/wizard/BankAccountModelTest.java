package fr.chorusdesk.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.domain.DraftField;
import fr.chorusdesk.domain.FacturXFacts;
import fr.chorusdesk.domain.FieldSource;
import fr.chorusdesk.domain.Iban;
import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.domain.InvoicingDefaults;
import fr.chorusdesk.domain.MessageBundle;
import fr.chorusdesk.domain.SupplierBankAccount;
import fr.chorusdesk.domain.SupplierIdentity;
import fr.chorusdesk.testing.MutableClock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/**
 * The bank account part of Montants without a window. IBANs: the FNFE BASIC WL sample's BT-84 and
 * the SWIFT registry's French example.
 */
class BankAccountModelTest {

    private static final String SAMPLE_IBAN = "FR2012421242124212421242124";
    private static final SupplierBankAccount CURRENT = new SupplierBankAccount(1, "Courant",
            Iban.parse("FR1420041010050500013M02606"));
    private static final SupplierBankAccount FACTORING = new SupplierBankAccount(2, "Affacturage",
            Iban.parse(SAMPLE_IBAN));

    private final MutableClock clock = MutableClock.atFixedStart();
    private final SimpleObjectProperty<InvoiceDraft> draft = new SimpleObjectProperty<>(
            InvoiceDraft.start(clock.instant()));
    private final SimpleObjectProperty<SupplierIdentity> supplier = new SimpleObjectProperty<>();

    private BankAccountModel model() {
        return new BankAccountModel(draft, supplier, clock, MessageBundle.of(Locale.FRENCH));
    }

    private static SupplierIdentity with(SupplierBankAccount... accounts) {
        return new SupplierIdentity(7L, Optional.empty(), Optional.of(1L), InvoicingDefaults.NONE, Optional.empty(),
                List.of(accounts));
    }

    private void naming(String iban) {
        draft.set(draft.get().withFacturX(new FacturXFacts(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(iban))));
    }

    @Test
    void withoutAccountThereIsNothingToChooseNorSay() {
        BankAccountModel model = model();
        assertThat(model.accounts()).isEmpty();
        assertThat(model.chosenProperty().get()).isNull();
        assertThat(model.choosableProperty().get()).isFalse();
        assertThat(model.reasonProperty().get()).isEmpty();
    }

    @Test
    void followsTheSupplierAndTheInvoicesIban() {
        BankAccountModel model = model();
        supplier.set(with(CURRENT, FACTORING));
        assertThat(model.chosenProperty().get()).isEqualTo(CURRENT);
        assertThat(model.choosableProperty().get()).isTrue();
        assertThat(model.reasonProperty().get()).as("the list shows it; the invoice names no IBAN").isEmpty();

        naming(SAMPLE_IBAN);
        assertThat(model.chosenProperty().get()).isEqualTo(FACTORING);
        assertThat(model.reasonProperty().get())
                .isEqualTo("Choisi d’après l’IBAN de la facture (FR20 1242 1242 1242 1242 1242 124).");
        assertThat(model.warningProperty().get()).isFalse();
        assertThat(model.foundAccountOfferProperty().get()).isEmpty();
        assertThat(draft.get().bankAccountId()).as("found by itself, nothing kept").isEmpty();
    }

    @Test
    void pickingAnotherAccountThanTheIbansOnesWarnsAndUsingTheFoundOneAgainForgetsIt() {
        supplier.set(with(CURRENT, FACTORING));
        naming(SAMPLE_IBAN);
        BankAccountModel model = model();

        model.chosenProperty().set(CURRENT);

        assertThat(draft.get().bankAccountId()).contains(1L);
        assertThat(draft.get().originOf(DraftField.BANK_ACCOUNT)).isEqualTo(FieldSource.TYPED);
        assertThat(draft.get().bankAccountId().isPresent()).isTrue();
        assertThat(model.reasonProperty().get()).isEqualTo("La facture indique l’IBAN FR20 1242 1242 1242 1242 "
                + "1242 124, celui du compte « Affacturage » : vérifiez le compte choisi.");
        assertThat(model.warningProperty().get()).isTrue();
        assertThat(model.foundAccountOfferProperty().get())
                .isEqualTo("Utiliser le compte « Affacturage », celui de l’IBAN de la facture");

        model.useFoundAccount();
        assertThat(draft.get().bankAccountId()).isEmpty();
        assertThat(model.chosenProperty().get()).isEqualTo(FACTORING);
        assertThat(model.foundAccountOfferProperty().get()).isEmpty();
        assertThat(model.warningProperty().get()).isFalse();
    }

    @Test
    void pickingTheAccountFoundByItselfKeepsNothing() {
        supplier.set(with(CURRENT, FACTORING));
        naming(SAMPLE_IBAN);
        BankAccountModel model = model();
        model.chosenProperty().set(FACTORING);
        assertThat(draft.get().bankAccountId()).isEmpty();
    }

    @Test
    void oneAccountWhoseIbanIsNotTheInvoicesIsSaidButNotOffered() {
        supplier.set(with(CURRENT));
        naming(SAMPLE_IBAN);
        BankAccountModel model = model();
        assertThat(model.choosableProperty().get()).isFalse();
        assertThat(model.reasonProperty().get()).isEqualTo("La facture indique l’IBAN FR20 1242 1242 1242 1242 "
                + "1242 124, qui n’est pas celui de votre compte Chorus Pro : vérifiez-le.");
        assertThat(model.warningProperty().get()).isTrue();

        // one account whose IBAN is not known: nothing to say, it is the only one
        supplier.set(with(new SupplierBankAccount(1, "Courant")));
        assertThat(model.reasonProperty().get()).isEmpty();
    }
}
