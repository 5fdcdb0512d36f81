package fr.chorusdesk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** IBANs: the FNFE BASIC WL sample's BT-84 and the SWIFT registry's French example. */
class BankAccountChoiceTest {

    private static final Iban SAMPLE_IBAN = Iban.parse("FR20 1242 1242 1242 1242 1242 124").orElseThrow();
    private static final Iban REGISTRY_IBAN = Iban.parse("FR14 2004 1010 0505 0001 3M02 606").orElseThrow();
    private static final SupplierBankAccount CURRENT = new SupplierBankAccount(501, "Compte courant",
            Optional.of(REGISTRY_IBAN));
    private static final SupplierBankAccount FACTORING = new SupplierBankAccount(502, "Affacturage",
            Optional.of(SAMPLE_IBAN));
    private static final SupplierBankAccount UNKNOWN = new SupplierBankAccount(503, "Compte sans IBAN connu");

    private static SupplierIdentity supplier(long chosen, SupplierBankAccount... all) {
        return new SupplierIdentity(77L, Optional.empty(), Optional.of(chosen), InvoicingDefaults.NONE,
                Optional.empty(), List.of(all));
    }

    private static InvoiceDraft naming(String iban) {
        FacturXFacts facts = new FacturXFacts(Optional.of("BASIC_WL"), Optional.of("FA-1"), Optional.empty(),
                Optional.of("380"), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of("58"), Optional.empty(), Optional.ofNullable(iban));
        return InvoiceDraft.start(Instant.EPOCH).withFacturX(facts);
    }

    @Test
    void theAccountWhoseIbanTheInvoiceNamesIsTakenOverTheProfilesOne() {
        BankAccountChoice choice = BankAccountChoice.of(naming("FR2012421242124212421242124"),
                supplier(501, CURRENT, FACTORING, UNKNOWN));
        assertThat(choice.accountId()).contains(502L);
        assertThat(choice.reason()).isEqualTo(BankAccountChoice.Reason.MATCHES_INVOICE_IBAN);
        assertThat(choice.invoiceIban()).contains(SAMPLE_IBAN);
    }

    @Test
    void anIbanWrittenInGroupsStillMatches() {
        assertThat(BankAccountChoice.of(naming("fr20 1242 1242 1242 1242 1242 124"),
                supplier(501, CURRENT, FACTORING)).accountId()).contains(502L);
    }

    @Test
    void anIbanNoAccountIsKnownToHaveKeepsTheProfilesAccountAndSaysSo() {
        BankAccountChoice choice = BankAccountChoice.of(naming("FR2012421242124212421242124"),
                supplier(501, CURRENT, UNKNOWN));
        assertThat(choice.accountId()).contains(501L);
        assertThat(choice.reason()).isEqualTo(BankAccountChoice.Reason.INVOICE_IBAN_UNKNOWN);
    }

    @Test
    void anInvalidIbanIsNoIbanAtAll() {
        // last digit changed: fails mod 97, so it is never compared
        BankAccountChoice choice = BankAccountChoice.of(naming("FR2012421242124212421242125"),
                supplier(501, CURRENT, FACTORING));
        assertThat(choice.accountId()).contains(501L);
        assertThat(choice.reason()).isEqualTo(BankAccountChoice.Reason.PROFILE_ACCOUNT);
        assertThat(choice.invoiceIban()).isEmpty();
    }

    @Test
    void withoutFacturXTheProfilesAccountIsTaken() {
        BankAccountChoice choice = BankAccountChoice.of(InvoiceDraft.start(Instant.EPOCH),
                supplier(502, CURRENT, FACTORING));
        assertThat(choice.account()).contains(FACTORING);
        assertThat(choice.reason()).isEqualTo(BankAccountChoice.Reason.PROFILE_ACCOUNT);
    }

    @Test
    void anAccountPickedForTheInvoiceWinsOverTheIban() {
        BankAccountChoice choice = BankAccountChoice.of(naming("FR2012421242124212421242124").withBankAccountId(503L),
                supplier(501, CURRENT, FACTORING, UNKNOWN));
        assertThat(choice.accountId()).contains(503L);
        assertThat(choice.reason()).isEqualTo(BankAccountChoice.Reason.PICKED);
    }

    @Test
    void aPickedAccountTheSupplierNoLongerHasIsForgotten() {
        BankAccountChoice choice = BankAccountChoice.of(naming("FR2012421242124212421242124").withBankAccountId(999L),
                supplier(501, CURRENT, FACTORING));
        assertThat(choice.accountId()).contains(502L);
        assertThat(choice.reason()).isEqualTo(BankAccountChoice.Reason.MATCHES_INVOICE_IBAN);
    }

    @Test
    void aProfileSavedBeforeTheListWasKeptStillSendsItsAccount() {
        SupplierIdentity old = new SupplierIdentity(77L, Optional.empty(), Optional.of(144050L));
        BankAccountChoice choice = BankAccountChoice.of(naming("FR2012421242124212421242124"), old);
        assertThat(choice.accountId()).contains(144050L);
        assertThat(BankAccountChoice.accounts(old)).extracting(SupplierBankAccount::id).containsExactly(144050L);
    }

    @Test
    void theProfilesAccountMissingFromTheListIsStillSentByItsNumber() {
        BankAccountChoice choice = BankAccountChoice.of(InvoiceDraft.start(Instant.EPOCH),
                supplier(144050L, CURRENT, FACTORING));
        assertThat(choice.accountId()).contains(144050L);
        assertThat(choice.account().orElseThrow().label()).isEqualTo("n° 144050");
    }

    @Test
    void noAccountChosenGivesNone() {
        SupplierIdentity none = new SupplierIdentity(77L, Optional.empty(), Optional.empty());
        BankAccountChoice choice = BankAccountChoice.of(InvoiceDraft.start(Instant.EPOCH), none);
        assertThat(choice.account()).isEmpty();
        assertThat(choice.reason()).isEqualTo(BankAccountChoice.Reason.NONE);
        assertThat(BankAccountChoice.accounts(none)).isEmpty();
    }

    @Test
    void learningAnIbanTakesItFromTheAccountThatHadItWrong() {
        SupplierProfile profile = SupplierProfile.unconnected("p-1", "Client", AccountEnvironment.QUALIFICATION,
                Optional.empty(), Optional.empty(), "client", "login")
                .withSupplier(new SupplierStructure(77L, "73282932000074", "Atelier"), Optional.empty(), CURRENT,
                        List.of(CURRENT, FACTORING, UNKNOWN), Instant.EPOCH, Optional.empty());
        SupplierProfile learned = profile.withLearnedIban(503L, SAMPLE_IBAN);
        assertThat(learned.bankAccounts()).extracting(a -> a.iban().map(Iban::value).orElse("-"))
                .containsExactly("FR1420041010050500013M02606", "-", "FR2012421242124212421242124");
        assertThat(learned.supplierIdentity().orElseThrow().bankAccounts()).isEqualTo(learned.bankAccounts());
        assertThat(profile.withLearnedIban(999L, SAMPLE_IBAN)).isEqualTo(profile);
    }
}
