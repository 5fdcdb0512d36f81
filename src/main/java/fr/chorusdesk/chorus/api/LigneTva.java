package fr.chorusdesk.chorus.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/** One line of the VAT summary. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record LigneTva(
        String ligneTvaTaux,
        BigDecimal ligneTvaMontantBaseHtParTaux,
        BigDecimal ligneTvaMontantTvaParTaux,
        BigDecimal ligneTvaTauxManuel) {
}
