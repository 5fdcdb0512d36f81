package fr.chorusdesk.chorus.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** Body of {@code rechercherServicesStructure} (up to 1000 results per page). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RechercherServicesStructureRequest(Long idStructure, Pagination parametresRechercherServicesStructure) {

    public static final int MAX_PAR_PAGE = 1000;

    public static RechercherServicesStructureRequest of(long idStructure, int page) {
        return new RechercherServicesStructureRequest(idStructure,
                Pagination.page(page, MAX_PAR_PAGE, "CodeService", Pagination.TRI_ASCENDANT));
    }
}
