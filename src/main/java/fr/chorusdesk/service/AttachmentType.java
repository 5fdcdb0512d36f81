package fr.chorusdesk.service;

import java.util.Objects;

/**
 * A type of supporting document Chorus Pro knows ({@code recupererTypesPieceJointe}): its code goes
 * into {@code pieceJointeComplementaireType}, its label is what the user picks from.
 */
public record AttachmentType(String code, String label) {

    public AttachmentType {
        Objects.requireNonNull(code, "code");
        label = label == null || label.isBlank() ? code : label;
    }
}
