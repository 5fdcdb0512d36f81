package fr.chorusdesk.chorus.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** Response of {@code rechercherServicesStructure}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RechercherServicesStructureResponse(
        Integer codeRetour,
        String libelle,
        List<ServiceStructure> listeServices,
        ParametresRetour parametresRetour) implements ChorusResponse {

    public RechercherServicesStructureResponse {
        listeServices = WireLists.orEmpty(listeServices);
    }
}
