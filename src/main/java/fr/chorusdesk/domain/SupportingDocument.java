package fr.chorusdesk.domain;

import java.util.Objects;

/**
 * A supporting document (pièce jointe complémentaire) attached to an invoice being prepared: a
 * purchase order, a delivery note... sent with the invoice in {@code pieceJointeComplementaire}.
 *
 * @param originalName the user's file name, as shown
 * @param uploadName   the name the upload declares ({@code pieceJointeNom}): safe characters, 50 at most
 * @param storedPath   the file to upload: the user's file until the draft is saved, then the copy
 *                     kept with the drafts (so moving or deleting the original breaks nothing)
 * @param sizeBytes    size when added
 * @param sha256       SHA-256 of the content, lower-case hexadecimal
 * @param typeCode     {@code pieceJointeComplementaireType}, a code of {@code recupererTypesPieceJointe}
 * @param typeLabel    that type's label when it was chosen, so the history reads without the network
 */
public record SupportingDocument(String originalName, String uploadName, String storedPath, long sizeBytes,
                                 String sha256, String typeCode, String typeLabel) {

    public SupportingDocument {
        Objects.requireNonNull(originalName, "originalName");
        Objects.requireNonNull(uploadName, "uploadName");
        Objects.requireNonNull(storedPath, "storedPath");
        Objects.requireNonNull(sha256, "sha256");
        typeCode = Objects.requireNonNullElse(typeCode, "");
        typeLabel = Objects.requireNonNullElse(typeLabel, typeCode);
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("negative size");
        }
    }

    /** Whether the upload declares another name than the user's file. */
    public boolean renamed() {
        return !uploadName.equals(originalName);
    }

    public SupportingDocument withType(String code, String label) {
        return new SupportingDocument(originalName, uploadName, storedPath, sizeBytes, sha256, code, label);
    }

    public SupportingDocument withStoredPath(String value) {
        return new SupportingDocument(originalName, uploadName, value, sizeBytes, sha256, typeCode, typeLabel);
    }
}
