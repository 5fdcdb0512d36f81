package fr.chorusdesk.validation;

/** The outcome of a validation, as the PDF step's badge shows it. */
public enum Verdict {
    /** « valide »: no finding. */
    VALID,
    /** « valide avec remarques »: remarks only. */
    VALID_WITH_REMARKS,
    /** « non valide »: at least one blocking finding. */
    INVALID
}
