package fr.chorusdesk.chorus.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/** Response of {@code recyclerFacture}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RecyclerFactureResponse(
        Integer codeRetour,
        String libelle,
        Long identifiantFactureCPP,
        String numeroFacture,
        String statutFacture,
        LocalDate dateDepot) implements ChorusResponse {
}
