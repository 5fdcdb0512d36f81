package fr.chorusdesk.chorus.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** A rejected invoice of a flow; {@code numeroDP} is the supplier's invoice number. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ErreurDP(String identifiantDestinataire, String identifiantFournisseur, String numeroDP,
        String libelleErreurDP) {
}
