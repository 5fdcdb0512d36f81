package fr.chorusdesk.chorus.api;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDateTime;

/**
 * One status change of an invoice; the comment presumably carries a rejection reason. The
 * platform writes {@code histoStatutDatePassage} as {@code 2018-04-19 11:08} (minutes, no zone);
 * it is read leniently.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record HistoStatut(
        Long histoStatutId,
        String histoStatutCode,
        @JsonFormat(pattern = HistoStatut.DATE_PASSAGE_PATTERN) LocalDateTime histoStatutDatePassage,
        String histoStatutCommentaire) {

    /** How the platform writes {@code histoStatutDatePassage}. */
    public static final String DATE_PASSAGE_PATTERN = "yyyy-MM-dd HH:mm";
}
