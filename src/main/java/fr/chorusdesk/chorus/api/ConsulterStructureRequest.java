package fr.chorusdesk.chorus.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** Body of {@code consulterStructure} (key {@code idStructureCPP}, not {@code idStructure}). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConsulterStructureRequest(Long idStructureCPP, String codeLangue) {

    public static ConsulterStructureRequest of(long idStructureCPP) {
        return new ConsulterStructureRequest(idStructureCPP, "fr");
    }
}
