package fr.chorusdesk.chorus.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** Response of {@code recupererStructuresActivesPourFournisseur}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RecupererStructuresActivesResponse(
        Integer codeRetour,
        String libelle,
        List<StructureActive> listeStructures) implements ChorusResponse {

    public RecupererStructuresActivesResponse {
        listeStructures = WireLists.orEmpty(listeStructures);
    }
}
