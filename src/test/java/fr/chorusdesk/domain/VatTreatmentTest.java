package fr.chorusdesk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The typeTva / ligneTva rule (facture_electronique's: no VAT line → SANS_TVA, an exemption →
 * EXONERATION, otherwise the regime) and the line derived for a plain invoice, with each expected
 * value worked out by hand.
 */
class VatTreatmentTest {

    private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");

    private static InvoiceDraft amounts(String ht, String vat) {
        BigDecimal h = new BigDecimal(ht);
        BigDecimal v = new BigDecimal(vat);
        return InvoiceDraft.start(NOW).withAmountExclTax(h).withVatAmount(v).withAmountInclTax(h.add(v))
                .withAmountDue(h.add(v));
    }

    private static VatLine line(String rate, String base, String amount) {
        return new VatLine(new BigDecimal(rate), new BigDecimal(base), new BigDecimal(amount));
    }

    @Test
    void aPlainInvoiceAtTwentyPercentOnDebitsGetsItsOneLineDerived() {
        VatTreatment t = VatTreatment.of(amounts("1000.00", "200.00").withVatRegime(VatRegime.DEBITS)).orElseThrow();

        assertThat(t.kind()).isEqualTo(VatTreatment.Kind.ON_DEBITS);
        assertThat(t.linesDerived()).isTrue();
        // 1000.00 × 20 % = 200.00
        assertThat(t.lines()).containsExactly(line("20", "1000.00", "200.00"));
        assertThat(t.exemption()).isEmpty();
    }

    @Test
    void aDerivedRateIsTheOneFrenchRateThatGivesTheVat() {
        // 100.00 × 5.5 % = 5.50
        assertThat(VatTreatment.derivedLine(amounts("100.00", "5.50"), false))
                .contains(line("5.5", "100.00", "5.50"));
        // 33.33 × 20 % = 6.666, 6.67 to the cent
        assertThat(VatTreatment.derivedLine(amounts("33.33", "6.67"), false)).map(VatLine::ratePercent)
                .contains(new BigDecimal("20"));
        // 1000.00 × 15 % = 150.00: 15 % is no French rate
        assertThat(VatTreatment.derivedLine(amounts("1000.00", "150.00"), false)).isEmpty();
        // 10.00 × 0.9 % = 0.09 and 10.00 × 1.05 % = 0.105 → 0.11: both a cent from 0.10, no single rate
        assertThat(VatTreatment.derivedLine(amounts("10.00", "0.10"), false)).isEmpty();
    }

    @Test
    void twoRatesGoAsTheirTwoLinesOnReceipts() {
        // 500.00 × 5.5 % = 27.50 and 1000.00 × 20 % = 200.00: HT 1500.00, TVA 227.50
        InvoiceDraft d = amounts("1500.00", "227.50").withVatRegime(VatRegime.ENCAISSEMENTS)
                .withVatLines(List.of(line("5.5", "500.00", "27.50"), line("20", "1000.00", "200.00")));

        VatTreatment t = VatTreatment.of(d).orElseThrow();

        assertThat(t.kind()).isEqualTo(VatTreatment.Kind.ON_RECEIPTS);
        assertThat(t.linesDerived()).isFalse();
        assertThat(t.lines()).containsExactly(line("5.5", "500.00", "27.50"), line("20", "1000.00", "200.00"));
    }

    @Test
    void anExemptInvoiceIsExemptWithItsMentionAndOneLineAtZero() {
        VatExemption training = VatExemption.typed("Exonération de TVA, art. 261-4-4° a du CGI");
        VatTreatment t = VatTreatment.of(amounts("800.00", "0.00").withVatRegime(VatRegime.DEBITS)
                .withVatExemption(training)).orElseThrow();

        assertThat(t.kind()).isEqualTo(VatTreatment.Kind.EXEMPT);
        assertThat(t.exemption()).contains(training);
        assertThat(t.lines()).containsExactly(line("0", "800.00", "0.00"));
    }

    @Test
    void aSupplierInFranchiseEnBaseIsExemptUnderArticle293B() {
        VatTreatment t = VatTreatment.of(amounts("450.00", "0.00").withVatRegime(VatRegime.FRANCHISE_EN_BASE))
                .orElseThrow();

        assertThat(t.kind()).isEqualTo(VatTreatment.Kind.EXEMPT);
        assertThat(t.exemption().orElseThrow().reason()).isEqualTo("TVA non applicable, art. 293 B du CGI");
        assertThat(t.exemption().orElseThrow().code()).contains("VATEX-FR-FRANCHISE");
        assertThat(t.lines()).containsExactly(line("0", "450.00", "0.00"));
    }

    @Test
    void noVatAndNoExemptionIsAnInvoiceWithoutVatBreakdown() {
        VatTreatment t = VatTreatment.of(amounts("300.00", "0.00").withVatRegime(VatRegime.DEBITS)).orElseThrow();

        assertThat(t.kind()).isEqualTo(VatTreatment.Kind.WITHOUT_VAT);
        assertThat(t.lines()).isEmpty();
        assertThat(VatTreatment.of(amounts("300.00", "0.00"))).as("no regime needed without VAT")
                .map(VatTreatment::kind).contains(VatTreatment.Kind.WITHOUT_VAT);
    }

