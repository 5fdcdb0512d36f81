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
 * @param facturXRemoved     sent as a plain PDF: a copy of the user's Factur-X without its XML went
 *                           (false in entries written before this existed)
 * @param recyclings         each correction sent with recyclerFacture, oldest first (none in entries
 *                           written before they were kept)
 * @param recipientName      the recipient's name as Chorus Pro gives it, for the history's table
 *                           (absent in entries written before it was kept)
 */
public record SentInvoice(String id, String profile, Optional<String> pdfSha256, String invoiceNumber,
                          String recipientSiret, State state, String mode, Optional<Long> invoiceId,
                          Optional<String> flowNumber, String status, Optional<LocalDate> invoiceDate,
                          Optional<LocalDate> depositDate, Optional<BigDecimal> amountExclTax,
                          Optional<BigDecimal> amountInclTax, Optional<String> depositCertificate,
                          Optional<InvoiceDraft> sent, List<StatusChange> timeline, Instant recordedAt,
                          Optional<Instant> lastSyncedAt, List<Document> documents, boolean facturXRemoved,
                          List<Recycling> recyclings, Optional<String> recipientName) {

    /**
     * A correction of an invoice {@code A_RECYCLER}: where it was sent again, as Chorus Pro holds it
     * since (the fields not given were kept).
     */
    public record Recycling(Instant at, String recipientSiret, Optional<String> serviceCode,
                            Optional<String> engagementNumber) {

        public Recycling {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(recipientSiret, "recipientSiret");
            serviceCode = Objects.requireNonNullElse(serviceCode, Optional.empty());
            engagementNumber = Objects.requireNonNullElse(engagementNumber, Optional.empty());
        }
    }

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
        recyclings = recyclings == null ? List.of() : List.copyOf(recyclings);
        recipientName = Objects.requireNonNullElse(recipientName, Optional.<String>empty())
                .filter(n -> !n.isBlank());
    }

    /** Sent as it was (not as a plain PDF), without recyclings. */
    public SentInvoice(String id, String profile, Optional<String> pdfSha256, String invoiceNumber,
            String recipientSiret, State state, String mode, Optional<Long> invoiceId, Optional<String> flowNumber,
            String status, Optional<LocalDate> invoiceDate, Optional<LocalDate> depositDate,
            Optional<BigDecimal> amountExclTax, Optional<BigDecimal> amountInclTax,
            Optional<String> depositCertificate, Optional<InvoiceDraft> sent, List<StatusChange> timeline,
            Instant recordedAt, Optional<Instant> lastSyncedAt, List<Document> documents) {
        this(id, profile, pdfSha256, invoiceNumber, recipientSiret, state, mode, invoiceId, flowNumber, status,
                invoiceDate, depositDate, amountExclTax, amountInclTax, depositCertificate, sent, timeline, recordedAt,
                lastSyncedAt, documents, false, List.of(), Optional.empty());
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
                lastSyncedAt, List.of(), false, List.of(), Optional.empty());
    }

    /** The number as Chorus Pro compares it for duplicates: without regard to case. */
    public String numberKey() {
        return invoiceNumber.trim().toUpperCase(Locale.ROOT);
    }

    public SentInvoice withStatus(String newStatus, List<StatusChange> newTimeline, Instant syncedAt) {
        return new SentInvoice(id, profile, pdfSha256, invoiceNumber, recipientSiret, state, mode, invoiceId,
                flowNumber, newStatus, invoiceDate, depositDate, amountExclTax, amountInclTax, depositCertificate, sent,
                newTimeline, recordedAt, Optional.of(syncedAt), documents, facturXRemoved,
                recyclings, recipientName);
    }

    public SentInvoice withSent(InvoiceDraft value) {
        return new SentInvoice(id, profile, pdfSha256, invoiceNumber, recipientSiret, state, mode, invoiceId,
                flowNumber, status, value.invoiceDate(), depositDate, value.amountExclTax(), value.amountInclTax(),
                depositCertificate, Optional.of(value), timeline, recordedAt, lastSyncedAt,
                value.documents().stream().map(Document::of).toList(), facturXRemoved, recyclings, recipientName);
    }

    /** Another recipient (a recycled invoice): its name is no longer known. */
    public SentInvoice withRecipientSiret(String value) {
        return new SentInvoice(id, profile, pdfSha256, invoiceNumber, value, state, mode, invoiceId,
                flowNumber, status, invoiceDate, depositDate, amountExclTax, amountInclTax, depositCertificate, sent,
                timeline, recordedAt, lastSyncedAt, documents, facturXRemoved, recyclings,
                value.equals(recipientSiret) ? recipientName : Optional.empty());
    }

    public SentInvoice withRecipientName(Optional<String> value) {
        return new SentInvoice(id, profile, pdfSha256, invoiceNumber, recipientSiret, state, mode, invoiceId,
                flowNumber, status, invoiceDate, depositDate, amountExclTax, amountInclTax, depositCertificate, sent,
                timeline, recordedAt, lastSyncedAt, documents, facturXRemoved, recyclings, value);
    }

    public SentInvoice withFacturXRemoved(boolean value) {
        return new SentInvoice(id, profile, pdfSha256, invoiceNumber, recipientSiret, state, mode, invoiceId,
                flowNumber, status, invoiceDate, depositDate, amountExclTax, amountInclTax, depositCertificate, sent,
                timeline, recordedAt, lastSyncedAt, documents, value, recyclings, recipientName);
    }

    /**
     * After a recycling Chorus Pro accepted: the new routing becomes the invoice's, in the value as
     * sent too (what a new draft made from it starts from), and the correction is kept.
     */
    public SentInvoice withRecycling(Recycling recycling) {
        Optional<InvoiceDraft> rerouted = sent.map(d -> d.withRecipientSiret(recycling.recipientSiret())
                .withServiceCode(recycling.serviceCode().orElse(null))
                .withEngagementNumber(recycling.engagementNumber().orElse(null)));
        List<Recycling> all = new java.util.ArrayList<>(recyclings);
        all.add(recycling);
        return new SentInvoice(id, profile, pdfSha256, invoiceNumber, recycling.recipientSiret(), state, mode,
                invoiceId, flowNumber, status, invoiceDate, depositDate, amountExclTax, amountInclTax,
                depositCertificate, rerouted, timeline, recordedAt, lastSyncedAt, documents, facturXRemoved, all,
                recycling.recipientSiret().equals(recipientSiret) ? recipientName : Optional.empty());
    }

    /** The service code Chorus Pro holds for it: the last recycling's, else the one sent. */
    public Optional<String> currentServiceCode() {
        return recyclings.isEmpty() ? sent.flatMap(InvoiceDraft::serviceCode)
                : recyclings.get(recyclings.size() - 1).serviceCode();
    }

    /** The engagement number Chorus Pro holds for it: the last recycling's, else the one sent. */
    public Optional<String> currentEngagementNumber() {
        return recyclings.isEmpty() ? sent.flatMap(InvoiceDraft::engagementNumber)
                : recyclings.get(recyclings.size() - 1).engagementNumber();
    }
}
