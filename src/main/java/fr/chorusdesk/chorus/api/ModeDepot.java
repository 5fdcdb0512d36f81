package fr.chorusdesk.chorus.api;

/** Values of {@code modeDepot} accepted by {@code soumettreFacture}. */
public enum ModeDepot {
    SAISIE_API,
    DEPOT_PDF_API,
    DEPOT_PDF_SIGNE_API
}
