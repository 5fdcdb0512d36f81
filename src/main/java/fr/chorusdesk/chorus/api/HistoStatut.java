package fr.chorusdesk.chorus.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDateTime;

/** One status change of an invoice; the comment presumably carries a rejection reason. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record HistoStatut(
        Long histoStatutId,
        String histoStatutCode,
        LocalDateTime histoStatutDatePassage,
        String histoStatutCommentaire) {
}
