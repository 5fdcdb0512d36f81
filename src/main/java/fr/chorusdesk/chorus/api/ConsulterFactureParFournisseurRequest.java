package fr.chorusdesk.chorus.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Body of {@code consulterFactureParFournisseur}. The three paging objects are not modelled: their
 * key names are unsettled and the minimal body works (see
 * {@link ChorusWireChoices#CONSULTER_FACTURE_PAGING_PREFIX}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConsulterFactureParFournisseurRequest(Long idUtilisateurCourant, Long identifiantFactureCPP,
        String codeLangue) {
}
