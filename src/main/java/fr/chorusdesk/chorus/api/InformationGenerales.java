package fr.chorusdesk.chorus.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/** {@code informationGenerales} (sic, no "s") of a consulterStructure response. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record InformationGenerales(
        Long idStructureCPP,
        Long idStructureOrigine,
        String typeIdentifiantStructure,
        String identifiantStructure,
        String raisonSocialeStructure,
        String libelleStructure,
        String nomStructure,
        String prenomStructure,
        String emailStructure,
        String numeroRcsStructure,
        String numeroTVA,
        String structurePriveePublique,
        Boolean estValideurDeleguee,
        LocalDate dateExpirationMotPasseCompteTech) {
}
