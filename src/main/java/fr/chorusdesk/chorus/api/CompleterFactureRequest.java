package fr.chorusdesk.chorus.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** Body of {@code completerFacture} (invoice in SUSPENDUE): more attachments and/or a new comment. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CompleterFactureRequest(
        Long idUtilisateurCourant,
        Long identifiantFactureCPP,
        String commentaire,
        List<PieceJointeComplementaire> pieceJointeComplementaire) {
}
