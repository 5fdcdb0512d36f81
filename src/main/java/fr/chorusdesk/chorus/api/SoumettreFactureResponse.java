package fr.chorusdesk.chorus.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/** Response of {@code soumettreFacture}: keep {@code identifiantFactureCPP} for every status call. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SoumettreFactureResponse(
        Integer codeRetour,
        String libelle,
        Long identifiantFactureCPP,
        String numeroFacture,
        String statutFacture,
        LocalDate dateDepot,
        String identifiantStructure,
        String empreinteCertificatDepot) implements ChorusResponse {
}
