package fr.chorusdesk.chorus.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** Response of {@code consulterFactureParFournisseur}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConsulterFactureParFournisseurResponse(Integer codeRetour, String libelle, FactureEmise facture)
        implements ChorusResponse {
}
