package fr.chorusdesk.chorus.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** Response of {@code recupererTypesPieceJointe}: the codes {@code pieceJointeComplementaireType} takes. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RecupererTypesPieceJointeResponse(Integer codeRetour, String libelle,
        List<TypePieceJointe> listeTypePieceJointe) implements ChorusResponse {

    public RecupererTypesPieceJointeResponse {
        listeTypePieceJointe = WireLists.orEmpty(listeTypePieceJointe);
    }
}
