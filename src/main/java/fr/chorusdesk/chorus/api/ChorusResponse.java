package fr.chorusdesk.chorus.api;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Every Chorus Pro response carries {@code codeRetour} (0 = success) and {@code libelle}, even
 * when the HTTP status is 200; a client must check both whatever the status.
 */
public interface ChorusResponse {

    /** Success value of {@code codeRetour}. */
    int CODE_RETOUR_OK = 0;

    Integer codeRetour();

    String libelle();

    /** Derived, so never part of the wire format. */
    @JsonIgnore
    default boolean isSuccess() {
        return codeRetour() != null && codeRetour() == CODE_RETOUR_OK;
    }
}
