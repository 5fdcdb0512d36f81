package fr.chorusdesk.service;

import fr.chorusdesk.domain.DraftField;
import fr.chorusdesk.domain.DraftStep;
import fr.chorusdesk.domain.FacturXFacts;
import fr.chorusdesk.domain.FieldSource;
import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.domain.InvoiceKind;
import fr.chorusdesk.domain.PdfFile;
import fr.chorusdesk.domain.Siret;
import fr.chorusdesk.domain.VatLine;
import fr.chorusdesk.domain.VatExemption;
import fr.chorusdesk.domain.PaymentMode;
import fr.chorusdesk.pdf.FacturXInvoice;
import fr.chorusdesk.pdf.FacturXReading;
import fr.chorusdesk.pdf.InvoiceType;
import fr.chorusdesk.pdf.PdfInspection;
import fr.chorusdesk.pdf.PdfInspector;
import fr.chorusdesk.pdf.PdfMessages;
import fr.chorusdesk.pdf.PreflightCheck;
import fr.chorusdesk.pdf.PreflightReport;
import fr.chorusdesk.pdf.VatBreakdown;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The wizard's PDF step: inspects the chosen file (pre-flight, Factur-X, text hints, one PDFBox
 * load) and prefills the draft from its Factur-X XML, or from the text of a plain PDF. Each
 * prefilled field says where it came from in {@link InvoiceDraft#origins()}. A value that fails
 * its own rule is not put in the draft (the FNFE samples' SIRETs fail the Luhn check: the
 * recipient stays empty and the problem is reported). From a plain PDF's text, only a value with
 * high confidence that passed the cross-checks, or one read with a learned layout of this supplier,
 * is filled in ({@link FieldSource#PDF_TEXT}); the others are offered as
 * {@link PreflightResult.Suggestion}s (see {@link TextPrefill}). After a send, {@link #learnFrom}
 * keeps the invoice's layout for the next one. Blocking; call it off the UI thread.
 */
public final class PreflightService {

    private final PdfInspector inspector;
    private final PdfMessages messages;
    private final Clock clock;
    private final LayoutMemory layouts;
    private final Supplier<Optional<String>> ownSiret;

    public PreflightService(PdfInspector inspector, Clock clock, Locale locale) {
        this(inspector, clock, locale, LayoutMemory.none(clock), Optional::empty);
    }

    /**
     * @param layouts  the layouts learned for the active profile
     * @param ownSiret the active profile's own SIRET, never offered as the recipient's
     */
    public PreflightService(PdfInspector inspector, Clock clock, Locale locale, LayoutMemory layouts,
            Supplier<Optional<String>> ownSiret) {
        this.inspector = inspector;
        this.clock = clock;
        this.messages = PdfMessages.forLocale(locale);
        this.layouts = java.util.Objects.requireNonNull(layouts);
        this.ownSiret = java.util.Objects.requireNonNull(ownSiret);
    }

    /** A new draft for the file. */
    public PreflightResult prepare(Path file) {
        return prepare(file, InvoiceDraft.start(clock.instant()));
    }

    /**
     * The draft with this file as its PDF: the fields its Factur-X XML carries replace the draft's;
     * what the previous file's XML had filled is cleared, what the user typed is kept.
     */
    public PreflightResult prepare(Path file, InvoiceDraft base) {
        Path absolute = file.toAbsolutePath();
        PdfInspection inspection = inspector.inspect(absolute, layouts.known());
        PreflightReport report = inspection.preflight();
        PreflightResult.Verdict verdict = switch (report.verdict()) {
            case PASSES -> PreflightResult.Verdict.PASSES;
            case FAILS -> PreflightResult.Verdict.FAILS;
            case UNREADABLE -> PreflightResult.Verdict.UNREADABLE;
        };
        InvoiceDraft draft = withoutPreviousPrefill(base).withStepReached(later(base.stepReached(), DraftStep.PDF))
                .withUpdatedAt(clock.instant());
        Optional<PdfFile> pdf = verdict == PreflightResult.Verdict.UNREADABLE ? Optional.empty()
                : fingerprint(absolute).map(sha -> new PdfFile(absolute.toString(), report.uploadName(),
                        report.sizeBytes().orElse(0L), sha, report.passes(),
                        inspection.signature().qualifiesAsSignedPdf()));
        draft = draft.withPdf(pdf.orElse(null)).withFacturX(null);
        Map<DraftField, FieldSource> origins = new EnumMap<>(DraftField.class);
        List<String> facturXProblems = new ArrayList<>();
        Optional<FacturXReading> reading = inspection.facturX();
        if (reading.isPresent()) {
            reading.get().problems().forEach(p -> facturXProblems.add(messages.format(p)));
            if (reading.get().invoice().isPresent()) {
                draft = prefill(draft, reading.get(), reading.get().invoice().get(), origins);
            }
        }
        TextPrefill.Applied text = TextPrefill.apply(draft, inspection.hints(), origins, base.origins(),
                ownSiret.get());
        draft = text.draft();
        List<PreflightResult.Suggestion> suggestions = text.suggestions();
        Optional<PreflightResult.LayoutMatch> layout = inspection.hints().stream()
                .flatMap(h -> h.layout().stream()).findFirst().flatMap(layouts::find)
                .map(l -> new PreflightResult.LayoutMatch(l.id(), l.name(), l.invoices()));
        Map<DraftField, FieldSource> merged = new EnumMap<>(DraftField.class);
        base.origins().forEach((field, source) -> {
            // what the user typed and what the profile gave outlive the file; the XML's does not
            if (source == FieldSource.TYPED || source == FieldSource.PROFILE) {
                merged.put(field, source);
            }
        });
        merged.putAll(origins);
        draft = draft.withOrigins(merged);
        List<PreflightResult.Finding> findings = report.checks().stream().map(this::finding).toList();
        return new PreflightResult(draft, verdict, findings, facturXProblems, suggestions, layout);
    }

    /**
     * After a plain invoice was sent: learns where its values sat on the page, so that the next
     * invoice of the same layout is read from there. Nothing leaves the machine.
     *
     * @return whether something was learned
     */
    public boolean learnFrom(InvoiceDraft sent) {
        return layouts.learnFrom(sent).isPresent();
    }

    /** Forgets a learned layout: the next invoice of it is read from its labels alone. */
    public void forgetLayout(String layoutId) {
        layouts.forget(layoutId);
    }

    private InvoiceDraft prefill(InvoiceDraft draft, FacturXReading reading, FacturXInvoice xml,
            Map<DraftField, FieldSource> origins) {
        InvoiceDraft d = draft.withFacturX(facts(reading, xml));
        if (xml.number().isPresent()) {
            d = d.withInvoiceNumber(xml.number().get());
            origins.put(DraftField.INVOICE_NUMBER, FieldSource.FACTURX);
        }
        if (xml.issueDate().isPresent()) {
            d = d.withInvoiceDate(xml.issueDate().get());
            origins.put(DraftField.INVOICE_DATE, FieldSource.FACTURX);
        }
        if (xml.type().isPresent() && xml.type().get() != InvoiceType.OTHER) {
            d = d.withKind(xml.type().get() == InvoiceType.CREDIT_NOTE ? InvoiceKind.AVOIR : InvoiceKind.FACTURE);
            origins.put(DraftField.INVOICE_KIND, FieldSource.FACTURX);
        }
        Optional<Siret> buyer = xml.buyer().validSiret();
        if (buyer.isPresent()) {
            d = d.withRecipientSiret(buyer.get().value());
            origins.put(DraftField.RECIPIENT_SIRET, FieldSource.FACTURX);
        }
        if (xml.buyerReference().isPresent()) {
            d = d.withServiceCode(xml.buyerReference().get());
            origins.put(DraftField.SERVICE_CODE, FieldSource.FACTURX);
        }
        if (xml.purchaseOrder().isPresent()) {
            d = d.withEngagementNumber(xml.purchaseOrder().get());
            origins.put(DraftField.ENGAGEMENT_NUMBER, FieldSource.FACTURX);
        }
        if (xml.contract().isPresent()) {
            d = d.withContractNumber(xml.contract().get());
            origins.put(DraftField.CONTRACT_NUMBER, FieldSource.FACTURX);
        }
        if (xml.totalWithoutVat().isPresent()) {
            d = d.withAmountExclTax(xml.totalWithoutVat().get());
            origins.put(DraftField.AMOUNT_EXCL_TAX, FieldSource.FACTURX);
        }
        if (xml.totalVat().isPresent()) {
            d = d.withVatAmount(xml.totalVat().get());
            origins.put(DraftField.VAT_AMOUNT, FieldSource.FACTURX);
        }
        if (xml.totalWithVat().isPresent()) {
            d = d.withAmountInclTax(xml.totalWithVat().get());
            origins.put(DraftField.AMOUNT_INCL_TAX, FieldSource.FACTURX);
        }
        Optional<java.math.BigDecimal> due = xml.amountDue().or(xml::totalWithVat);
        if (due.isPresent()) {
            d = d.withAmountDue(due.get());
            origins.put(DraftField.AMOUNT_DUE, FieldSource.FACTURX);
        }
        if (xml.currency().isPresent()) {
            d = d.withCurrency(xml.currency().get());
            origins.put(DraftField.CURRENCY, FieldSource.FACTURX);
        }
        List<VatLine> lines = xml.vatBreakdown().stream()
                .filter(v -> v.basis().isPresent() && v.amount().isPresent() && v.ratePercent().isPresent())
                .map(PreflightService::vatLine).toList();
        if (!lines.isEmpty() && lines.size() == xml.vatBreakdown().size()) {
            d = d.withVatLines(lines);
            origins.put(DraftField.VAT_LINES, FieldSource.FACTURX);
        }
        Optional<VatExemption> exemption = exemption(xml);
        if (exemption.isPresent()) {
            d = d.withVatExemption(exemption.get());
            origins.put(DraftField.VAT_EXEMPTION, FieldSource.FACTURX);
        }
        if (xml.precedingInvoice().isPresent()) {
            d = d.withOriginalInvoiceNumber(xml.precedingInvoice().get());
            origins.put(DraftField.ORIGINAL_INVOICE, FieldSource.FACTURX);
        }
        Optional<PaymentMode> mode = xml.paymentMeansCode().flatMap(PaymentMode::fromUntdid4461);
        if (mode.isPresent()) {
            d = d.withPaymentMode(mode.get());
            origins.put(DraftField.PAYMENT_MODE, FieldSource.FACTURX);
        }
        return d;
    }

    /** BT-120 / BT-121 of the first breakdown line that gives a mention or a code. */
    private static Optional<VatExemption> exemption(FacturXInvoice xml) {
        return xml.vatBreakdown().stream()
                .filter(v -> v.exemptionReason().isPresent() || v.exemptionReasonCode().isPresent())
                .findFirst()
                .map(v -> new VatExemption(v.exemptionReason().or(v::exemptionReasonCode).orElseThrow(),
                        v.exemptionReasonCode()));
    }

    /**
     * The draft without what the previous file filled in (from its XML or its text): a value the
     * user did not type must not outlive the file it came from. Typed values stay.
     */
    private static InvoiceDraft withoutPreviousPrefill(InvoiceDraft base) {
        InvoiceDraft d = base;
        for (Map.Entry<DraftField, FieldSource> e : base.origins().entrySet()) {
            if (e.getValue() != FieldSource.FACTURX && e.getValue() != FieldSource.PDF_TEXT) {
                continue;
            }
            d = switch (e.getKey()) {
                case INVOICE_NUMBER -> d.withInvoiceNumber(null);
                case INVOICE_DATE -> d.withInvoiceDate(null);
                case INVOICE_KIND -> d.withKind(InvoiceKind.FACTURE);
                case RECIPIENT_SIRET -> d.withRecipientSiret(null);
                case SERVICE_CODE -> d.withServiceCode(null);
                case ENGAGEMENT_NUMBER -> d.withEngagementNumber(null);
                case CONTRACT_NUMBER -> d.withContractNumber(null);
                case AMOUNT_EXCL_TAX -> d.withAmountExclTax(null);
                case VAT_AMOUNT -> d.withVatAmount(null);
                case AMOUNT_INCL_TAX -> d.withAmountInclTax(null);
                case AMOUNT_DUE -> d.withAmountDue(null);
                case CURRENCY -> d.withCurrency(InvoiceDraft.EURO);
                case VAT_LINES -> d.withVatLines(List.of());
                case VAT_EXEMPTION -> d.withVatExemption(null);
                case ORIGINAL_INVOICE -> d.withOriginalInvoiceNumber(null);
                case PAYMENT_MODE -> d.withPaymentMode(null);
                default -> d;
            };
        }
        return d;
    }

    private static VatLine vatLine(VatBreakdown v) {
        return new VatLine(v.ratePercent().get(), v.basis().get(), v.amount().get());
    }

    static FacturXFacts facts(FacturXReading reading, FacturXInvoice xml) {
        return new FacturXFacts(reading.profile().map(Enum::name), xml.number(), xml.issueDate(), xml.typeCode(),
                xml.seller().siret(), xml.buyer().siret(), xml.buyer().name(), xml.buyerReference(),
                xml.purchaseOrder(), xml.contract(), xml.totalWithoutVat(), xml.totalVat(), xml.totalWithVat(),
                xml.amountDue(), xml.precedingInvoice(), xml.paymentMeansCode(), exemption(xml), xml.payeeIban());
    }

    private PreflightResult.Finding finding(PreflightCheck check) {
        PreflightResult.Severity severity = switch (check.status()) {
            case PASS -> PreflightResult.Severity.PASS;
            case WARN -> PreflightResult.Severity.WARN;
            case FAIL -> PreflightResult.Severity.FAIL;
        };
        return new PreflightResult.Finding(check.id(), severity, messages.format(check.message()));
    }

    private static DraftStep later(DraftStep a, DraftStep b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** SHA-256 of the file, streamed; empty when it cannot be read (the pre-flight says why). */
    static Optional<String> fingerprint(Path file) {
        MessageDigest digest = sha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return Optional.of(HexFormat.of().formatHex(digest.digest()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
