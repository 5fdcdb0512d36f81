package fr.chorusdesk.domain;

/**
 * Chorus Pro's limits, stated once. The PDF pre-flight checks the attachment's size and name
 * length; the sandbox enforces all four, as the platform does.
 */
public final class ChorusLimits {

    /**
     * An attachment must not exceed "10 Mo" (error 20003 on upload, HTTP 413 on deposits). Whether
     * that is 10^7 or 10 × 2^20 bytes is not documented (UNCONFIRMED): the stricter reading is
     * taken, so a file ChorusDesk accepts is never refused for its size.
     */
    public static final long MAX_ATTACHMENT_BYTES = 10_000_000L;

    /**
     * One invoice and all its attachments together (the "dossier de facturation"): "120 Mo". As
     * for {@link #MAX_ATTACHMENT_BYTES}, the stricter decimal reading.
     */
    public static final long MAX_INVOICE_TOTAL_BYTES = 120_000_000L;

    /** Attachment name, extension included. */
    public static final int MAX_ATTACHMENT_NAME_LENGTH = 50;

    /** {@code numeroFactureSaisi}. */
    public static final int MAX_INVOICE_NUMBER_LENGTH = 20;

    /** {@code numeroBonCommande} (engagement number). */
    public static final int MAX_ENGAGEMENT_NUMBER_LENGTH = 50;

    private ChorusLimits() {
    }
}
