package fr.chorusdesk.service;

import fr.chorusdesk.domain.DraftField;
import fr.chorusdesk.domain.FacturXFacts;
import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.domain.PdfFile;
import fr.chorusdesk.domain.RecipientRules;
import fr.chorusdesk.domain.Siret;
import fr.chorusdesk.pdf.PdfInspection;
import fr.chorusdesk.pdf.VisibleText;
import fr.chorusdesk.pdf.VisibleValues;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PDF checked against itself before anything is uploaded. Chorus Pro takes the PDF as the
 * original invoice, and its guidance asks that the number entered be the one on the PDF; a
 * Factur-X whose page says another number or total than its XML would be booked on the XML and
 * contested on the page. So:
 * <ul>
 *   <li>the invoice number and the total with VAT of the Factur-X XML must appear in the PDF's
 *       text, or the invoice is stopped, with the value the page shows instead; its date and the
 *       recipient's SIRET should appear, or a warning says so;</li>
 *   <li>a PDF without text skips that comparison, and says so;</li>
 *   <li>two or more invoice numbers introduced as such on different pages warn: several invoices
 *       in one PDF is a common deposit mistake;</li>
 *   <li>an engagement number the recipient requires should appear on the invoice (the portal's
 *       guidance: engagement number, recipient SIRET and service code on the invoice), or a
 *       warning says so.</li>
 * </ul>
 * The text matching is {@code pdf.VisibleValues}'; this class decides what blocks and what warns,
 * and says it in French (or English). Blocking (reads the PDF): call it off the UI thread.
 */
public final class PreSendAudit {

    private static final Logger LOG = LoggerFactory.getLogger(PreSendAudit.class);

    /** What is checked. */
    public enum Check { TEXT_LAYER, INVOICE_NUMBER, TOTAL_INCL_TAX, INVOICE_DATE, RECIPIENT_SIRET, SEVERAL_INVOICES,
        ENGAGEMENT_NUMBER }

    /** What a finding does to the sending. */
    public enum Severity { BLOCKS, WARNS, SKIPPED }

