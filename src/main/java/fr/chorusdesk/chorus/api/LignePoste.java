package fr.chorusdesk.chorus.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/** One invoice line; give either {@code lignePosteTauxTva} (a code) or {@code lignePosteTauxTvaManuel}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record LignePoste(
        Integer lignePosteNumero,
        String lignePosteReference,
        String lignePosteDenomination,
        BigDecimal lignePosteQuantite,
        String lignePosteUnite,
        BigDecimal lignePosteMontantUnitaireHT,
        BigDecimal lignePosteMontantRemiseHT,
        String lignePosteTauxTva,
        BigDecimal lignePosteTauxTvaManuel) {
}
