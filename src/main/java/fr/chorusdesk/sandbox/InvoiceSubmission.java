package fr.chorusdesk.sandbox;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the rules need to know about an invoice, whether it came from {@code soumettre} or from
 * the XML of a deposited flow. Absent data stays empty: the rules say what is missing.
 */
record InvoiceSubmission(
        Optional<Long> supplierId,
        Optional<Long> supplierServiceId,
        Optional<Long> bankAccountId,
        Optional<String> number,
        Optional<LocalDate> invoiceDate,
        Optional<String> recipientSiret,
        Optional<String> serviceCode,
        Optional<String> engagementNumber,
        Optional<String> contractNumber,
        String invoiceType,
        String currency,
        String depositMode,
        String billingFramework,
        Optional<BigDecimal> totalExclTax,
        Optional<BigDecimal> totalTax,
        Optional<BigDecimal> totalInclTax,
        Optional<BigDecimal> amountDue,
        Optional<Long> mainAttachmentId,
        List<Long> otherAttachmentIds,
        Optional<String> comment) {

    InvoiceSubmission {
        otherAttachmentIds = List.copyOf(otherAttachmentIds);
    }
}
