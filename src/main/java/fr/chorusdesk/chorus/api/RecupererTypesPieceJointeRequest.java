package fr.chorusdesk.chorus.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** Body of {@code recupererTypesPieceJointe} ({@code transverses/v1/recuperer/typespj}). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RecupererTypesPieceJointeRequest(String typeObjet, String codeLangue) {

    /** The attachment types of an invoice, labels in French. */
    public static RecupererTypesPieceJointeRequest facture() {
        return new RecupererTypesPieceJointeRequest("FACTURE", "fr");
    }
}
