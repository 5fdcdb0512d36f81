package fr.chorusdesk.chorus.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** One item of {@code listeServices}; only services with {@code estActif} are valid targets. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ServiceStructure(
        Long idService,
        String codeService,
        String libelleService,
        String statutService,
        Boolean estActif) {
}
