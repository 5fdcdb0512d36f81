package fr.chorusdesk.chorus.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** {@code facture.fournisseur} of a consulterFactureParFournisseur response. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record FactureFournisseurInfo(
        Long idFournisseur,
        String typeIdentifiantFournisseur,
        String codeFournisseur,
        String raisonSocialeFournisseur,
        Long idServiceFournisseur,
        String codeServiceFournisseur) {
}
