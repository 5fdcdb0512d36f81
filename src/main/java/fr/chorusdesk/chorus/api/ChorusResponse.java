package fr.chorusdesk.chorus.api;

/**
 * Every Chorus Pro response carries {@code codeRetour} (0 = success) and {@code libelle}, even
 * when the HTTP status is 200; a client must check both whatever the status.
 */
public interface ChorusResponse {

    /** Success value of {@code codeRetour}. */
    int CODE_RETOUR_OK = 0;

    Integer codeRetour();

    String libelle();
}
