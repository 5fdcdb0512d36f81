package fr.chorusdesk.chorus.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** Paging information of a search response. Loop while {@code pageCourante < pages}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ParametresRetour(Integer pageCourante, Integer pages, Integer nbResultatsParPage, Integer total) {
}
