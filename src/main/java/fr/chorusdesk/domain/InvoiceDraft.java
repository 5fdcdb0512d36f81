package fr.chorusdesk.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The invoice being prepared: what the wizard edits, what a draft saves, what the submission sends
 * and what the history records. Immutable; every {@code with…} method returns a copy. Text fields
 * are trimmed and a blank text is absent. Amounts keep the scale they were given (1000.00 stays
 * 1000.00). Nothing here is checked on construction, so a half-filled draft can always be kept;
 * {@link DraftValidator} lists what stops it from being sent.
 *
 * <p>Plain Java on purpose: the JSON of a saved draft is the record's components, read and written
 * by the store with Jackson, and {@link #schemaVersion} says which shape a file has.
 *
 * @param schemaVersion          shape of this value in files; {@link #SCHEMA_VERSION} for new drafts
 * @param id                     stable identifier of the draft (a UUID)
 * @param facturX                the PDF's Factur-X XML as read, when it has one
 * @param recipientSiret         the public buyer's SIRET ({@code codeDestinataire}), as typed or read
 * @param serviceCode            {@code codeServiceExecutant}
 * @param engagementNumber       engagement number ({@code numeroBonCommande}), 50 characters at most
 * @param contractNumber         {@code numeroMarche}
 * @param invoiceNumber          the supplier's number ({@code numeroFactureSaisi}), see {@link InvoiceNumberRule}
 * @param validatorStructureSiret for A9/A12: the validator (main contractor) structure
 * @param amountExclTax          total excluding tax (HT)
 * @param vatAmount              total VAT (TVA)
 * @param amountInclTax          total including tax (TTC)
 * @param amountDue              amount to pay ({@code montantAPayer}), less than TTC when partly prepaid
 * @param currency               ISO 4217 code; Chorus Pro deposits here are in EUR
 * @param stepReached            furthest wizard step reached
 * @param origins                where each prefilled field came from; a field not listed was not prefilled
 * @param documents              the supporting documents sent with the invoice, in the order they were added
 * @param vatRegime              the VAT regime of this invoice (the profile's usual one unless changed)
 * @param vatExemption           why the invoice carries no VAT ({@code motifExonerationTva}), read or picked
 * @param originalInvoiceNumber  for a credit note: the number of the invoice it corrects ({@code numeroFactureOrigine})
 * @param paymentMode            how it is to be paid ({@code modePaiement}), read from the Factur-X or chosen
 * @param bankAccountId          the bank account the user chose for this invoice
 *                               ({@code codeCoordonneesBancairesFournisseur}); empty: the one
 *                               {@link BankAccountChoice} finds (the Factur-X's IBAN, else the profile's)
 */
public record InvoiceDraft(int schemaVersion,
        String id,
        Optional<PdfFile> pdf,
        Optional<FacturXFacts> facturX,
        Optional<String> recipientSiret,
        Optional<String> serviceCode,
        Optional<String> engagementNumber,
        Optional<String> contractNumber,
        Optional<String> invoiceNumber,
        Optional<LocalDate> invoiceDate,
        InvoiceKind kind,
        BillingFrame billingFrame,
        Optional<String> validatorStructureSiret,
        Optional<String> validatorServiceCode,
        Optional<BigDecimal> amountExclTax,
        Optional<BigDecimal> vatAmount,
        Optional<BigDecimal> amountInclTax,
        Optional<BigDecimal> amountDue,
        String currency,
        List<VatLine> vatLines,
        Optional<String> comment,
        DraftStep stepReached,
        Map<DraftField, FieldSource> origins,
        Instant createdAt,
        Instant updatedAt,
        List<SupportingDocument> documents,
        Optional<VatRegime> vatRegime,
        Optional<VatExemption> vatExemption,
        Optional<String> originalInvoiceNumber,
        Optional<PaymentMode> paymentMode,
        Optional<Long> bankAccountId) {

    /**
     * The current shape; bump it when a component is added, renamed, removed or changes meaning.
     * 2 added {@link #documents}; a version 1 file reads as a draft without documents. 3 added
     * {@link #vatRegime}, {@link #vatExemption}, {@link #originalInvoiceNumber} and {@link #paymentMode};
     * an older file reads with none of them (the profile's defaults then apply). 4 added
     * {@link #bankAccountId}; an older file reads without it.
     */
    public static final int SCHEMA_VERSION = 4;

    /** The currency of every invoice ChorusDesk deposits. */
    public static final String EURO = "EUR";

    public InvoiceDraft {
        Objects.requireNonNull(id, "id");
        pdf = Objects.requireNonNullElse(pdf, Optional.empty());
        facturX = Objects.requireNonNullElse(facturX, Optional.empty());
        recipientSiret = normalised(recipientSiret);
        serviceCode = normalised(serviceCode);
        engagementNumber = normalised(engagementNumber);
        contractNumber = normalised(contractNumber);
        invoiceNumber = normalised(invoiceNumber);
        invoiceDate = Objects.requireNonNullElse(invoiceDate, Optional.empty());
        validatorStructureSiret = normalised(validatorStructureSiret);
        validatorServiceCode = normalised(validatorServiceCode);
        amountExclTax = Objects.requireNonNullElse(amountExclTax, Optional.empty());
        vatAmount = Objects.requireNonNullElse(vatAmount, Optional.empty());
        amountInclTax = Objects.requireNonNullElse(amountInclTax, Optional.empty());
        amountDue = Objects.requireNonNullElse(amountDue, Optional.empty());
        comment = normalised(comment);
        kind = Objects.requireNonNullElse(kind, InvoiceKind.FACTURE);
        billingFrame = Objects.requireNonNullElse(billingFrame, BillingFrame.A1);
        currency = currency == null || currency.isBlank() ? EURO : currency.trim();
        vatLines = vatLines == null ? List.of() : List.copyOf(vatLines);
        stepReached = Objects.requireNonNullElse(stepReached, DraftStep.ACCOUNT);
        origins = origins == null || origins.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(origins));
        Objects.requireNonNull(createdAt, "createdAt");
        updatedAt = Objects.requireNonNullElse(updatedAt, createdAt);
        documents = documents == null ? List.of() : List.copyOf(documents);
        vatRegime = Objects.requireNonNullElse(vatRegime, Optional.empty());
        vatExemption = Objects.requireNonNullElse(vatExemption, Optional.empty());
        originalInvoiceNumber = normalised(originalInvoiceNumber);
        paymentMode = Objects.requireNonNullElse(paymentMode, Optional.empty());
        bankAccountId = Objects.requireNonNullElse(bankAccountId, Optional.empty());
    }

    /** The shape of schema version 2: without the VAT regime, exemption, original invoice and payment mode. */
    public InvoiceDraft(int schemaVersion, String id, Optional<PdfFile> pdf, Optional<FacturXFacts> facturX,
            Optional<String> recipientSiret, Optional<String> serviceCode, Optional<String> engagementNumber,
            Optional<String> contractNumber, Optional<String> invoiceNumber, Optional<LocalDate> invoiceDate,
            InvoiceKind kind, BillingFrame billingFrame, Optional<String> validatorStructureSiret,
            Optional<String> validatorServiceCode, Optional<BigDecimal> amountExclTax, Optional<BigDecimal> vatAmount,
            Optional<BigDecimal> amountInclTax, Optional<BigDecimal> amountDue, String currency,
            List<VatLine> vatLines, Optional<String> comment, DraftStep stepReached,
            Map<DraftField, FieldSource> origins, Instant createdAt, Instant updatedAt,
            List<SupportingDocument> documents) {
        this(schemaVersion, id, pdf, facturX, recipientSiret, serviceCode, engagementNumber, contractNumber,
                invoiceNumber, invoiceDate, kind, billingFrame, validatorStructureSiret, validatorServiceCode,
                amountExclTax, vatAmount, amountInclTax, amountDue, currency, vatLines, comment, stepReached, origins,
                createdAt, updatedAt, documents, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    /** Without supporting documents (the shape before schema version 2). */
    public InvoiceDraft(int schemaVersion, String id, Optional<PdfFile> pdf, Optional<FacturXFacts> facturX,
            Optional<String> recipientSiret, Optional<String> serviceCode, Optional<String> engagementNumber,
            Optional<String> contractNumber, Optional<String> invoiceNumber, Optional<LocalDate> invoiceDate,
            InvoiceKind kind, BillingFrame billingFrame, Optional<String> validatorStructureSiret,
            Optional<String> validatorServiceCode, Optional<BigDecimal> amountExclTax, Optional<BigDecimal> vatAmount,
            Optional<BigDecimal> amountInclTax, Optional<BigDecimal> amountDue, String currency,
            List<VatLine> vatLines, Optional<String> comment, DraftStep stepReached,
            Map<DraftField, FieldSource> origins, Instant createdAt, Instant updatedAt) {
        this(schemaVersion, id, pdf, facturX, recipientSiret, serviceCode, engagementNumber, contractNumber,
                invoiceNumber, invoiceDate, kind, billingFrame, validatorStructureSiret, validatorServiceCode,
                amountExclTax, vatAmount, amountInclTax, amountDue, currency, vatLines, comment, stepReached, origins,
                createdAt, updatedAt, List.of());
    }

    /** A new, empty draft: an invoice (not a credit note) in the A1 frame, in euros. */
    public static InvoiceDraft start(Instant now) {
        return new InvoiceDraft(SCHEMA_VERSION, UUID.randomUUID().toString(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), InvoiceKind.FACTURE, BillingFrame.A1, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), EURO, List.of(),
                Optional.empty(), DraftStep.ACCOUNT, Map.of(), now, now, List.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The recipient SIRET when it is a valid one, spaces removed ({@code 226 910 002 00014} → 22691000200014). */
    public Optional<Siret> validRecipientSiret() {
        return recipientSiret.flatMap(Siret::parse);
    }

    /** Where a field's value came from; {@link FieldSource#NONE} when it was not prefilled. */
    public FieldSource originOf(DraftField field) {
        return origins.getOrDefault(field, FieldSource.NONE);
    }

    public InvoiceDraft withPdf(PdfFile value) {
        return new InvoiceDraft(schemaVersion, id, Optional.ofNullable(value), facturX, recipientSiret, serviceCode, engagementNumber, contractNumber, invoiceNumber, invoiceDate, kind, billingFrame, validatorStructureSiret, validatorServiceCode, amountExclTax, vatAmount, amountInclTax, amountDue, currency, vatLines, comment, stepReached, origins, createdAt, updatedAt, documents, vatRegime, vatExemption, originalInvoiceNumber, paymentMode, bankAccountId);
    }
    public InvoiceDraft withFacturX(FacturXFacts value) {
        return new InvoiceDraft(schemaVersion, id, pdf, Optional.ofNullable(value), recipientSiret, serviceCode, engagementNumber, contractNumber, invoiceNumber, invoiceDate, kind, billingFrame, validatorStructureSiret, validatorServiceCode, amountExclTax, vatAmount, amountInclTax, amountDue, currency, vatLines, comment, stepReached, origins, createdAt, updatedAt, documents, vatRegime, vatExemption, originalInvoiceNumber, paymentMode, bankAccountId);
    }
    public InvoiceDraft withRecipientSiret(String value) {
        return new InvoiceDraft(schemaVersion, id, pdf, facturX, Optional.ofNullable(value), serviceCode, engagementNumber, contractNumber, invoiceNumber, invoiceDate, kind, billingFrame, validatorStructureSiret, validatorServiceCode, amountExclTax, vatAmount, amountInclTax, amountDue, currency, vatLines, comment, stepReached, origins, createdAt, updatedAt, documents, vatRegime, vatExemption, originalInvoiceNumber, paymentMode, bankAccountId);
    }
    public InvoiceDraft withServiceCode(String value) {
        return new InvoiceDraft(schemaVersion, id, pdf, facturX, recipientSiret, Optional.ofNullable(value), engagementNumber, contractNumber, invoiceNumber, invoiceDate, kind, billingFrame, validatorStructureSiret, validatorServiceCode, amountExclTax, vatAmount, amountInclTax, amountDue, currency, vatLines, comment, stepReached, origins, createdAt, updatedAt, documents, vatRegime, vatExemption, originalInvoiceNumber, paymentMode, bankAccountId);
    }
    public InvoiceDraft withEngagementNumber(String value) {
        return new InvoiceDraft(schemaVersion, id, pdf, facturX, recipientSiret, serviceCode, Optional.ofNullable(value), contractNumber, invoiceNumber, invoiceDate, kind, billingFrame, validatorStructureSiret, validatorServiceCode, amountExclTax, vatAmount, amountInclTax, amountDue, currency, vatLines, comment, stepReached, origins, createdAt, updatedAt, documents, vatRegime, vatExemption, originalInvoiceNumber, paymentMode, bankAccountId);
    }
    public InvoiceDraft withContractNumber(String value) {
        return new InvoiceDraft(schemaVersion, id, pdf, facturX, recipientSiret, serviceCode, engagementNumber, Optional.ofNullable(value), invoiceNumber, invoiceDate, kind, billingFrame, validatorStructureSiret, validatorServiceCode, amountExclTax, vatAmount, amountInclTax, amountDue, currency, vatLines, comment, stepReached, origins, createdAt, updatedAt, documents, vatRegime, vatExemption, originalInvoiceNumber, paymentMode, bankAccountId);
    }
    public InvoiceDraft withInvoiceNumber(String value) {
        return new InvoiceDraft(schemaVersion, id, pdf, facturX, recipientSiret, serviceCode, engagementNumber, contractNumber, Optional.ofNullable(value), invoiceDate, kind, billingFrame, validatorStructureSiret, validatorServiceCode, amountExclTax, vatAmount, amountInclTax, amountDue, currency, vatLines, comment, stepReached, origins, createdAt, updatedAt, documents, vatRegime, vatExemption, originalInvoiceNumber, paymentMode, bankAccountId);
    }
    public InvoiceDraft withInvoiceDate(LocalDate value) {
        return new InvoiceDraft(schemaVersion, id, pdf, facturX, recipientSiret, serviceCode, engagementNumber, contractNumber, invoiceNumber, Optional.ofNullable(value), kind, billingFrame, validatorStructureSiret, validatorServiceCode, amountExclTax, vatAmount, amountInclTax, amountDue, currency, vatLines, comment, stepReached, origins, createdAt, updatedAt, documents, vatRegime, vatExemption, originalInvoiceNumber, paymentMode, bankAccountId);
    }
    public InvoiceDraft withKind(InvoiceKind value) {
        return new InvoiceDraft(schemaVersion, id, pdf, facturX, recipientSiret, serviceCode, engagementNumber, contractNumber, invoiceNumber, invoiceDate, value, billingFrame, validatorStructureSiret, validatorServiceCode, amountExclTax, vatAmount, amountInclTax, amountDue, currency, vatLines, comment, stepReached, origins, createdAt, updatedAt, documents, vatRegime, vatExemption, originalInvoiceNumber, paymentMode, bankAccountId);
    }
    public InvoiceDraft withBillingFrame(BillingFrame value) {
        return new InvoiceDraft(schemaVersion, id, pdf, facturX, recipientSiret, serviceCode, engagementNumber, contractNumber, invoiceNumber, invoiceDate, kind, value, validatorStructureSiret, validatorServiceCode, amountExclTax, vatAmount, amountInclTax, amountDue, currency, vatLines, comment, stepReached, origins, createdAt, updatedAt, documents, vatRegime, vatExemption, originalInvoiceNumber, paymentMode, bankAccountId);
    }
    public InvoiceDraft withValidatorStructureSiret(String value) {
        return new InvoiceDraft(schemaVersion, id, pdf, facturX, recipientSiret, serviceCode, engagementNumber, contractNumber, invoiceNumber, invoiceDate, kind, billingFrame, Optional.ofNullable(value), validatorServiceCode, amountExclTax, vatAmount, amountInclTax, amountDue, currency, vatLines, comment, stepReached, origins, createdAt, updatedAt, documents, vatRegime, vatExemption, originalInvoiceNumber, paymentMode, bankAccountId);
    }
    public InvoiceDraft withValidatorServiceCode(String value) {
        return new InvoiceDraft(schemaVersion, id, pdf, facturX, recipientSiret, serviceCode, engagementNumber, contractNumber, invoiceNumber, invoiceDate, kind, billingFrame, validatorStructureSiret, Optional.ofNullable(value), amountExclTax, vatAmount, amountInclTax, amountDue, currency, vatLines, comment, stepReached, origins, createdAt, updatedAt, documents, vatRegime, vatExemption, originalInvoiceNumber, paymentMode, bankAccountId);
    }
    public InvoiceDraft withAmountExclTax(BigDecimal value) {
        return new InvoiceDraft(schemaVersion, id, pdf, facturX, recipientSiret, serviceCode, engagementNumber, contractNumber, invoiceNumber, invoiceDate, kind, billingFrame, validatorStructureSiret, validatorServiceCode, Optional.ofNullable(value), vatAmount, amountInclTax, amountDue, currency, vatLines, comment, stepReached, origins, createdAt, updatedAt, documents, vatRegime, vatExemption, originalInvoiceNumber, paymentMode, bankAccountId);
    }
    public InvoiceDraft withVatAmount(BigDecimal value) {
        return new InvoiceDraft(schemaVersion, id, pdf, facturX, recipientSiret, serviceCode, engagementNumber, contractNumber, invoiceNumber, invoiceDate, kind, billingFrame, validatorStructureSiret, validatorServiceCode, amountExclTax, Optional.ofNullable(value), amountInclTax, amountDue, currency, vatLines, comment, stepReached, origins, createdAt, updatedAt, documents, vatRegime, vatExemption, originalInvoiceNumber, paymentMode, bankAccountId);
    }
    public InvoiceDraft withAmountInclTax(BigDecimal value) {
        return new InvoiceDraft(schemaVersion, id, pdf, facturX, recipientSiret, serviceCode, engagementNumber, contractNumber, invoiceNumber, invoiceDate, kind, billingFrame, validatorStructureSiret, validatorServiceCode, amountExclTax, vatAmount, Optional.ofNullable(value), amountDue, currency, vatLines, comment, stepReached, origins, createdAt, updatedAt, documents, vatRegime, vatExemption, originalInvoiceNumber, paymentMode, bankAccountId);
    }
    public InvoiceDraft withAmountDue(BigDecimal value) {
        return new InvoiceDraft(schemaVersion, id, pdf, facturX, recipientSiret, serviceCode, engagementNumber, contractNumber, invoiceNumber, invoiceDate, kind, billingFrame, validatorStructureSiret, validatorServiceCode, amountExclTax, vatAmount, amountInclTax, Optional.ofNullable(value), currency, vatLines, comment, stepReached, origins, createdAt, updatedAt, documents, vatRegime, vatExemption, originalInvoiceNumber, paymentMode, bankAccountId);
    }
    public InvoiceDraft withCurrency(String value) {
        return new InvoiceDraft(schemaVersion, id, pdf, facturX, recipientSiret, serviceCode, engagementNumber, contractNumber, invoiceNumber, invoiceDate, kind, billingFrame, validatorStructureSiret, validatorServiceCode, amountExclTax, vatAmount, amountInclTax, amountDue, value, vatLines, comment, stepReached, origins, createdAt, updatedAt, documents, vatRegime, vatExemption, originalInvoiceNumber, paymentMode, bankAccountId);
    }
    public InvoiceDraft withVatLines(List<VatLine> value) {
        return new InvoiceDraft(schemaVersion, id, pdf, facturX, recipientSiret, serviceCode, engagementNumber, contractNumber, invoiceNumber, invoiceDate, kind, billingFrame, validatorStructureSiret, validatorServiceCode, amountExclTax, vatAmount, amountInclTax, amountDue, currency, value, comment, stepReached, origins, createdAt, updatedAt, documents, vatRegime, vatExemption, originalInvoiceNumber, paymentMode, bankAccountId);
    }
    public InvoiceDraft withComment(String value) {
        return new InvoiceDraft(schemaVersion, id, pdf, facturX, recipientSiret, serviceCode, engagementNumber, contractNumber, invoiceNumber, invoiceDate, kind, billingFrame, validatorStructureSiret, validatorServiceCode, amountExclTax, vatAmount, amountInclTax, amountDue, currency, vatLines, Optional.ofNullable(value), stepReached, origins, createdAt, updatedAt, documents, vatRegime, vatExemption, originalInvoiceNumber, paymentMode, bankAccountId);
    }
    public InvoiceDraft withStepReached(DraftStep value) {
        return new InvoiceDraft(schemaVersion, id, pdf, facturX, recipientSiret, serviceCode, engagementNumber, contractNumber, invoiceNumber, invoiceDate, kind, billingFrame, validatorStructureSiret, validatorServiceCode, amountExclTax, vatAmount, amountInclTax, amountDue, currency, vatLines, comment, value, origins, createdAt, updatedAt, documents, vatRegime, vatExemption, originalInvoiceNumber, paymentMode, bankAccountId);
    }
    public InvoiceDraft withOrigins(Map<DraftField, FieldSource> value) {
        return new InvoiceDraft(schemaVersion, id, pdf, facturX, recipientSiret, serviceCode, engagementNumber, contractNumber, invoiceNumber, invoiceDate, kind, billingFrame, validatorStructureSiret, validatorServiceCode, amountExclTax, vatAmount, amountInclTax, amountDue, currency, vatLines, comment, stepReached, value, createdAt, updatedAt, documents, vatRegime, vatExemption, originalInvoiceNumber, paymentMode, bankAccountId);
    }
    /** Same draft with one field's origin set (e.g. {@link FieldSource#TYPED} once the user edits it). */
    public InvoiceDraft withOrigin(DraftField field, FieldSource source) {
        Map<DraftField, FieldSource> copy = new EnumMap<>(DraftField.class);
        copy.putAll(origins);
        copy.put(field, source);
        return withOrigins(copy);
    }
    public InvoiceDraft withDocuments(List<SupportingDocument> value) {
        return new InvoiceDraft(schemaVersion, id, pdf, facturX, recipientSiret, serviceCode, engagementNumber, contractNumber, invoiceNumber, invoiceDate, kind, billingFrame, validatorStructureSiret, validatorServiceCode, amountExclTax, vatAmount, amountInclTax, amountDue, currency, vatLines, comment, stepReached, origins, createdAt, updatedAt, value, vatRegime, vatExemption, originalInvoiceNumber, paymentMode, bankAccountId);
    }

    /** Bytes that travel with the invoice: its PDF and every supporting document (the 120 Mo rule). */
    public long filesBytes() {
        return pdf.map(PdfFile::sizeBytes).orElse(0L) + documents.stream().mapToLong(SupportingDocument::sizeBytes).sum();
    }

    public InvoiceDraft withUpdatedAt(Instant value) {
        return new InvoiceDraft(schemaVersion, id, pdf, facturX, recipientSiret, serviceCode, engagementNumber, contractNumber, invoiceNumber, invoiceDate, kind, billingFrame, validatorStructureSiret, validatorServiceCode, amountExclTax, vatAmount, amountInclTax, amountDue, currency, vatLines, comment, stepReached, origins, createdAt, value, documents, vatRegime, vatExemption, originalInvoiceNumber, paymentMode, bankAccountId);
    }

    /** The same draft under another id, created at {@code now} (a copy, not the same draft). */
    public InvoiceDraft withNewIdentity(String newId, Instant now) {
        return new InvoiceDraft(schemaVersion, newId, pdf, facturX, recipientSiret, serviceCode, engagementNumber, contractNumber, invoiceNumber, invoiceDate, kind, billingFrame, validatorStructureSiret, validatorServiceCode, amountExclTax, vatAmount, amountInclTax, amountDue, currency, vatLines, comment, stepReached, origins, now, now, documents, vatRegime, vatExemption, originalInvoiceNumber, paymentMode, bankAccountId);
    }

    public InvoiceDraft withVatRegime(VatRegime value) {
        return new InvoiceDraft(schemaVersion, id, pdf, facturX, recipientSiret, serviceCode, engagementNumber, contractNumber, invoiceNumber, invoiceDate, kind, billingFrame, validatorStructureSiret, validatorServiceCode, amountExclTax, vatAmount, amountInclTax, amountDue, currency, vatLines, comment, stepReached, origins, createdAt, updatedAt, documents, Optional.ofNullable(value), vatExemption, originalInvoiceNumber, paymentMode, bankAccountId);
    }

    public InvoiceDraft withVatExemption(VatExemption value) {
        return new InvoiceDraft(schemaVersion, id, pdf, facturX, recipientSiret, serviceCode, engagementNumber, contractNumber, invoiceNumber, invoiceDate, kind, billingFrame, validatorStructureSiret, validatorServiceCode, amountExclTax, vatAmount, amountInclTax, amountDue, currency, vatLines, comment, stepReached, origins, createdAt, updatedAt, documents, vatRegime, Optional.ofNullable(value), originalInvoiceNumber, paymentMode, bankAccountId);
    }

    public InvoiceDraft withOriginalInvoiceNumber(String value) {
        return new InvoiceDraft(schemaVersion, id, pdf, facturX, recipientSiret, serviceCode, engagementNumber, contractNumber, invoiceNumber, invoiceDate, kind, billingFrame, validatorStructureSiret, validatorServiceCode, amountExclTax, vatAmount, amountInclTax, amountDue, currency, vatLines, comment, stepReached, origins, createdAt, updatedAt, documents, vatRegime, vatExemption, Optional.ofNullable(value), paymentMode, bankAccountId);
    }

    public InvoiceDraft withPaymentMode(PaymentMode value) {
        return new InvoiceDraft(schemaVersion, id, pdf, facturX, recipientSiret, serviceCode, engagementNumber, contractNumber, invoiceNumber, invoiceDate, kind, billingFrame, validatorStructureSiret, validatorServiceCode, amountExclTax, vatAmount, amountInclTax, amountDue, currency, vatLines, comment, stepReached, origins, createdAt, updatedAt, documents, vatRegime, vatExemption, originalInvoiceNumber, Optional.ofNullable(value), bankAccountId);
    }

    /** The same draft to be paid on this bank account; null goes back to the one found by itself. */
    public InvoiceDraft withBankAccountId(Long value) {
        return new InvoiceDraft(schemaVersion, id, pdf, facturX, recipientSiret, serviceCode, engagementNumber, contractNumber, invoiceNumber, invoiceDate, kind, billingFrame, validatorStructureSiret, validatorServiceCode, amountExclTax, vatAmount, amountInclTax, amountDue, currency, vatLines, comment, stepReached, origins, createdAt, updatedAt, documents, vatRegime, vatExemption, originalInvoiceNumber, paymentMode, Optional.ofNullable(value));
    }

    private static Optional<String> normalised(Optional<String> text) {
        if (text == null) {
            return Optional.empty();
        }
        return text.map(String::trim).filter(s -> !s.isEmpty());
    }
}
