package fr.chorusdesk.chorus.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** {@code facture.recapitulatifDeTva} of a consulterFactureParFournisseur response (the lines, not their paging). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RecapitulatifDeTva(List<LigneRecapTva> ligneTva) {

    public RecapitulatifDeTva {
        ligneTva = ligneTva == null ? List.of() : List.copyOf(ligneTva);
    }
}
