package fr.chorusdesk.chorus.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** Response of {@code ajouterFichierDansSysteme}: {@code pieceJointeId} feeds {@code pieceJointePrincipaleId}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AjouterFichierResponse(Integer codeRetour, String libelle, Long pieceJointeId) implements ChorusResponse {
}
