package fr.chorusdesk.chorus.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/**
 * One line of {@code facture.recapitulatifDeTva.ligneTva} in a consulterFactureParFournisseur
 * response: the rate as the platform's reference ({@code ligneTvaTauxRef*}) or as typed
 * ({@code ligneTvaTauxManuel}), the base and the VAT of that rate.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record LigneRecapTva(
        Long ligneTvaTauxRefId,
        String ligneTvaTauxRefCode,
        String ligneTvaTauxRefLibelle,
        BigDecimal ligneTvaTauxRefValeur,
        BigDecimal ligneTvaTauxManuel,
        BigDecimal ligneTvaMontantBaseHtParTaux,
        BigDecimal ligneTvaMontantTvaParTaux) {
}
