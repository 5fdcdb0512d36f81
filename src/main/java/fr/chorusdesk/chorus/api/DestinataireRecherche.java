package fr.chorusdesk.chorus.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** One item of {@code listeDestinataire} in an invoice search (note the API's "Stuct" spelling). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record DestinataireRecherche(Long idDestinataire, List<Long> listeIdServiceExecutant,
        String raisonSocialeStuctDmd) {
}
