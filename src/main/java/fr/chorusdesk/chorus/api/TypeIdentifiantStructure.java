package fr.chorusdesk.chorus.api;

/** Values of {@code typeIdentifiantStructure}. */
public enum TypeIdentifiantStructure {
    SIRET,
    UE_HORS_FRANCE,
    HORS_UE,
    RIDET,
    TAHITI,
    AUTRE,
    PARTICULIER
}
