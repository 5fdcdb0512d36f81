package fr.chorusdesk.service;

/** How an invoice reaches Chorus Pro. */
public enum SubmissionMode {
    /** The PDF is uploaded, then the invoice is submitted with the draft's data ({@code DEPOT_PDF_API}). */
    PDF_UPLOAD,
    /**
     * A signed PDF: uploaded byte for byte, then submitted with the draft's data
     * ({@code DEPOT_PDF_SIGNE_API}), so that its signature reaches Chorus Pro intact.
     */
    SIGNED_PDF_UPLOAD,
    /** The Factur-X PDF is deposited as a flow ({@code IN_DP_E2_CII_FACTURX}); its XML is the data. */
    FACTURX_FLOW,
    /**
     * A Factur-X whose data are not valid, sent as the user chose as a plain PDF: a copy without its
     * XML is uploaded, then submitted with the draft's data ({@code DEPOT_PDF_API}); the user's file
     * is never changed.
     */
    PLAIN_PDF_UPLOAD;

    /** The mode a history entry names; an unknown or empty name is a PDF upload. */
    public static SubmissionMode named(String name) {
        for (SubmissionMode mode : values()) {
            if (mode.name().equals(name)) {
                return mode;
            }
        }
        return PDF_UPLOAD;
    }
}
