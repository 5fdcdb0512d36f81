package fr.chorusdesk.service;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What Chorus Pro answered for one invoice: what the history records and the user keeps as proof.
 *
 * @param invoiceId          {@code identifiantFactureCPP}, the key of every later status call; empty
 *                           while a flow is still being processed
 * @param flowNumber         {@code numeroFluxDepot}, for a Factur-X flow
 * @param status             the invoice's status ({@code DEPOSEE}…) or, while a flow is processed, the flow's state
 * @param depositDate        {@code dateDepot}
 * @param depositCertificate {@code empreinteCertificatDepot} (only soumettreFacture returns it)
 */
public record SubmissionReceipt(SubmissionMode mode, String invoiceNumber, String recipientSiret,
                                Optional<Long> invoiceId, Optional<String> flowNumber, String status,
                                Optional<LocalDate> depositDate, Optional<String> depositCertificate) {

    public SubmissionReceipt {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        Objects.requireNonNull(recipientSiret, "recipientSiret");
        Objects.requireNonNull(status, "status");
    }

    /** True while a flow has no final report yet: follow it again later with its number. */
    public boolean inProgress() {
        return invoiceId.isEmpty();
    }
}
