package fr.chorusdesk.service;

/** How an invoice reaches Chorus Pro. */
public enum SubmissionMode {
    /** The PDF is uploaded, then the invoice is submitted with the draft's data ({@code DEPOT_PDF_API}). */
    PDF_UPLOAD,
    /** The Factur-X PDF is deposited as a flow ({@code IN_DP_E2_CII_FACTURX}); its XML is the data. */
    FACTURX_FLOW
}
