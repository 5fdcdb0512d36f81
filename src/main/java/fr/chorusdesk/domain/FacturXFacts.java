package fr.chorusdesk.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the Factur-X XML of the draft's PDF says, kept as read (an invalid SIRET stays as written).
 * The submission compares it with the draft: a Factur-X deposit (flow) sends the XML, so it is
 * chosen only when the draft says nothing the XML does not.
 *
 * @param profile        the Factur-X profile, e.g. {@code MINIMUM}, {@code EN16931}
 * @param typeCode       BT-3 (380 invoice, 381 credit note)
 * @param buyerSiret     BT-47 as written, valid or not
 * @param serviceCode    BT-10 (buyer reference), the Chorus Pro service code
 * @param orderReference BT-13, the engagement number
 * @param contract       BT-12
 * @param precedingInvoice BT-25, the invoice a credit note corrects
 * @param paymentMeansCode BT-81, a UNTDID 4461 code
 * @param vatExemption   BT-120 / BT-121 of the VAT breakdown, when a line carries them
 * @param payeeIban      BT-84, the account to be paid on, as written (checked by {@link Iban#parse} where used)
 */
public record FacturXFacts(Optional<String> profile, Optional<String> number, Optional<LocalDate> issueDate,
                           Optional<String> typeCode, Optional<String> sellerSiret, Optional<String> buyerSiret,
                           Optional<String> buyerName, Optional<String> serviceCode,
                           Optional<String> orderReference, Optional<String> contract,
                           Optional<BigDecimal> totalExclTax, Optional<BigDecimal> totalVat,
                           Optional<BigDecimal> totalInclTax, Optional<BigDecimal> amountDue,
                           Optional<String> precedingInvoice, Optional<String> paymentMeansCode,
                           Optional<VatExemption> vatExemption, Optional<String> payeeIban) {

    /** Without the payee's IBAN. */
    public FacturXFacts(Optional<String> profile, Optional<String> number, Optional<LocalDate> issueDate,
            Optional<String> typeCode, Optional<String> sellerSiret, Optional<String> buyerSiret,
            Optional<String> buyerName, Optional<String> serviceCode, Optional<String> orderReference,
            Optional<String> contract, Optional<BigDecimal> totalExclTax, Optional<BigDecimal> totalVat,
            Optional<BigDecimal> totalInclTax, Optional<BigDecimal> amountDue, Optional<String> precedingInvoice,
            Optional<String> paymentMeansCode, Optional<VatExemption> vatExemption) {
        this(profile, number, issueDate, typeCode, sellerSiret, buyerSiret, buyerName, serviceCode, orderReference,
                contract, totalExclTax, totalVat, totalInclTax, amountDue, precedingInvoice, paymentMeansCode,
                vatExemption, Optional.empty());
    }

    /** Without the credit note's reference, the payment means and the exemption (the first shape). */
    public FacturXFacts(Optional<String> profile, Optional<String> number, Optional<LocalDate> issueDate,
            Optional<String> typeCode, Optional<String> sellerSiret, Optional<String> buyerSiret,
            Optional<String> buyerName, Optional<String> serviceCode, Optional<String> orderReference,
            Optional<String> contract, Optional<BigDecimal> totalExclTax, Optional<BigDecimal> totalVat,
            Optional<BigDecimal> totalInclTax, Optional<BigDecimal> amountDue) {
        this(profile, number, issueDate, typeCode, sellerSiret, buyerSiret, buyerName, serviceCode, orderReference,
                contract, totalExclTax, totalVat, totalInclTax, amountDue, Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    public FacturXFacts {
        profile = orEmpty(profile);
        number = orEmpty(number);
        issueDate = orEmpty(issueDate);
        typeCode = orEmpty(typeCode);
        sellerSiret = orEmpty(sellerSiret);
        buyerSiret = orEmpty(buyerSiret);
        buyerName = orEmpty(buyerName);
        serviceCode = orEmpty(serviceCode);
        orderReference = orEmpty(orderReference);
        contract = orEmpty(contract);
        totalExclTax = orEmpty(totalExclTax);
        totalVat = orEmpty(totalVat);
        totalInclTax = orEmpty(totalInclTax);
        amountDue = orEmpty(amountDue);
        precedingInvoice = orEmpty(precedingInvoice);
        paymentMeansCode = orEmpty(paymentMeansCode);
        vatExemption = orEmpty(vatExemption);
        payeeIban = orEmpty(payeeIban);
    }

    /** BT-84 when it is a valid IBAN. */
    public Optional<Iban> validPayeeIban() {
        return payeeIban.flatMap(Iban::parse);
    }

    /**
     * True when every value a Chorus Pro flow takes from the XML (number, date, type, recipient,
     * service code, engagement number, totals) equals the draft's, and the draft adds nothing a
     * flow cannot carry (comment, contract, billing frame other than A1, another credit note
     * reference, payment mode or exemption than the XML's, a bank account picked by hand): then
     * depositing the PDF as a flow sends exactly what the user saw.
     */
    public boolean agreesWith(InvoiceDraft draft) {
        InvoiceKind xmlKind = "381".equals(typeCode.orElse("")) ? InvoiceKind.AVOIR : InvoiceKind.FACTURE;
        return draft.invoiceNumber().equals(number)
                && draft.invoiceDate().equals(issueDate)
                && draft.kind() == xmlKind
                && draft.validRecipientSiret().isPresent()
                && draft.validRecipientSiret().equals(buyerSiret.flatMap(Siret::parse))
                && draft.serviceCode().equals(serviceCode)
                && draft.engagementNumber().equals(orderReference)
                && (draft.contractNumber().isEmpty() || draft.contractNumber().equals(contract))
                && sameAmount(draft.amountExclTax(), totalExclTax)
                && sameAmount(draft.vatAmount(), totalVat)
                && sameAmount(draft.amountInclTax(), totalInclTax)
                && sameAmount(draft.amountDue(), amountDue.or(() -> totalInclTax))
                && draft.comment().isEmpty()
                && draft.billingFrame() == BillingFrame.A1
                && (draft.originalInvoiceNumber().isEmpty() || draft.originalInvoiceNumber().equals(precedingInvoice))
                && (draft.paymentMode().isEmpty() || draft.originOf(DraftField.PAYMENT_MODE) != FieldSource.TYPED
                        || draft.paymentMode().equals(paymentMeansCode.flatMap(PaymentMode::fromUntdid4461)))
                && (draft.vatExemption().isEmpty() || draft.vatExemption().equals(vatExemption))
                // a flow is paid on the XML's own account (BT-84); an account picked for the invoice is not in it
                && draft.bankAccountId().isEmpty();
    }

    private static boolean sameAmount(Optional<BigDecimal> a, Optional<BigDecimal> b) {
        return a.isPresent() && b.isPresent() ? a.get().compareTo(b.get()) == 0 : a.isEmpty() && b.isEmpty();
    }

    private static <T> Optional<T> orEmpty(Optional<T> value) {
        return Objects.requireNonNullElse(value, Optional.empty());
    }
}
