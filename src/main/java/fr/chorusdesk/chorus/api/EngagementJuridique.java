package fr.chorusdesk.chorus.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One item of {@code listeEngagementJuridique}. The field names are UNCONFIRMED (no public source
 * shows an item; these follow the request's naming); unknown fields are ignored and nothing
 * depends on them but display.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record EngagementJuridique(String numeroEngagementJuridique, String etatCourantEngagementJuridique,
        String structureReceptriceEngagementJuridique) {
}
