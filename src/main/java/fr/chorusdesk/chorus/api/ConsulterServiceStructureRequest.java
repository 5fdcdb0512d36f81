package fr.chorusdesk.chorus.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Body of {@code consulterServiceStructure} ({@code ConsulterServiceStructureParam} of the
 * Structures Swagger): the structure ({@code idStructure}, its idStructureCPP) and one of its
 * services ({@code idService}, from rechercherServicesStructure).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConsulterServiceStructureRequest(Long idStructure, Long idService, String codeLangue) {

    public static ConsulterServiceStructureRequest of(long idStructure, long idService) {
        return new ConsulterServiceStructureRequest(idStructure, idService, "fr");
    }
}
