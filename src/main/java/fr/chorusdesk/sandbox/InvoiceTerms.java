package fr.chorusdesk.sandbox;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What soumettre says about VAT, payment and the corrected invoice, kept as received so that
 * consulterFactureParFournisseur gives it back: {@code references.typeTva},
 * {@code motifExonerationTva}, {@code numeroFactureOrigine}, {@code modePaiement} and the
 * {@code ligneTva} lines (field names and types of the invoices Swagger). The sandbox stores them
 * without judging them: no public source says what the platform checks there.
 */
record InvoiceTerms(Optional<String> typeTva, Optional<String> motifExonerationTva,
        Optional<String> numeroFactureOrigine, Optional<String> modePaiement, List<TaxLine> vatLines) {

    /** Nothing said (a flow, or an invoice stored before these were kept). */
    static final InvoiceTerms NONE = new InvoiceTerms(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), List.of());

    /**
     * One {@code ligneTva}: the rate as a code ({@code ligneTvaTaux}) or as a number
     * ({@code ligneTvaTauxManuel}), the base and the VAT of that rate.
     */
    record TaxLine(Optional<String> rateCode, Optional<BigDecimal> ratePercent, Optional<BigDecimal> base,
            Optional<BigDecimal> amount) {
    }

    InvoiceTerms {
        typeTva = typeTva == null ? Optional.empty() : typeTva;
        motifExonerationTva = motifExonerationTva == null ? Optional.empty() : motifExonerationTva;
        numeroFactureOrigine = numeroFactureOrigine == null ? Optional.empty() : numeroFactureOrigine;
        modePaiement = modePaiement == null ? Optional.empty() : modePaiement;
        vatLines = vatLines == null ? List.of() : List.copyOf(vatLines);
    }
}
