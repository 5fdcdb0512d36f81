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
        Optional<String> comment,
        InvoiceTerms terms) {

    InvoiceSubmission {
        otherAttachmentIds = List.copyOf(otherAttachmentIds);
        terms = terms == null ? InvoiceTerms.NONE : terms;
    }

    /** Without VAT, payment or credit note data (a flow's XML, or a test's minimal invoice). */
    InvoiceSubmission(Optional<Long> supplierId, Optional<Long> supplierServiceId, Optional<Long> bankAccountId,
            Optional<String> number, Optional<LocalDate> invoiceDate, Optional<String> recipientSiret,
            Optional<String> serviceCode, Optional<String> engagementNumber, Optional<String> contractNumber,
            String invoiceType, String currency, String depositMode, String billingFramework,
            Optional<BigDecimal> totalExclTax, Optional<BigDecimal> totalTax, Optional<BigDecimal> totalInclTax,
            Optional<BigDecimal> amountDue, Optional<Long> mainAttachmentId, List<Long> otherAttachmentIds,
            Optional<String> comment) {
        this(supplierId, supplierServiceId, bankAccountId, number, invoiceDate, recipientSiret, serviceCode,
                engagementNumber, contractNumber, invoiceType, currency, depositMode, billingFramework, totalExclTax,
                totalTax, totalInclTax, amountDue, mainAttachmentId, otherAttachmentIds, comment, InvoiceTerms.NONE);
    }
}
