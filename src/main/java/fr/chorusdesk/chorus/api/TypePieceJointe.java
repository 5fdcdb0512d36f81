package fr.chorusdesk.chorus.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** One item of {@code listeTypePieceJointe}; the code goes into {@code pieceJointeComplementaireType}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record TypePieceJointe(Long idTypePieceJointe, String codeTypePieceJointe, String libelleTypePieceJointe,
        String typeObjet) {
}
