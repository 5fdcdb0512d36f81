package fr.chorusdesk.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One invoice of the history: an attempt to send it (in flight), or an invoice Chorus Pro has, with
 * its ids, the invoice value sent, the deposit fingerprint and every status it reached. Immutable.
 *
 * @param id                 local identifier of the history entry (a UUID)
 * @param profile            the profile it was sent with or imported for
 * @param pdfSha256          fingerprint of the PDF sent; absent for an invoice imported from Chorus Pro
 * @param invoiceNumber      the supplier's number
 * @param recipientSiret     the recipient's SIRET
 * @param state              {@link State#IN_FLIGHT} while the answer of the creating request is not known
 * @param mode               how it was sent ({@code PDF_UPLOAD}, {@code FACTURX_FLOW}, {@code IMPORTED})
 * @param invoiceId          {@code identifiantFactureCPP}
 * @param flowNumber         {@code numeroFluxDepot}
 * @param status             the current status code, as Chorus Pro writes it
 * @param depositCertificate {@code empreinteCertificatDepot}
 * @param sent               the invoice value as it was sent (absent for an imported one)
 * @param timeline           every status reached, oldest first
 * @param lastSyncedAt       when the status was last read from Chorus Pro
 * @param documents          the supporting documents sent with it, by name and type (none in entries
 *                           written before documents existed, nor for an imported invoice)
 * @param recipientName      the recipient's name as Chorus Pro gives it, for the history's table
 *                           (absent in entries written before it was kept)
 */
public record SentInvoice(String id, String profile, Optional<String> pdfSha256, String invoiceNumber,
                          String recipientSiret, State state, String mode, Optional<Long> invoiceId,
                          Optional<String> flowNumber, String status, Optional<LocalDate> invoiceDate,
                          Optional<LocalDate> depositDate, Optional<BigDecimal> amountExclTax,
                          Optional<BigDecimal> amountInclTax, Optional<String> depositCertificate,
                          Optional<InvoiceDraft> sent, List<StatusChange> timeline, Instant recordedAt,
                          Optional<Instant> lastSyncedAt, List<Document> documents,
                          Optional<String> recipientName) {

    /**
     * A supporting document as sent: what the history shows, without the file itself.
     *
     * @param name       the user's file name
     * @param uploadName the name Chorus Pro received
     * @param typeCode   {@code pieceJointeComplementaireType}
     * @param typeLabel  that type's label
     */
    public record Document(String name, String uploadName, String typeCode, String typeLabel, long sizeBytes) {

        public Document {
            Objects.requireNonNull(name, "name");
            uploadName = Objects.requireNonNullElse(uploadName, name);
            typeCode = Objects.requireNonNullElse(typeCode, "");
            typeLabel = Objects.requireNonNullElse(typeLabel, typeCode);
        }

        public static Document of(SupportingDocument d) {
            return new Document(d.originalName(), d.uploadName(), d.typeCode(), d.typeLabel(), d.sizeBytes());
        }
    }

    /** Where a sending attempt stands. */
    public enum State { IN_FLIGHT, SENT }

    public SentInvoice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(profile, "profile");
        pdfSha256 = Objects.requireNonNullElse(pdfSha256, Optional.empty());
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        Objects.requireNonNull(recipientSiret, "recipientSiret");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(mode, "mode");
        invoiceId = Objects.requireNonNullElse(invoiceId, Optional.empty());
        flowNumber = Objects.requireNonNullElse(flowNumber, Optional.empty());
        status = Objects.requireNonNullElse(status, "");
        invoiceDate = Objects.requireNonNullElse(invoiceDate, Optional.empty());
        depositDate = Objects.requireNonNullElse(depositDate, Optional.empty());
        amountExclTax = Objects.requireNonNullElse(amountExclTax, Optional.empty());
        amountInclTax = Objects.requireNonNullElse(amountInclTax, Optional.empty());
        depositCertificate = Objects.requireNonNullElse(depositCertificate, Optional.empty());
        sent = Objects.requireNonNullElse(sent, Optional.empty());
        timeline = timeline == null ? List.of() : List.copyOf(timeline);
        Objects.requireNonNull(recordedAt, "recordedAt");
        lastSyncedAt = Objects.requireNonNullElse(lastSyncedAt, Optional.empty());
        documents = documents == null ? List.of() : List.copyOf(documents);
        recipientName = Objects.requireNonNullElse(recipientName, Optional.<String>empty())
                .filter(n -> !n.isBlank());
    }

    /** Without the recipient's name. */
    public SentInvoice(String id, String profile, Optional<String> pdfSha256, String invoiceNumber,
            String recipientSiret, State state, String mode, Optional<Long> invoiceId, Optional<String> flowNumber,
            String status, Optional<LocalDate> invoiceDate, Optional<LocalDate> depositDate,
            Optional<BigDecimal> amountExclTax, Optional<BigDecimal> amountInclTax,
            Optional<String> depositCertificate, Optional<InvoiceDraft> sent, List<StatusChange> timeline,
            Instant recordedAt, Optional<Instant> lastSyncedAt, List<Document> documents) {
        this(id, profile, pdfSha256, invoiceNumber, recipientSiret, state, mode, invoiceId, flowNumber, status,
                invoiceDate, depositDate, amountExclTax, amountInclTax, depositCertificate, sent, timeline, recordedAt,
                lastSyncedAt, documents, Optional.empty());
    }

    /** Without supporting documents. */
    public SentInvoice(String id, String profile, Optional<String> pdfSha256, String invoiceNumber,
            String recipientSiret, State state, String mode, Optional<Long> invoiceId, Optional<String> flowNumber,
            String status, Optional<LocalDate> invoiceDate, Optional<LocalDate> depositDate,
            Optional<BigDecimal> amountExclTax, Optional<BigDecimal> amountInclTax,
            Optional<String> depositCertificate, Optional<InvoiceDraft> sent, List<StatusChange> timeline,
            Instant recordedAt, Optional<Instant> lastSyncedAt) {
        this(id, profile, pdfSha256, invoiceNumber, recipientSiret, state, mode, invoiceId, flowNumber, status,
                invoiceDate, depositDate, amountExclTax, amountInclTax, depositCertificate, sent, timeline, recordedAt,
                lastSyncedAt, List.of());
    }

    /** The number as Chorus Pro compares it for duplicates: without regard to case. */
    public String numberKey() {
        return invoiceNumber.trim().toUpperCase(Locale.ROOT);
    }

    public SentInvoice withStatus(String newStatus, List<StatusChange> newTimeline, Instant syncedAt) {
        return new SentInvoice(id, profile, pdfSha256, invoiceNumber, recipientSiret, state, mode, invoiceId,
                flowNumber, newStatus, invoiceDate, depositDate, amountExclTax, amountInclTax, depositCertificate, sent,
                newTimeline, recordedAt, Optional.of(syncedAt), documents, recipientName);
    }

    public SentInvoice withSent(InvoiceDraft value) {
        return new SentInvoice(id, profile, pdfSha256, invoiceNumber, recipientSiret, state, mode, invoiceId,
                flowNumber, status, value.invoiceDate(), depositDate, value.amountExclTax(), value.amountInclTax(),
                depositCertificate, Optional.of(value), timeline, recordedAt, lastSyncedAt,
                value.documents().stream().map(Document::of).toList(), recipientName);
    }

    /** Another recipient (a recycled invoice): its name is no longer known. */
    public SentInvoice withRecipientSiret(String value) {
        return new SentInvoice(id, profile, pdfSha256, invoiceNumber, value, state, mode, invoiceId,
                flowNumber, status, invoiceDate, depositDate, amountExclTax, amountInclTax, depositCertificate, sent,
                timeline, recordedAt, lastSyncedAt, documents, value.equals(recipientSiret) ? recipientName
                        : Optional.empty());
    }

    public SentInvoice withRecipientName(Optional<String> value) {
        return new SentInvoice(id, profile, pdfSha256, invoiceNumber, recipientSiret, state, mode, invoiceId,
                flowNumber, status, invoiceDate, depositDate, amountExclTax, amountInclTax, depositCertificate, sent,
                timeline, recordedAt, lastSyncedAt, documents, value);
    }
}
