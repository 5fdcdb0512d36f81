package fr.chorusdesk.chorus.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** Response of {@code consulterHistoriqueFacture}: the cheapest status poll ({@code statutCourantCode}). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConsulterHistoriqueFactureResponse(
        Integer codeRetour,
        String libelle,
        Long idFacture,
        String numeroFacture,
        String modeDepot,
        String statutCourantCode,
        HistoriquesDesStatuts historiquesDesStatuts,
        DerniereAction derniereAction) implements ChorusResponse {
}
