package fr.chorusdesk.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The checks on what the draft says about VAT, payment and the invoice a credit note corrects: the
 * values that become {@code typeTva}, {@code ligneTva}, {@code motifExonerationTva},
 * {@code modePaiement} and {@code numeroFactureOrigine}. Part of {@link DraftValidator}.
 */
public final class VatPaymentRules {

    /**
     * A2 (« facture déjà payée »): the amount to pay must be zero. No Chorus Pro document states it;
     * it follows from what the frame is (its label, and production clients depositing A2 for an
     * invoice already paid), both third-party sources, so it is a switch; the message says so.
     */
    public static final boolean A2_AMOUNT_DUE_MUST_BE_ZERO = true;

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private VatPaymentRules() {
    }

    static void check(InvoiceDraft draft, List<DraftIssue> issues) {
        vat(draft, issues);
        if (draft.kind() == InvoiceKind.AVOIR && draft.originalInvoiceNumber().isEmpty()) {
            issues.add(new DraftIssue(DraftField.ORIGINAL_INVOICE, DraftIssue.Reason.ORIGINAL_INVOICE_MISSING));
        }
        // a credit note is not paid: whether it carries a mode at all is a wire choice
        if (draft.kind() == InvoiceKind.FACTURE && draft.paymentMode().isEmpty()) {
            issues.add(new DraftIssue(DraftField.PAYMENT_MODE, DraftIssue.Reason.PAYMENT_MODE_MISSING));
        }
        if (A2_AMOUNT_DUE_MUST_BE_ZERO && draft.billingFrame() == BillingFrame.A2
                && draft.amountDue().filter(a -> a.signum() != 0).isPresent()) {
            issues.add(new DraftIssue(DraftField.AMOUNT_DUE, DraftIssue.Reason.A2_AMOUNT_DUE_NOT_ZERO));
        }
    }

    private static void vat(InvoiceDraft draft, List<DraftIssue> issues) {
        if (draft.vatLines().stream().anyMatch(l -> !valid(l))) {
            issues.add(new DraftIssue(DraftField.VAT_LINES, DraftIssue.Reason.VAT_LINE_INVALID));
            return;
        }
        if (draft.amountExclTax().isEmpty() || draft.vatAmount().isEmpty()) {
            return;
        }
        boolean franchise = draft.vatRegime().filter(r -> r == VatRegime.FRANCHISE_EN_BASE).isPresent();
        boolean charged = draft.vatAmount().get().signum() > 0
                || draft.vatLines().stream().anyMatch(l -> l.ratePercent().signum() > 0);
        if (franchise && charged) {
            issues.add(new DraftIssue(DraftField.VAT_REGIME, DraftIssue.Reason.VAT_FRANCHISE_WITH_VAT));
            return;
        }
        Optional<VatTreatment> treatment = VatTreatment.of(draft);
        if (treatment.isEmpty()) {
            boolean rateUnknown = draft.vatLines().isEmpty()
                    && VatTreatment.derivedLine(draft, VatTreatment.exemptionOf(draft).isPresent()).isEmpty();
            issues.add(rateUnknown ? new DraftIssue(DraftField.VAT_LINES, DraftIssue.Reason.VAT_RATE_UNKNOWN)
                    : new DraftIssue(DraftField.VAT_REGIME, DraftIssue.Reason.VAT_REGIME_MISSING));
            return;
        }
        VatTreatment t = treatment.get();
        boolean taxed = t.kind() == VatTreatment.Kind.ON_DEBITS || t.kind() == VatTreatment.Kind.ON_RECEIPTS;
        if (taxed && t.lines().stream().allMatch(l -> l.ratePercent().signum() == 0)) {
            issues.add(new DraftIssue(DraftField.VAT_EXEMPTION, DraftIssue.Reason.VAT_EXEMPTION_MISSING));
        }
    }

    private static boolean valid(VatLine line) {
        return line.ratePercent().signum() >= 0 && line.ratePercent().compareTo(HUNDRED) <= 0
                && line.base().signum() >= 0 && line.amount().signum() >= 0
                && line.base().stripTrailingZeros().scale() <= 2 && line.amount().stripTrailingZeros().scale() <= 2;
    }
}
