package fr.chorusdesk.chorus.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/**
 * Invoice totals. Note the capital {@code TVA} in {@code montantTVA}.
 * {@code montantTtcAvantRemiseGlobalTTC} is output only (consultation).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record MontantTotal(
        BigDecimal montantHtTotal,
        BigDecimal montantTVA,
        BigDecimal montantTtcTotal,
        BigDecimal montantRemiseGlobaleTTC,
        String motifRemiseGlobaleTTC,
        BigDecimal montantAPayer,
        BigDecimal montantTtcAvantRemiseGlobalTTC) {

    /** Totals as soumettreFacture takes them (no output-only field). */
    public static MontantTotal of(BigDecimal ht, BigDecimal tva, BigDecimal ttc, BigDecimal remiseTtc,
            String motifRemise, BigDecimal aPayer) {
        return new MontantTotal(ht, tva, ttc, remiseTtc, motifRemise, aPayer, null);
    }
}
