package fr.chorusdesk.validation;

/** Which published rule set a finding comes from, in the order they run. */
public enum RuleLayer {
    /** The XML Schema of the Factur-X profile: a document it refuses is not read further. */
    XSD,
    /** The Factur-X profile's own Schematron (MINIMUM and BASIC WL, which are not EN 16931 invoices). */
    FACTURX_PROFILE,
    /** The CEN EN 16931 CII Schematron. */
    EN16931,
    /** The French CTC rules of the FNFE (BR-FR), for the 2026 reform. */
    FRANCE_CTC,
    /** Rules Chorus Pro adds, from its published documentation. */
    CHORUS_PRO;

    /** Whether the layer is a Schematron, which reads the invoice as a Saxon tree. */
    boolean isSchematron() {
        return this == FACTURX_PROFILE || this == EN16931 || this == FRANCE_CTC;
    }
}
