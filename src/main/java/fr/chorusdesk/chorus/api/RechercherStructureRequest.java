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

    /**
     * One page of public structures by name, postal code and town, sorted by name. Only public
     * structures are asked for, so {@code restreindreStructuresPrivees} is left out.
     */
    public static RechercherStructureRequest publiquesParNom(String raisonSociale, String codePostal, String ville,
            int page, int perPage) {
        return new RechercherStructureRequest(StructureCriteres.publiqueParNom(raisonSociale, codePostal, ville),
                Pagination.page(page, perPage, "DesignationStructure", Pagination.TRI_ASCENDANT), null);
    }

    public static RechercherStructureRequest parSiret(String siret) {
        return new RechercherStructureRequest(StructureCriteres.siret(siret), Pagination.page(1, 10), false);
    }
}