    @Test
    void vatWithoutARegimeOrAKnownRateIsUndecided() {
        assertThat(VatTreatment.of(amounts("1000.00", "200.00"))).isEmpty();
        assertThat(VatTreatment.of(amounts("1000.00", "150.00").withVatRegime(VatRegime.DEBITS))).isEmpty();
    }

    @Test
    void anExemptionOnAnInvoiceThatAlsoHasVatIsMixed() {
        InvoiceDraft d = amounts("1500.00", "200.00").withVatRegime(VatRegime.DEBITS)
                .withVatExemption(VatExemption.typed("Exonération de TVA, art. 261-4-4° a du CGI"))
                .withVatLines(List.of(line("0", "500.00", "0.00"), line("20", "1000.00", "200.00")));

        VatTreatment t = VatTreatment.of(d).orElseThrow();

        assertThat(t.kind()).as("the exemption comes before the regime").isEqualTo(VatTreatment.Kind.EXEMPT);
        assertThat(t.mixed()).isTrue();
    }

    @Test
    void theChecksSayWhatIsMissingOrWrong() {
        InvoiceDraft base = amounts("1000.00", "200.00").withPaymentMode(PaymentMode.VIREMENT);
        LocalDate today = LocalDate.of(2026, 3, 10);

        assertThat(issues(base, today)).containsExactly(
                new DraftIssue(DraftField.VAT_REGIME, DraftIssue.Reason.VAT_REGIME_MISSING));
        assertThat(issues(amounts("1000.00", "150.00").withVatRegime(VatRegime.DEBITS)
                .withPaymentMode(PaymentMode.VIREMENT), today))
                .containsExactly(new DraftIssue(DraftField.VAT_LINES, DraftIssue.Reason.VAT_RATE_UNKNOWN));
        assertThat(issues(base.withVatRegime(VatRegime.FRANCHISE_EN_BASE), today))
                .containsExactly(new DraftIssue(DraftField.VAT_REGIME, DraftIssue.Reason.VAT_FRANCHISE_WITH_VAT));
        assertThat(issues(amounts("1000.00", "0.00").withVatRegime(VatRegime.DEBITS)
                .withPaymentMode(PaymentMode.VIREMENT).withVatLines(List.of(line("0", "1000.00", "0.00"))), today))
                .as("a 0 % line says nothing of why")
                .containsExactly(new DraftIssue(DraftField.VAT_EXEMPTION, DraftIssue.Reason.VAT_EXEMPTION_MISSING));
        assertThat(issues(base.withVatRegime(VatRegime.DEBITS)
                .withVatLines(List.of(line("20", "1000.00", "-200.00"))), today))
                .contains(new DraftIssue(DraftField.VAT_LINES, DraftIssue.Reason.VAT_LINE_INVALID));
        assertThat(issues(base.withVatRegime(VatRegime.DEBITS)
                .withVatLines(List.of(line("120", "1000.00", "200.00"))), today))
                .as("a rate above 100 %")
                .containsExactly(new DraftIssue(DraftField.VAT_LINES, DraftIssue.Reason.VAT_LINE_INVALID));
    }

    @Test
    void aCreditNoteNamesItsInvoiceAndNeedsNoPaymentMode() {
        LocalDate today = LocalDate.of(2026, 3, 10);
        InvoiceDraft avoir = amounts("100.00", "20.00").withVatRegime(VatRegime.DEBITS).withKind(InvoiceKind.AVOIR);

        assertThat(issues(avoir, today)).containsExactly(
                new DraftIssue(DraftField.ORIGINAL_INVOICE, DraftIssue.Reason.ORIGINAL_INVOICE_MISSING));
        assertThat(issues(avoir.withOriginalInvoiceNumber("FA-2026-0007"), today)).isEmpty();
    }

    @Test
    void anA2InvoiceHasNothingLeftToPay() {
        LocalDate today = LocalDate.of(2026, 3, 10);
        InvoiceDraft a2 = amounts("100.00", "20.00").withVatRegime(VatRegime.DEBITS)
                .withPaymentMode(PaymentMode.VIREMENT).withBillingFrame(BillingFrame.A2);

        assertThat(VatPaymentRules.A2_AMOUNT_DUE_MUST_BE_ZERO).as("on by default").isTrue();
        assertThat(issues(a2, today)).containsExactly(
                new DraftIssue(DraftField.AMOUNT_DUE, DraftIssue.Reason.A2_AMOUNT_DUE_NOT_ZERO));
        assertThat(issues(a2.withAmountDue(new BigDecimal("0.00")), today)).isEmpty();
    }

    /** This class's issues only: the draft has no PDF, recipient, number or date on purpose. */
    private static List<DraftIssue> issues(InvoiceDraft draft, LocalDate today) {
        List<DraftField> mine = List.of(DraftField.VAT_REGIME, DraftField.VAT_LINES, DraftField.VAT_EXEMPTION,
                DraftField.ORIGINAL_INVOICE, DraftField.PAYMENT_MODE, DraftField.AMOUNT_DUE);
        return DraftValidator.validate(draft, today, Optional.empty()).stream()
                .filter(i -> mine.contains(i.field())).toList();
    }
}
