package fr.chorusdesk.chorus.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** The bare error body {@code {"codeRetour": n, "libelle": "..."}} any operation may return. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ErreurResponse(Integer codeRetour, String libelle) implements ChorusResponse {
}
