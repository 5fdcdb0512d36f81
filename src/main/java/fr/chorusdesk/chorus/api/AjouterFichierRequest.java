package fr.chorusdesk.chorus.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Body of {@code ajouterFichierDansSysteme}. The client never builds this record for a real file:
 * it streams the same fields (see {@link #FIELD_FICHIER} and siblings) so that the Base64 content
 * is never held in memory; the record serves servers and tests.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AjouterFichierRequest(
        Long idUtilisateurCourant,
        String pieceJointeFichier,
        String pieceJointeNom,
        String pieceJointeTypeMime,
        String pieceJointeExtension) {

    public static final String FIELD_ID_UTILISATEUR_COURANT = "idUtilisateurCourant";
    public static final String FIELD_FICHIER = "pieceJointeFichier";
    public static final String FIELD_NOM = "pieceJointeNom";
    public static final String FIELD_TYPE_MIME = "pieceJointeTypeMime";
    public static final String FIELD_EXTENSION = "pieceJointeExtension";

    @Override
    public String toString() {
        // never print file content
        return "AjouterFichierRequest[pieceJointeNom=" + pieceJointeNom + ", pieceJointeTypeMime=" + pieceJointeTypeMime
                + ", pieceJointeExtension=" + pieceJointeExtension + ", pieceJointeFichier=<"
                + (pieceJointeFichier == null ? 0 : pieceJointeFichier.length()) + " Base64 chars>]";
    }
}
