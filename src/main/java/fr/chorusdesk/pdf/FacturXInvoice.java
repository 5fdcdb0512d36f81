package fr.chorusdesk.pdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Invoice data read from a CII (Cross Industry Invoice) XML, each field named after its EN 16931
 * business term. Absent means the XML does not carry it.
 */
public record FacturXInvoice(
        Optional<String> guidelineId,          // BT-24
        Optional<String> number,               // BT-1
        Optional<String> typeCode,             // BT-3
        Optional<LocalDate> issueDate,         // BT-2
        Optional<String> currency,             // BT-5
        InvoiceParty seller,                   // BT-27, BT-30, BT-31
        InvoiceParty buyer,                    // BT-44, BT-47, BT-48
        Optional<String> buyerReference,       // BT-10: Chorus Pro service code
        Optional<String> purchaseOrder,        // BT-13: engagement number
        Optional<String> contract,             // BT-12: marché
        Optional<String> precedingInvoice,     // BT-25
        Optional<LocalDate> precedingInvoiceDate, // BT-26
        Optional<BigDecimal> totalWithoutVat,  // BT-109
        Optional<BigDecimal> totalVat,         // BT-110
        Optional<BigDecimal> totalWithVat,     // BT-112
        Optional<BigDecimal> prepaid,          // BT-113
        Optional<BigDecimal> amountDue,        // BT-115
        List<VatBreakdown> vatBreakdown,       // BG-23
        List<String> notes,                    // BT-22, in document order
        Optional<String> paymentMeansCode,     // BT-81, UNTDID 4461
        Optional<String> payeeIban) {          // BT-84, as written (spaces kept)

    public FacturXInvoice {
        paymentMeansCode = paymentMeansCode == null ? Optional.empty() : paymentMeansCode;
        payeeIban = payeeIban == null ? Optional.empty() : payeeIban;
        vatBreakdown = List.copyOf(vatBreakdown);
        notes = List.copyOf(notes);
    }

    /** 380 → invoice, 381 → credit note, any other code → OTHER; absent when BT-3 is missing. */
    public Optional<InvoiceType> type() {
        return typeCode.map(InvoiceType::fromCode);
    }
}
