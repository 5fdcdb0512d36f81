package fr.chorusdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.chorus.api.FactureFournisseurInfo;
import fr.chorusdesk.domain.Iban;
import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.domain.SupplierBankAccount;
import fr.chorusdesk.domain.SupplierIdentity;
import fr.chorusdesk.pdf.PdfInspector;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The IBAN of each bank account, learned from the invoices Chorus Pro shows, and the account an
 * invoice naming that IBAN is then paid on: over real HTTP against the embedded sandbox. The
 * demo supplier's two accounts and their IBANs are the ones docs/sandbox.md lists.
 */
class BankAccountIbansTest {

    private static final String COMMUNE = "21750001000012";
    private static final long CURRENT = 144050L;
    private static final long FACTORING = 144051L;
    /** docs/sandbox.md, « Compte affacturage - Banque Démo ». */
    private static final String FACTORING_IBAN = "FR76 1010 7001 0112 3456 7890 129";
    /** docs/sandbox.md, « Compte courant - Banque Exemple ». */
    private static final String CURRENT_IBAN = "FR76 3000 6000 0112 3456 7890 189";
    private static final List<SupplierBankAccount> BOTH_UNKNOWN = List.of(
            new SupplierBankAccount(CURRENT, "Compte courant - Banque Exemple"),
            new SupplierBankAccount(FACTORING, "Compte affacturage - Banque Démo"));

    @TempDir
    Path dir;

    private SandboxHarness harness;
    private PreflightService preflight;
    private SubmissionService submission;

