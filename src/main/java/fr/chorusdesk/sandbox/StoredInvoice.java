package fr.chorusdesk.sandbox;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An accepted invoice as persisted. Its status is not stored: {@link Lifecycle} derives it from
 * the recorded events plus a plan of future statuses that start at {@code planStart}, one step
 * apart, so a controllable clock drives it without any timer.
 */
record StoredInvoice(
        long id,
        String number,
        LocalDate invoiceDate,
        String recipientSiret,
        Optional<String> serviceCode,
        Optional<String> engagementNumber,
        Optional<String> contractNumber,
        String invoiceType,
        String currency,
        String depositMode,
        String billingFramework,
        Optional<Long> supplierServiceId,
        Optional<Long> bankAccountId,
        BigDecimal totalExclTax,
        BigDecimal totalTax,
        BigDecimal totalInclTax,
        BigDecimal amountDue,
        Optional<Long> mainAttachmentId,
        List<Long> otherAttachmentIds,
        Optional<String> comment,
        Optional<String> flowNumber,
        Instant depositedAt,
        List<HistoryEntry> recorded,
        Instant planStart,
        List<PlannedStatus> plan,
        InvoiceTerms terms) {

    /**
     * A status the invoice will reach {@code delay} after the previous planned one (the first: after
     * {@code planStart}); one lifecycle step when {@code delay} is empty.
     */
    record PlannedStatus(InvoiceStatus status, Optional<String> comment, Optional<Duration> delay) {

        PlannedStatus {
            comment = comment == null ? Optional.empty() : comment;
            delay = delay == null ? Optional.empty() : delay;
        }

        PlannedStatus(InvoiceStatus status, Optional<String> comment) {
            this(status, comment, Optional.empty());
        }
    }

    StoredInvoice {
        otherAttachmentIds = List.copyOf(otherAttachmentIds);
        recorded = List.copyOf(recorded);
        plan = List.copyOf(plan);
        terms = terms == null ? InvoiceTerms.NONE : terms;
    }

    StoredInvoice withTimeline(List<HistoryEntry> newRecorded, Instant newPlanStart, List<PlannedStatus> newPlan) {
        return new StoredInvoice(id, number, invoiceDate, recipientSiret, serviceCode, engagementNumber,
                contractNumber, invoiceType, currency, depositMode, billingFramework, supplierServiceId,
                bankAccountId, totalExclTax, totalTax, totalInclTax, amountDue, mainAttachmentId,
                otherAttachmentIds, comment, flowNumber, depositedAt, newRecorded, newPlanStart, newPlan, terms);
    }

    StoredInvoice withRecipient(String siret, Optional<String> newServiceCode, Optional<String> newEngagement) {
        return new StoredInvoice(id, number, invoiceDate, siret, newServiceCode, newEngagement,
                contractNumber, invoiceType, currency, depositMode, billingFramework, supplierServiceId,
                bankAccountId, totalExclTax, totalTax, totalInclTax, amountDue, mainAttachmentId,
                otherAttachmentIds, comment, flowNumber, depositedAt, recorded, planStart, plan, terms);
    }

    StoredInvoice withAttachmentsAndComment(List<Long> moreAttachments, Optional<String> newComment) {
        List<Long> all = new java.util.ArrayList<>(otherAttachmentIds);
        all.addAll(moreAttachments);
        return new StoredInvoice(id, number, invoiceDate, recipientSiret, serviceCode, engagementNumber,
                contractNumber, invoiceType, currency, depositMode, billingFramework, supplierServiceId,
                bankAccountId, totalExclTax, totalTax, totalInclTax, amountDue, mainAttachmentId,
                all, newComment.isPresent() ? newComment : comment, flowNumber, depositedAt, recorded, planStart, plan, terms);
    }
}
