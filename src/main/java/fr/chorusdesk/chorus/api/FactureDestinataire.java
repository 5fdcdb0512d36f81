package fr.chorusdesk.chorus.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** {@code facture.destinataire} of a consulterFactureParFournisseur response. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record FactureDestinataire(
        Long idDestinataire,
        String codeDestinataire,
        String libelleDestinataire,
        Long idServiceExecutant,
        String codeServiceExecutant,
        String libelleServiceExecutant,
        String designationDestinataire) {
}
