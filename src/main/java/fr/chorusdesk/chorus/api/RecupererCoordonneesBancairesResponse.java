package fr.chorusdesk.chorus.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** Response of {@code recupererCoordonneesBancairesValides}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RecupererCoordonneesBancairesResponse(
        Integer codeRetour,
        String libelle,
        List<CoordonneeBancaire> listeCoordonneeBancaire) implements ChorusResponse {

    public RecupererCoordonneesBancairesResponse {
        listeCoordonneeBancaire = WireLists.orEmpty(listeCoordonneeBancaire);
    }
}
