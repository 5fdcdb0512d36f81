package fr.chorusdesk.service;

import java.util.Locale;
import java.util.Objects;

/**
 * What makes two submissions the same invoice: the same file, number and recipient. The number is
 * compared without regard to case, as Chorus Pro does for duplicates.
 */
public record SubmissionKey(String pdfSha256, String invoiceNumber, String recipientSiret) {

    public SubmissionKey {
        Objects.requireNonNull(pdfSha256, "pdfSha256");
        invoiceNumber = Objects.requireNonNull(invoiceNumber, "invoiceNumber").trim().toUpperCase(Locale.ROOT);
        Objects.requireNonNull(recipientSiret, "recipientSiret");
    }
}
