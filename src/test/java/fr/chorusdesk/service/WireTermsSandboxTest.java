package fr.chorusdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.chorusdesk.chorus.api.FactureEmise;
import fr.chorusdesk.chorus.api.LigneRecapTva;
import fr.chorusdesk.domain.BillingFrame;
import fr.chorusdesk.domain.DraftField;
import fr.chorusdesk.domain.DraftIssue;
import fr.chorusdesk.domain.FieldSource;
import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.domain.InvoiceKind;
import fr.chorusdesk.domain.InvoicingDefaults;
import fr.chorusdesk.domain.PaymentMode;
import fr.chorusdesk.domain.SupplierIdentity;
import fr.chorusdesk.domain.VatRegime;
import fr.chorusdesk.pdf.PdfInspector;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per rule of "What soumettre sends" (docs/submission.md), each invoice sent over real
 * HTTP to the embedded sandbox and read back with consulterFactureParFournisseur: what the
 * platform stored is what the invoice says. Expected values are worked out by hand from the
 * invoice of each test.
 */
class WireTermsSandboxTest {

    private static final String COMMUNE = "21750001000012";

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

    private InvoiceDraft plain(String number, String ht, String tva) throws Exception {
        Path pdf = InvoicePdfs.textPdf(dir.resolve(number + ".pdf"), List.of("Facture " + number));
        BigDecimal h = new BigDecimal(ht);
        BigDecimal t = new BigDecimal(tva);
        return preflight.prepare(pdf).draft().withInvoiceNumber(number).withInvoiceDate(LocalDate.of(2026, 3, 9))
                .withRecipientSiret(COMMUNE).withAmountExclTax(h).withVatAmount(t).withAmountInclTax(h.add(t))
                .withAmountDue(h.add(t));
    }

    private FactureEmise sendAndRead(InvoiceDraft draft, SupplierIdentity supplier) throws Exception {
        long id = submission.submit(draft, supplier, SubmissionListener.NONE).invoiceId().orElseThrow();
        return harness.client.consulterFactureParFournisseur(id).facture();
    }

    private static SupplierIdentity supplier(VatRegime regime) {
        return new SupplierIdentity(26300989L, Optional.of(10652252L), Optional.of(144050L),
                new InvoicingDefaults(Optional.of(regime), Optional.of(PaymentMode.VIREMENT)));
    }

    private static LigneRecapTva line(String rate, String base, String vat) {
        return new LigneRecapTva(null, null, null, null, new BigDecimal(rate), new BigDecimal(base),
                new BigDecimal(vat));
    }

