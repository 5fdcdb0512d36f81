package fr.chorusdesk.chorus.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** Additional attachment (soumettre, completer). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record PieceJointeComplementaire(
        String pieceJointeComplementaireDesignation,
        String pieceJointeComplementaireType,
        Integer pieceJointeComplementaireNumeroLigneFacture,
        Long pieceJointeComplementaireId,
        Long pieceJointeComplementaireIdLiaison) {
}
