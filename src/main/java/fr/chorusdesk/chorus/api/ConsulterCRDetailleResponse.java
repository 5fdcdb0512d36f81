package fr.chorusdesk.chorus.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Response of {@code consulterCRDetaille}. Terminal flow states: {@code IN_INTEGRE},
 * {@code IN_INTEGRE_PARTIEL}, {@code IN_REJETE} (and {@code IN_INCIDENTE}, which needs a resend).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConsulterCRDetailleResponse(
        Integer codeRetour,
        String libelle,
        String codeInterfaceDepotFlux,
        @JsonSerialize(using = ParisOffsetDateTimeSerializer.class) LocalDateTime dateDepotFlux,
        @JsonSerialize(using = ParisOffsetDateTimeSerializer.class) LocalDateTime dateHeureEtatCourantFlux,
        String etatCourantDepotFlux,
        String nomFichier,
        List<ErreurDP> listeErreurDP,
        List<ErreurTechnique> listeErreurTechnique) implements ChorusResponse {

    public ConsulterCRDetailleResponse {
        listeErreurDP = WireLists.orEmpty(listeErreurDP);
        listeErreurTechnique = WireLists.orEmpty(listeErreurTechnique);
    }
}
