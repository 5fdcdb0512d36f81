package fr.chorusdesk.chorus.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/** Response of {@code completerFacture}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CompleterFactureResponse(
        Integer codeRetour,
        String libelle,
        Long identifiantFactureCPP,
        String numeroFacture,
        LocalDate dateTraitement) implements ChorusResponse {
}
