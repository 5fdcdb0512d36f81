package fr.chorusdesk.chorus.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** One item of {@code listeStructures} in a rechercherStructure response; {@code statut} is ACTIVE/INACTIVE. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record StructureTrouvee(
        Long idStructureCPP,
        String identifiantStructure,
        String designationStructure,
        String typeIdentifiantStructure,
        String statut) {

    public static final String STATUT_ACTIVE = "ACTIVE";
}
