package fr.chorusdesk.chorus.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Body of {@code recyclerFacture} (invoice in A_RECYCLER): new recipient, service code and/or
 * engagement number. Note the singular key {@code reference}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RecyclerFactureRequest(
        Long idUtilisateurCourant,
        Long identifiantFactureCPP,
        Destinataire destinataire,
        References reference,
        String commentaire) {
}
