package fr.chorusdesk.chorus.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Body of {@code rechercherStructure}. {@code restreindreStructuresPrivees} absent or true limits
 * private structures to those the user is attached to.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RechercherStructureRequest(
        StructureCriteres structure,
        Pagination parametres,
        Boolean restreindreStructuresPrivees) {

    public static RechercherStructureRequest parSiret(String siret) {
        return new RechercherStructureRequest(StructureCriteres.siret(siret), Pagination.page(1, 10), false);
    }
}