    /**
     * One thing the PDF's text does not say as its data does.
     *
     * @param field    the draft field it is about, when there is one
     * @param pages    the pages it points at (where a value is shown instead, or the invoices found)
     * @param expected the value looked for, as the data says it
     * @param shown    what the page shows instead, when it shows something
     * @param message  the sentence to show, naming the field and the page
     */
    public record Finding(Check check, Severity severity, Optional<DraftField> field, List<Integer> pages,
                          Optional<String> expected, Optional<String> shown, String message) {

        public Finding {
            Objects.requireNonNull(check, "check");
            Objects.requireNonNull(severity, "severity");
            pages = List.copyOf(pages);
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * The audit of one PDF.
     *
     * @param pagesRead how many pages' text was read (0 when none could be)
     */
    public record Report(List<Finding> findings, int pagesRead) {

        public static final Report NOTHING = new Report(List.of(), 0);

        public Report {
            findings = List.copyOf(findings);
        }

        public boolean blocks() {
            return findings.stream().anyMatch(f -> f.severity() == Severity.BLOCKS);
        }

        public List<Finding> blocking() {
            return findings.stream().filter(f -> f.severity() == Severity.BLOCKS).toList();
        }

        public List<Finding> warnings() {
            return findings.stream().filter(f -> f.severity() == Severity.WARNS).toList();
        }

        public boolean clean() {
            return findings.isEmpty();
        }
    }

    /**
     * What the PDF's text is compared with.
     *
     * @param facturX            what the PDF's Factur-X XML says; empty for a plain PDF
     * @param engagementRequired the recipient (or its service) requires an engagement number
     */
    public record Expected(Optional<FacturXFacts> facturX, Optional<String> engagementNumber,
                           boolean engagementRequired) {

        public Expected {
            Objects.requireNonNull(facturX, "facturX");
            Objects.requireNonNull(engagementNumber, "engagementNumber");
        }

        /** A draft's: its XML, its engagement number, and whether these rules require one. */
        public static Expected of(InvoiceDraft draft, Optional<RecipientRules> rules) {
            return new Expected(draft.facturX(), draft.engagementNumber(),
                    rules.map(RecipientRules::engagementNumberRequired).orElse(false));
        }
    }

    private final Locale locale;

    public PreSendAudit(Locale locale) {
        this.locale = Objects.requireNonNull(locale);
    }

    /** The draft's PDF against the draft's XML and the recipient's rules; nothing to say without a PDF. */
    public Report audit(InvoiceDraft draft, Optional<RecipientRules> rules) {
        Optional<Path> pdf = draft.pdf().map(PdfFile::path).map(Path::of);
        return pdf.map(p -> audit(p, Expected.of(draft, rules))).orElse(Report.NOTHING);
    }

    /**
     * A PDF as {@code inspect} reads it: its text against its own Factur-X XML, and several
     * invoices in it. No recipient is known there, so no engagement number is asked for.
     */
    public Report audit(Path pdf, PdfInspection inspection) {
        Optional<FacturXFacts> facts = inspection.facturX().flatMap(reading -> reading.invoice()
                .map(xml -> PreflightService.facts(reading, xml)));
        return audit(pdf, new Expected(facts, Optional.empty(), false));
    }

    /** A PDF on disk against what it should say. */
    public Report audit(Path pdf, Expected expected) {
        VisibleText text;
        try {
            text = VisibleText.read(pdf);
        } catch (IOException | RuntimeException e) {
            LOG.info("Text of {} not read for the pre-send audit: {}", pdf.getFileName(), e.toString());
            return new Report(List.of(skipped("audit.noText.unreadable")), 0);
        }
        return audit(text, expected);
    }

    /** Text already read against what it should say. */
    public Report audit(VisibleText text, Expected expected) {
        if (!text.hasText()) {
            return new Report(List.of(skipped("audit.noText")), text.pages().size());
        }
        List<Finding> findings = new ArrayList<>();
        expected.facturX().ifPresent(facts -> againstFacturX(text, facts, findings));
        severalInvoices(text).ifPresent(findings::add);
        engagement(text, expected).ifPresent(findings::add);
        return new Report(findings, text.pages().size());
    }

    // ------------------------------------------------------------------ visible text vs Factur-X

    private void againstFacturX(VisibleText text, FacturXFacts facts, List<Finding> findings) {
        String pagesRead = pagesRead(text);
        facts.number().filter(n -> !n.isBlank()).ifPresent(number -> {
            if (VisibleValues.pagesShowingIdentifier(text, number).isEmpty()) {
                Optional<VisibleValues.Shown> instead = VisibleValues.invoiceNumbersShown(text).stream()
                        .filter(s -> !s.value().equalsIgnoreCase(number)).findFirst();
                findings.add(new Finding(Check.INVOICE_NUMBER, Severity.BLOCKS, Optional.of(DraftField.INVOICE_NUMBER),
                        instead.map(s -> List.of(s.page())).orElse(List.of()), Optional.of(number),
                        instead.map(VisibleValues.Shown::value),
                        instead.map(s -> message("audit.number.other", number, s.page(), s.value()))
                                .orElseGet(() -> message("audit.number.none", number, pagesRead))));
            }
        });
        facts.totalInclTax().ifPresent(total -> {
            if (VisibleValues.pagesShowingAmount(text, total).isEmpty()) {
                Optional<VisibleValues.Shown> instead = VisibleValues.totalInclTaxShown(text);
                findings.add(new Finding(Check.TOTAL_INCL_TAX, Severity.BLOCKS, Optional.of(DraftField.AMOUNT_INCL_TAX),
                        instead.map(s -> List.of(s.page())).orElse(List.of()), Optional.of(euros(total)),
                        instead.map(s -> euros(new BigDecimal(s.value()))),
                        instead.map(s -> message("audit.total.other", euros(total), s.page(),
                                        euros(new BigDecimal(s.value()))))
                                .orElseGet(() -> message("audit.total.none", euros(total), pagesRead))));
            }
        });
        facts.issueDate().ifPresent(date -> {
            if (VisibleValues.pagesShowingDate(text, date).isEmpty()) {
                String written = written(date);
                findings.add(new Finding(Check.INVOICE_DATE, Severity.WARNS, Optional.of(DraftField.INVOICE_DATE),
                        List.of(), Optional.of(written), Optional.empty(),
                        message("audit.date.none", written, pagesRead)));
            }
        });
        facts.buyerSiret().flatMap(Siret::parse).ifPresent(siret -> {
            if (VisibleValues.pagesShowingDigits(text, siret.value()).isEmpty()) {
                findings.add(new Finding(Check.RECIPIENT_SIRET, Severity.WARNS, Optional.of(DraftField.RECIPIENT_SIRET),
                        List.of(), Optional.of(siret.value()), Optional.empty(),
                        message("audit.siret.none", siret.value(), pagesRead)));
            }
        });
    }

    // ------------------------------------------------------------------ several invoices in one PDF

    private Optional<Finding> severalInvoices(VisibleText text) {
        // the number heading each page: one invoice citing another (a credit note) heads one page only
        Map<String, Set<Integer>> numbers = VisibleValues.leadingInvoiceNumbers(text);
        if (numbers.size() < 2) {
            return Optional.empty();
        }
        Set<Integer> pages = numbers.values().stream().flatMap(Set::stream)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        String list = numbers.entrySet().stream()
                .map(e -> message("audit.several.item", displayed(text, e.getKey()), pageList(e.getValue())))
                .collect(Collectors.joining(", "));
        return Optional.of(new Finding(Check.SEVERAL_INVOICES, Severity.WARNS, Optional.of(DraftField.PDF),
                List.copyOf(pages), Optional.empty(), Optional.empty(),
                message("audit.several", numbers.size(), list)));
    }

    /** The number as the page writes it (the map keys are upper-cased). */
    private static String displayed(VisibleText text, String key) {
        return VisibleValues.invoiceNumbersShown(text).stream().filter(s -> s.value().equalsIgnoreCase(key))
                .map(VisibleValues.Shown::value).findFirst().orElse(key);
    }

    // ------------------------------------------------------------------ engagement number on the PDF

    private Optional<Finding> engagement(VisibleText text, Expected expected) {
        Optional<String> number = expected.engagementNumber().map(String::strip).filter(n -> !n.isEmpty());
        if (!expected.engagementRequired() || number.isEmpty()
                || !VisibleValues.pagesShowingIdentifier(text, number.get()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Finding(Check.ENGAGEMENT_NUMBER, Severity.WARNS,
                Optional.of(DraftField.ENGAGEMENT_NUMBER), List.of(), number, Optional.empty(),
                message("audit.engagement.none", number.get(), pagesRead(text))));
    }

    // ------------------------------------------------------------------ words

    private Finding skipped(String key) {
        return new Finding(Check.TEXT_LAYER, Severity.SKIPPED, Optional.of(DraftField.PDF), List.of(),
                Optional.empty(), Optional.empty(), message(key));
    }

    private String pagesRead(VisibleText text) {
        int read = text.pages().size();
        return read == 1 ? message("audit.pages.one") : message("audit.pages.many", read);
    }

    private String pageList(Set<Integer> pages) {
        String list = pages.stream().map(String::valueOf).collect(Collectors.joining(", "));
        return message(pages.size() == 1 ? "audit.pages.list.one" : "audit.pages.list.many", list);
    }

    private String euros(BigDecimal amount) {
        NumberFormat format = NumberFormat.getNumberInstance(locale.getLanguage().equals("en") ? Locale.UK
                : Locale.FRANCE);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount.setScale(2, RoundingMode.HALF_UP)).replace('\u202f', ' ').replace('\u00a0', ' ')
                + " €";
    }

    private String message(String key, Object... args) {
        return ServiceMessages.format(locale, key, args);
    }

    /** The date as the messages write it. */
    static String written(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }
}
