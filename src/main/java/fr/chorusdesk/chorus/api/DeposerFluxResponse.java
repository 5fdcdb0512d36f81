package fr.chorusdesk.chorus.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/** Response of {@code deposerFluxFacture}: keep {@code numeroFluxDepot} to follow the flow. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeposerFluxResponse(
        Integer codeRetour,
        String libelle,
        String numeroFluxDepot,
        LocalDate dateDepot,
        String syntaxeFlux) implements ChorusResponse {
}
