package fr.chorusdesk.chorus.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** Response of {@code consulterStructure}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConsulterStructureResponse(
        Integer codeRetour,
        String libelle,
        AdressePostale adressePostaleDuSiege,
        InformationGenerales informationGenerales,
        ParametresStructure parametres) implements ChorusResponse {
}
