package fr.chorusdesk.chorus.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** A structure the technical user may invoice from; {@code idStructureCPP} is the {@code idFournisseur}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record StructureActive(Long idStructureCPP, String identifiant, String designationStructure) {
}