    @BeforeEach
    void start() {
        harness = new SandboxHarness(dir.resolve("state"));
        preflight = new PreflightService(new PdfInspector(), harness.clock, Locale.FRENCH);
        submission = new SubmissionService(harness.client, new RecipientService(harness.client, harness.clock),
                new InMemorySubmissionLedger(), new FlowPolling(Duration.ofSeconds(10), 10, harness.clock::advance),
                harness.clock, Locale.FRENCH);
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    private static SupplierIdentity supplier(List<SupplierBankAccount> accounts) {
        SupplierIdentity demo = SandboxHarness.DEMO_SUPPLIER;
        return new SupplierIdentity(demo.structureId(), demo.serviceId(), Optional.of(CURRENT), demo.defaults(),
                demo.structure(), accounts);
    }

    /** A Factur-X (BASIC WL) paid by credit transfer on this IBAN. */
    private InvoiceDraft facturX(String number, String iban) throws Exception {
        Path pdf = InvoicePdfs.facturX(dir.resolve(number + ".pdf"), InvoicePdfs.Cii.twoRates(number, COMMUNE),
                InvoicePdfs.Extras.twoRates().withPayeeIban(iban));
        return SandboxHarness.DEMO_SUPPLIER.defaults().applyTo(preflight.prepare(pdf).draft());
    }

    private FactureFournisseurInfo storedSupplier(long invoiceId) throws Exception {
        return harness.client.consulterFactureParFournisseur(invoiceId).facture().fournisseur();
    }

    private long send(InvoiceDraft draft, SupplierIdentity supplier) throws Exception {
        return submission.submit(draft, supplier, SubmissionListener.NONE).invoiceId().orElseThrow();
    }

    @Test
    void theAccountPickedForAnInvoiceIsTheOneSentAndChorusShowsItsIban() throws Exception {
        InvoiceDraft draft = facturX("FX-2026-0701", FACTORING_IBAN).withBankAccountId(FACTORING);

        FactureFournisseurInfo stored = storedSupplier(send(draft, supplier(BOTH_UNKNOWN)));

        assertThat(stored.coordBancairesFournisseurId()).isEqualTo(FACTORING);
        assertThat(stored.iban()).map(Iban::grouped).contains(FACTORING_IBAN);
    }

    @Test
    void learnsTheIbanOfEachAccountFromTheLatestInvoicesWithOneConsultationPerAccount() throws Exception {
        send(facturX("FX-2026-0702", FACTORING_IBAN).withBankAccountId(FACTORING), supplier(BOTH_UNKNOWN));
        send(facturX("FX-2026-0703", FACTORING_IBAN).withBankAccountId(FACTORING), supplier(BOTH_UNKNOWN));
        send(facturX("FX-2026-0704", CURRENT_IBAN), supplier(BOTH_UNKNOWN));
        harness.requestedPaths.clear();

        List<SupplierBankAccount> learned = BankAccountIbans.learn(harness.client, 26300989L, BOTH_UNKNOWN);

        assertThat(learned).extracting(SupplierBankAccount::id, a -> a.iban().map(Iban::grouped).orElse("?"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CURRENT, CURRENT_IBAN),
                        org.assertj.core.groups.Tuple.tuple(FACTORING, FACTORING_IBAN));
        // three invoices on two accounts: the search tells them apart, so two consultations, not three
        assertThat(harness.apiCalls()).containsExactly("/factures/v1/rechercher/fournisseur",
                "/factures/v1/consulter/fournisseur", "/factures/v1/consulter/fournisseur");
    }

    @Test
    void anAccountNoInvoiceWasPaidOnStaysUnknownAndNothingFailsWithoutInvoices() throws Exception {
        assertThat(BankAccountIbans.learn(harness.client, 26300989L, BOTH_UNKNOWN)).isEqualTo(BOTH_UNKNOWN);

        send(facturX("FX-2026-0705", CURRENT_IBAN), supplier(BOTH_UNKNOWN));
        List<SupplierBankAccount> learned = BankAccountIbans.learn(harness.client, 26300989L, BOTH_UNKNOWN);
        assertThat(learned.get(0).iban()).map(Iban::grouped).contains(CURRENT_IBAN);
        assertThat(learned.get(1).iban()).isEmpty();
    }

    @Test
    void asksNothingWithOneAccountOrWhenEveryIbanIsKnown() throws Exception {
        send(facturX("FX-2026-0706", CURRENT_IBAN), supplier(BOTH_UNKNOWN));
        harness.requestedPaths.clear();

        BankAccountIbans.learn(harness.client, 26300989L, BOTH_UNKNOWN.subList(0, 1));
        List<SupplierBankAccount> known = List.of(BOTH_UNKNOWN.get(0).withIban(Iban.parse(CURRENT_IBAN).orElseThrow()),
                BOTH_UNKNOWN.get(1).withIban(Iban.parse(FACTORING_IBAN).orElseThrow()));
        assertThat(BankAccountIbans.learn(harness.client, 26300989L, known)).isEqualTo(known);

        assertThat(harness.apiCalls()).isEmpty();
    }

    @Test
    void anAccountWhoseIbanIsKnownIsNotAskedAgain() throws Exception {
        send(facturX("FX-2026-0710", CURRENT_IBAN), supplier(BOTH_UNKNOWN));
        send(facturX("FX-2026-0711", FACTORING_IBAN).withBankAccountId(FACTORING), supplier(BOTH_UNKNOWN));
        harness.requestedPaths.clear();
        List<SupplierBankAccount> currentKnown = List.of(
                BOTH_UNKNOWN.get(0).withIban(Iban.parse(CURRENT_IBAN).orElseThrow()), BOTH_UNKNOWN.get(1));

        List<SupplierBankAccount> learned = BankAccountIbans.learn(harness.client, 26300989L, currentKnown);

        assertThat(learned.get(1).iban()).map(Iban::grouped).contains(FACTORING_IBAN);
        // the newest invoice is on the factoring account: once it is known, nothing is left to ask
        assertThat(harness.apiCalls()).containsExactly("/factures/v1/rechercher/fournisseur",
                "/factures/v1/consulter/fournisseur");
    }

    @Test
    void invoicesTheSearchCannotTellApartCostSixConsultationsAtMost() throws Exception {
        // sent on an account Chorus Pro shows no parts of: each invoice may be on its own account
        SupplierIdentity elsewhere = new SupplierIdentity(26300989L, Optional.of(10652252L), Optional.of(999L),
                SandboxHarness.DEMO_SUPPLIER.defaults());
        for (int i = 0; i < 8; i++) {
            send(facturX("FX-2026-072" + i, null), elsewhere);
        }
        harness.requestedPaths.clear();

        assertThat(BankAccountIbans.learn(harness.client, 26300989L, BOTH_UNKNOWN)).isEqualTo(BOTH_UNKNOWN);
        assertThat(harness.apiCalls()).filteredOn("/factures/v1/consulter/fournisseur"::equals)
                .as("the cap of docs/submission.md").hasSize(6);
    }

    @Test
    void anInvoiceNamingALearnedIbanIsPaidOnItsAccountWithoutBeingPicked() throws Exception {
        send(facturX("FX-2026-0707", FACTORING_IBAN).withBankAccountId(FACTORING), supplier(BOTH_UNKNOWN));
        List<SupplierBankAccount> learned = BankAccountIbans.learn(harness.client, 26300989L, BOTH_UNKNOWN);

        // the profile's account is the current one; the invoice names the factoring IBAN, nothing picked
        InvoiceDraft next = facturX("FX-2026-0708", FACTORING_IBAN);
        assertThat(next.bankAccountId()).isEmpty();
        assertThat(storedSupplier(send(next, supplier(learned))).coordBancairesFournisseurId()).isEqualTo(FACTORING);

        // and one naming no IBAN goes on the profile's account
        InvoiceDraft plain = facturX("FX-2026-0709", null);
        assertThat(storedSupplier(send(plain, supplier(learned))).coordBancairesFournisseurId()).isEqualTo(CURRENT);
    }
}
