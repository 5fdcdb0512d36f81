package fr.chorusdesk.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * How an invoice's VAT is declared to Chorus Pro: the kind that becomes {@code typeTva}, the lines
 * that become {@code ligneTva} and, for an exempt invoice, the mention that becomes
 * {@code motifExonerationTva}.
 *
 * <p>The rule, as the {@code facture_electronique} models stated it (« si aucune ligne de
 * récapitulatifs taxes n'est renseignée → SANS_TVA ; sinon si … Exoneration est renseignée →
 * EXONERATION ; sinon RegimeTVA »):
 * <ol>
 *   <li>no VAT line → {@link Kind#WITHOUT_VAT};</li>
 *   <li>an exemption mention (read or picked), or a supplier in franchise en base (whose mention is
 *       the art. 293 B one) → {@link Kind#EXEMPT};</li>
 *   <li>otherwise the invoice's regime: {@link Kind#ON_DEBITS} or {@link Kind#ON_RECEIPTS}.</li>
 * </ol>
 * The lines are the invoice's own (Factur-X BG-23 or typed); a plain invoice with one rate needs
 * none typed: the line is derived from HT and TVA when exactly one French rate gives that VAT
 * (see {@link #derivedLine}). A zero VAT is one line at 0 % when it is exempt, no line otherwise.
 *
 * @param mixed an exempt invoice that also has lines with VAT (the rule above still says EXEMPT)
 */
public record VatTreatment(Kind kind, List<VatLine> lines, boolean linesDerived, Optional<VatExemption> exemption,
                           boolean mixed) {

    /** What becomes {@code typeTva}. */
    public enum Kind {
        /** TVA_SUR_DEBIT */
        ON_DEBITS,
        /** TVA_SUR_ENCAISSEMENT */
        ON_RECEIPTS,
        /** EXONERATION, with its mention */
        EXEMPT,
        /** SANS_TVA: no VAT breakdown at all */
        WITHOUT_VAT
    }

    /**
     * The French VAT rates, in percent: 20 (art. 278 du CGI), 10 (art. 279), 5.5 (art. 278-0 bis),
     * 2.1 (art. 281 quater); in Corsica 13 and 0.9 (art. 297); in Guadeloupe, Martinique and La
     * Réunion 8.5, 1.75 and 1.05 (art. 296). A rate is derived only from this list.
     */
    public static final List<BigDecimal> FRENCH_RATES = List.of(new BigDecimal("20"), new BigDecimal("13"),
            new BigDecimal("10"), new BigDecimal("8.5"), new BigDecimal("5.5"), new BigDecimal("2.1"),
            new BigDecimal("1.75"), new BigDecimal("1.05"), new BigDecimal("0.9"));

    private static final BigDecimal CENT = new BigDecimal("0.01");
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    public VatTreatment {
        lines = List.copyOf(lines);
        exemption = exemption == null ? Optional.empty() : exemption;
    }

    /**
     * The treatment of a draft, or empty while it cannot be decided: VAT whose rate cannot be told
     * (no line, no single French rate fits), or VAT without a regime. {@link DraftValidator} says
     * which ({@code VAT_RATE_UNKNOWN}, {@code VAT_REGIME_MISSING}).
     */
    public static Optional<VatTreatment> of(InvoiceDraft draft) {
        Optional<VatExemption> exemption = exemptionOf(draft);
        List<VatLine> lines = draft.vatLines();
        boolean derived = false;
        if (lines.isEmpty()) {
            Optional<VatLine> line = derivedLine(draft, exemption.isPresent());
            if (line.isEmpty() && draft.vatAmount().filter(v -> v.signum() > 0).isPresent()) {
                return Optional.empty();
            }
            lines = line.map(List::of).orElse(List.of());
            derived = line.isPresent();
        }
        if (lines.isEmpty()) {
            return Optional.of(new VatTreatment(Kind.WITHOUT_VAT, List.of(), false, Optional.empty(), false));
        }
        boolean taxed = lines.stream().anyMatch(l -> l.ratePercent().signum() > 0);
        if (exemption.isPresent()) {
            return Optional.of(new VatTreatment(Kind.EXEMPT, lines, derived, exemption, taxed));
        }
        Optional<Kind> kind = draft.vatRegime().flatMap(r -> switch (r) {
            case DEBITS -> Optional.of(Kind.ON_DEBITS);
            case ENCAISSEMENTS -> Optional.of(Kind.ON_RECEIPTS);
            // franchise en base always has its exemption, handled above
            case FRANCHISE_EN_BASE -> Optional.<Kind>empty();
        });
        List<VatLine> effective = lines;
        boolean wasDerived = derived;
        return kind.map(k -> new VatTreatment(k, effective, wasDerived, Optional.empty(), false));
    }

    /**
     * The exemption that applies: the one read or picked, else the art. 293 B mention for a supplier
     * in franchise en base.
     */
    static Optional<VatExemption> exemptionOf(InvoiceDraft draft) {
        if (draft.vatExemption().isPresent()) {
            return draft.vatExemption();
        }
        return draft.vatRegime().filter(r -> r == VatRegime.FRANCHISE_EN_BASE).map(r -> VatExemption.FRANCHISE_EN_BASE);
    }

    /**
     * The one line of an invoice without a breakdown: at 0 % when its VAT is zero and it is exempt;
     * otherwise at the single French rate that gives its VAT from its HT (to the cent, else within
     * one cent); empty when no rate or more than one fits, or the amounts are missing.
     */
    public static Optional<VatLine> derivedLine(InvoiceDraft draft, boolean exempt) {
        if (draft.amountExclTax().isEmpty() || draft.vatAmount().isEmpty()) {
            return Optional.empty();
        }
        BigDecimal ht = draft.amountExclTax().get();
        BigDecimal vat = draft.vatAmount().get();
        if (vat.signum() == 0) {
            return exempt ? Optional.of(new VatLine(BigDecimal.ZERO, ht, vat)) : Optional.empty();
        }
        if (ht.signum() <= 0 || vat.signum() < 0) {
            return Optional.empty();
        }
        List<BigDecimal> exact = FRENCH_RATES.stream()
                .filter(r -> vatAt(ht, r).compareTo(vat) == 0).toList();
        List<BigDecimal> close = exact.isEmpty() ? FRENCH_RATES.stream()
                .filter(r -> vatAt(ht, r).subtract(vat).abs().compareTo(CENT) <= 0).toList() : exact;
        return close.size() == 1 ? Optional.of(new VatLine(close.get(0), ht, vat)) : Optional.empty();
    }

    private static BigDecimal vatAt(BigDecimal ht, BigDecimal rate) {
        return ht.multiply(rate).divide(HUNDRED, 2, RoundingMode.HALF_UP);
    }
}
