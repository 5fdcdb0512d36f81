package fr.chorusdesk.chorus.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** Main attachment of a submitted invoice: the id returned by ajouterFichierDansSysteme. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record PieceJointePrincipale(String pieceJointePrincipaleDesignation, Long pieceJointePrincipaleId) {
}
