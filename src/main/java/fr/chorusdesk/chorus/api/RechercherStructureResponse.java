package fr.chorusdesk.chorus.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** Response of {@code rechercherStructure}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RechercherStructureResponse(
        Integer codeRetour,
        String libelle,
        List<StructureTrouvee> listeStructures,
        ParametresRetour parametresRetour) implements ChorusResponse {

    public RechercherStructureResponse {
        listeStructures = WireLists.orEmpty(listeStructures);
    }
}
