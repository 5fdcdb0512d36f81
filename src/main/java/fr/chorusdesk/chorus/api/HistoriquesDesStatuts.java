package fr.chorusdesk.chorus.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** {@code historiquesDesStatuts} wrapper of the status history. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record HistoriquesDesStatuts(List<HistoStatut> histoStatut) {

    public HistoriquesDesStatuts {
        histoStatut = WireLists.orEmpty(histoStatut);
    }
}
