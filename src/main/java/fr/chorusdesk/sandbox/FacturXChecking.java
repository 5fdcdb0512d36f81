package fr.chorusdesk.sandbox;

/**
 * Whether the sandbox validates the Factur-X data it receives, as Chorus Pro does (docs/sandbox.md,
 * "Factur-X validation"):
 *
 * @param flows  a Factur-X (or CII XML) deposited as a flow ({@code deposer/flux}) is checked against
 *               its XML Schema and rules, and a non-valid one is rejected in the flow's report
 *               ({@code IN_REJETE}, one {@code listeErreurDP} entry per rule): what Chorus Pro's answers
 *               to portal users describe (a Factur-X is a batch; non-compliant data are rejected with the
 *               notice in Suivi des flux). On by default.
 * @param pdfApi a Factur-X PDF uploaded then submitted with {@code DEPOT_PDF_API} is checked the same
 *               way and the submission refused. <b>UNCONFIRMED</b>: no public source says whether the
 *               API reads the XML of a PDF sent this way (the reports are about the portal's
 *               « Déposer facture », where a Factur-X becomes a flow). Off by default.
 */
public record FacturXChecking(boolean flows, boolean pdfApi) {

    /** What the public sources describe: flows checked, the PDF mode not. */
    public static FacturXChecking sourced() {
        return new FacturXChecking(true, false);
    }

    /** Nothing checked: the sandbox before Factur-X validation. */
    public static FacturXChecking off() {
        return new FacturXChecking(false, false);
    }
}
