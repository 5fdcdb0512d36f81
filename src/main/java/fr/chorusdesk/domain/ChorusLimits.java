package fr.chorusdesk.domain;

import java.util.Set;

/**
 * Chorus Pro's limits, stated once. The PDF pre-flight checks the attachment's size and name
 * length; the sandbox enforces all of them, as the platform does.
 */
public final class ChorusLimits {

    /**
     * An attachment must not exceed "10 Mo" (error 20003 on upload, HTTP 413 on deposits). Whether
     * that is 10^7 or 10 × 2^20 bytes is not documented (UNCONFIRMED): the stricter reading is
     * taken, so a file ChorusDesk accepts is never refused for its size.
     */
    public static final long MAX_ATTACHMENT_BYTES = 10_000_000L;

    /**
     * One invoice with all its attachments, main PDF included (the "dossier de facturation":
     * "120 Mo", HTTP 413 on telechargerGroupeFacture; OCA checks the same total). As for
     * {@link #MAX_ATTACHMENT_BYTES}, the stricter decimal reading.
     */
    public static final long MAX_INVOICE_TOTAL_BYTES = 120_000_000L;

    /** Attachment name, extension included. */
    public static final int MAX_ATTACHMENT_NAME_LENGTH = 50;

    /** {@code numeroFactureSaisi}. */
    public static final int MAX_INVOICE_NUMBER_LENGTH = 20;

    /** {@code numeroBonCommande} (engagement number). */
    public static final int MAX_ENGAGEMENT_NUMBER_LENGTH = 50;

    /**
     * Extensions Chorus Pro accepts for an attachment, upper case: the list OCA cites from the
     * community article on attachments, plus XSD and XSL from the specification-derived list.
     */
    public static final Set<String> ALLOWED_ATTACHMENT_EXTENSIONS = Set.of("BMP", "GIF", "FAX", "ODT", "PPT",
            "TIFF", "XLS", "BZ2", "GZ", "JPEG", "P7S", "RTF", "TXT", "XML", "CSV", "GZIP", "JPG", "PDF", "SVG",
            "XHTML", "XLSX", "DOC", "HTM", "ODP", "PNG", "TGZ", "XLC", "ZIP", "DOCX", "HTML", "ODS", "PPS",
            "TIF", "XLM", "PPTX", "XSD", "XSL");

    private ChorusLimits() {
    }
}