    @Test
    void aFacturXWithTwoRatesNeedsNothingTypedAndItsTwoLinesAreStored() throws Exception {
        Path pdf = InvoicePdfs.facturX(dir.resolve("FX-2026-0601.pdf"),
                InvoicePdfs.Cii.twoRates("FX-2026-0601", COMMUNE), InvoicePdfs.Extras.twoRates());
        InvoiceDraft draft = SandboxHarness.DEMO_SUPPLIER.defaults().applyTo(preflight.prepare(pdf).draft());

        assertThat(draft.origins()).doesNotContainValue(FieldSource.TYPED);
        assertThat(draft.originOf(DraftField.VAT_LINES)).isEqualTo(FieldSource.FACTURX);
        assertThat(draft.originOf(DraftField.PAYMENT_MODE)).as("BT-81 58").isEqualTo(FieldSource.FACTURX);
        FactureEmise stored = sendAndRead(draft, SandboxHarness.DEMO_SUPPLIER);

        assertThat(stored.recapitulatifDeTva().ligneTva()).usingRecursiveFieldByFieldElementComparator(
                        org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration.builder()
                                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).build())
                .containsExactly(line("5.5", "500.00", "27.50"), line("20", "1000.00", "200.00"));
        assertThat(stored.references().typeTva()).as("the demo profile is on debits").isEqualTo("TVA_SUR_DEBIT");
        assertThat(stored.references().modePaiement()).isEqualTo("VIREMENT");
        assertThat(stored.montantTotal().montantHtTotal()).isEqualByComparingTo("1500.00");
        assertThat(stored.montantTotal().montantTVA()).isEqualByComparingTo("227.50");
    }

    @Test
    void aPlainPdfAtFivePointFivePercentGetsItsLineWithoutTyping() throws Exception {
        // 200.00 × 5.5 % = 11.00
        FactureEmise stored = sendAndRead(plain("FA-2026-0602", "200.00", "11.00"), supplier(VatRegime.ENCAISSEMENTS));

        assertThat(stored.references().typeTva()).isEqualTo("TVA_SUR_ENCAISSEMENT");
        assertThat(stored.recapitulatifDeTva().ligneTva()).singleElement().satisfies(l -> {
            assertThat(l.ligneTvaTauxManuel()).isEqualByComparingTo("5.5");
            assertThat(l.ligneTvaMontantBaseHtParTaux()).isEqualByComparingTo("200.00");
            assertThat(l.ligneTvaMontantTvaParTaux()).isEqualByComparingTo("11.00");
            assertThat(l.ligneTvaTauxRefCode()).as("a rate as a number, never a code").isNull();
        });
    }

    @Test
    void anExemptionReadFromTheFacturXIsItsReason() throws Exception {
        InvoicePdfs.TaxLine exempt = new InvoicePdfs.TaxLine("E", "0.00", "800.00", "0.00",
                "Exonération de TVA, art. 261-4-4° a du CGI", "VATEX-EU-132");
        Path pdf = InvoicePdfs.facturX(dir.resolve("FX-2026-0603.pdf"),
                InvoicePdfs.Cii.demo("FX-2026-0603", COMMUNE).withAmounts("800.00", "0.00", "800.00", "800.00"),
                new InvoicePdfs.Extras(List.of(exempt), "30", null));
        InvoiceDraft draft = SandboxHarness.DEMO_SUPPLIER.defaults().applyTo(preflight.prepare(pdf).draft());

        assertThat(draft.originOf(DraftField.VAT_EXEMPTION)).isEqualTo(FieldSource.FACTURX);
        FactureEmise stored = sendAndRead(draft, SandboxHarness.DEMO_SUPPLIER);

        assertThat(stored.references().typeTva()).isEqualTo("EXONERATION");
        assertThat(stored.references().motifExonerationTva()).isEqualTo("Exonération de TVA, art. 261-4-4° a du CGI");
        assertThat(stored.recapitulatifDeTva().ligneTva()).singleElement()
                .satisfies(l -> assertThat(l.ligneTvaTauxManuel()).isEqualByComparingTo("0"));
    }

    @Test
    void aSupplierInFranchiseEnBaseSendsArticle293B() throws Exception {
        FactureEmise stored = sendAndRead(plain("FA-2026-0604", "450.00", "0.00"),
                supplier(VatRegime.FRANCHISE_EN_BASE));

        assertThat(stored.references().typeTva()).isEqualTo("EXONERATION");
        assertThat(stored.references().motifExonerationTva()).isEqualTo("TVA non applicable, art. 293 B du CGI");
        assertThat(stored.recapitulatifDeTva().ligneTva()).singleElement().satisfies(l -> {
            assertThat(l.ligneTvaTauxManuel()).isEqualByComparingTo("0");
            assertThat(l.ligneTvaMontantBaseHtParTaux()).isEqualByComparingTo("450.00");
        });
    }

    @Test
    void anInvoiceWithoutVatIsSansTvaWithNoLine() throws Exception {
        FactureEmise stored = sendAndRead(plain("FA-2026-0605", "300.00", "0.00"), supplier(VatRegime.DEBITS));

        assertThat(stored.references().typeTva()).isEqualTo("SANS_TVA");
        assertThat(stored.recapitulatifDeTva().ligneTva()).isEmpty();
    }

    @Test
    void aCreditNoteCarriesTheNumberOfTheInvoiceItCorrectsAndNoPaymentMode() throws Exception {
        FactureEmise stored = sendAndRead(plain("AV-2026-0606", "100.00", "20.00").withKind(InvoiceKind.AVOIR)
                .withOriginalInvoiceNumber("FA-2026-0007"), supplier(VatRegime.DEBITS));

        assertThat(stored.references().typeFacture()).isEqualTo("AVOIR");
        assertThat(stored.references().numeroFactureOrigine()).isEqualTo("FA-2026-0007");
        assertThat(stored.references().modePaiement()).as("PAYMENT_MODE_ON_CREDIT_NOTES is off").isNull();
        assertThat(stored.montantTotal().montantTtcTotal()).as("positive amounts: the type says credit")
                .isEqualByComparingTo("120.00");
    }

    @Test
    void aCreditNoteWithoutItsInvoiceIsStoppedBeforeTheUpload() throws Exception {
        InvoiceDraft avoir = plain("AV-2026-0607", "100.00", "20.00").withKind(InvoiceKind.AVOIR);

        assertThatThrownBy(() -> submission.submit(avoir, supplier(VatRegime.DEBITS), SubmissionListener.NONE))
                .isInstanceOfSatisfying(SubmissionException.class, e -> assertThat(e.issues())
                        .containsExactly(new DraftIssue(DraftField.ORIGINAL_INVOICE,
                                DraftIssue.Reason.ORIGINAL_INVOICE_MISSING)));
        assertThat(harness.apiCalls()).doesNotContain("/transverses/v1/ajouter/fichier");
    }

    @Test
    void aPaymentModeChosenOnTheInvoiceWinsOverTheProfiles() throws Exception {
        FactureEmise stored = sendAndRead(plain("FA-2026-0608", "1000.00", "200.00")
                .withPaymentMode(PaymentMode.CHEQUE), supplier(VatRegime.DEBITS));

        assertThat(stored.references().modePaiement()).isEqualTo("CHEQUE");
    }

    @Test
    void anA2InvoiceWithSomethingLeftToPayIsStoppedWithItsThirdPartySourceSaid() throws Exception {
        InvoiceDraft a2 = plain("FA-2026-0609", "1000.00", "200.00").withBillingFrame(BillingFrame.A2);

        assertThatThrownBy(() -> submission.submit(a2, supplier(VatRegime.DEBITS), SubmissionListener.NONE))
                .isInstanceOfSatisfying(SubmissionException.class, e -> assertThat(e.issues())
                        .containsExactly(new DraftIssue(DraftField.AMOUNT_DUE, DraftIssue.Reason.A2_AMOUNT_DUE_NOT_ZERO)));
        assertThat(harness.apiCalls()).doesNotContain("/transverses/v1/ajouter/fichier");
        assertThat(ServiceMessages.format(Locale.FRENCH, DraftIssue.Reason.A2_AMOUNT_DUE_NOT_ZERO.messageKey()))
                .contains("source tierce");

        FactureEmise stored = sendAndRead(a2.withAmountDue(new BigDecimal("0.00")), supplier(VatRegime.DEBITS));
        assertThat(stored.cadreDeFacturation().codeCadreFacturation()).isEqualTo("A2_FACTURE_FOURNISSEUR_DEJA_PAYEE");
        assertThat(stored.montantTotal().montantAPayer()).isEqualByComparingTo("0.00");
    }
}
