package fr.chorusdesk.chorus.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** Response of engagementsJuridiques/v1/rechercher; only the number of items is relied on. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RechercherEngagementJuridiqueResponse(Integer codeRetour, String libelle,
        List<EngagementJuridique> listeEngagementJuridique, ParametresRetour parametresRetour)
        implements ChorusResponse {

    public RechercherEngagementJuridiqueResponse {
        listeEngagementJuridique = WireLists.orEmpty(listeEngagementJuridique);
    }
}
