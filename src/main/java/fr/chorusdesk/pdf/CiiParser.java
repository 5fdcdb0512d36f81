package fr.chorusdesk.pdf;

import fr.chorusdesk.domain.Siret;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads a CII D16B invoice (the XML of Factur-X and ZUGFeRD 2) into a {@link FacturXInvoice}.
 * Values are taken as written: malformed ones are reported and left out, never guessed.
 */
final class CiiParser {

    static final String RSM = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100";
    private static final DateTimeFormatter FORMAT_102 = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Set<String> SIRET_SCHEMES = Set.of("0002", "0009");
    /** Digits before or after the point of an amount, quantity or rate (EN 16931 amounts are far shorter). */
    private static final int MAX_DIGITS = 19;
    /** A longer text is no number worth parsing (BigDecimal parses a long one in quadratic time). */
    private static final int MAX_DECIMAL_TEXT = 64;

    /** The parsed invoice and what is worth telling about it. */
    record Result(Optional<FacturXInvoice> invoice, List<PdfMessage> problems) {
    }

    private final List<PdfMessage> problems = new ArrayList<>();

    private CiiParser() {
    }

    static Result parse(byte[] xml) {
        Document doc;
        try {
            doc = SecureXml.parse(xml);
        } catch (SecureXml.DoctypeRefused e) {
            return failure(PdfMessage.of("pdf.facturx.xml.doctype"));
        } catch (org.xml.sax.SAXParseException e) {
            return failure(PdfMessage.of("pdf.facturx.xml.malformed", e.getLineNumber(), e.getColumnNumber()));
        } catch (Exception e) {
            return failure(PdfMessage.of("pdf.facturx.xml.malformed", 0, 0));
        }
        Element root = doc.getDocumentElement();
        if (!"CrossIndustryInvoice".equals(root.getLocalName()) || !RSM.equals(root.getNamespaceURI())) {
            String rootName = root.getNamespaceURI() == null ? root.getTagName()
                    : "{" + root.getNamespaceURI() + "}" + root.getLocalName();
            return failure(PdfMessage.of("pdf.facturx.xml.notCii", rootName));
        }
        CiiParser parser = new CiiParser();
        FacturXInvoice invoice = parser.read(root);
        return new Result(Optional.of(invoice), List.copyOf(parser.problems));
    }

    private static Result failure(PdfMessage message) {
        return new Result(Optional.empty(), List.of(message));
    }

    private FacturXInvoice read(Element root) {
        Optional<Element> context = child(root, "ExchangedDocumentContext");
        Optional<Element> document = child(root, "ExchangedDocument");
        Optional<Element> transaction = child(root, "SupplyChainTradeTransaction");
        Optional<Element> agreement = transaction.flatMap(t -> child(t, "ApplicableHeaderTradeAgreement"));
        Optional<Element> settlement = transaction.flatMap(t -> child(t, "ApplicableHeaderTradeSettlement"));
        Optional<Element> totals = settlement.flatMap(s -> child(s, "SpecifiedTradeSettlementHeaderMonetarySummation"));

        Optional<String> guideline = text(context, "GuidelineSpecifiedDocumentContextParameter", "ID");
        Optional<String> number = text(document, "ID");
        Optional<String> typeCode = text(document, "TypeCode");
        Optional<LocalDate> issueDate = date("BT-2", document.flatMap(d -> child(d, "IssueDateTime")));
        Optional<String> currency = text(settlement, "InvoiceCurrencyCode");

        InvoiceParty seller = party("BT-30", "BT-29", agreement.flatMap(a -> child(a, "SellerTradeParty")));
        InvoiceParty buyer = party("BT-47", "BT-46", agreement.flatMap(a -> child(a, "BuyerTradeParty")));

        Optional<Element> preceding = settlement.flatMap(s -> child(s, "InvoiceReferencedDocument"));
        FacturXInvoice invoice = new FacturXInvoice(
                guideline, number, typeCode, issueDate, currency, seller, buyer,
                text(agreement, "BuyerReference"),
                text(agreement, "BuyerOrderReferencedDocument", "IssuerAssignedID"),
                text(agreement, "ContractReferencedDocument", "IssuerAssignedID"),
                text(preceding, "IssuerAssignedID"),
                date("BT-26", preceding.flatMap(p -> child(p, "FormattedIssueDateTime"))),
                amount("BT-109", totals, "TaxBasisTotalAmount"),
                taxTotal(totals, currency),
                amount("BT-112", totals, "GrandTotalAmount"),
                amount("BT-113", totals, "TotalPrepaidAmount"),
                amount("BT-115", totals, "DuePayableAmount"),
                vatBreakdown(settlement),
                notes(document),
                // BT-81: the first payment means; an invoice payable several ways names its main one first
                text(settlement, "SpecifiedTradeSettlementPaymentMeans", "TypeCode"),
                payeeIban(settlement));
        review(invoice);
        return invoice;
    }

    private void review(FacturXInvoice invoice) {
        List<String> missing = new ArrayList<>();
        if (invoice.number().isEmpty()) {
            missing.add("BT-1");
        }
        if (invoice.issueDate().isEmpty()) {
            missing.add("BT-2");
        }
        if (invoice.typeCode().isEmpty()) {
            missing.add("BT-3");
        }
        if (invoice.currency().isEmpty()) {
            missing.add("BT-5");
        }
        if (invoice.totalWithoutVat().isEmpty()) {
            missing.add("BT-109");
        }
        if (invoice.totalWithVat().isEmpty()) {
            missing.add("BT-112");
        }
        if (invoice.amountDue().isEmpty()) {
            missing.add("BT-115");
        }
        if (!missing.isEmpty()) {
            problems.add(PdfMessage.of("pdf.facturx.missing", String.join(", ", missing)));
        }
        invoice.typeCode().filter(code -> InvoiceType.fromCode(code) == InvoiceType.OTHER)
                .ifPresent(code -> problems.add(PdfMessage.of("pdf.facturx.type.other", code)));
        if (invoice.buyer().siret().isEmpty()) {
            problems.add(PdfMessage.of("pdf.facturx.buyer.noSiret"));
        }
        if (invoice.vatBreakdown().isEmpty()) {
            problems.add(PdfMessage.of("pdf.facturx.vat.noBreakdown"));
        }
    }

    private InvoiceParty party(String legalIdTerm, String partyIdTerm, Optional<Element> party) {
        if (party.isEmpty()) {
            return InvoiceParty.EMPTY;
        }
        Optional<String> name = text(party, "Name");
        Optional<String> siret = Optional.empty();
        Optional<String> otherId = Optional.empty();
        Optional<String> otherScheme = Optional.empty();
        Optional<Element> legalId = child(party.get(), "SpecifiedLegalOrganization").flatMap(o -> child(o, "ID"));
        if (legalId.isPresent()) {
            String value = legalId.get().getTextContent().trim();
            String scheme = legalId.get().getAttribute("schemeID").trim();
            if (isSiret(scheme, value)) {
                siret = Optional.of(checked(legalIdTerm, value));
            } else if (!value.isEmpty()) {
                otherId = Optional.of(value);
                otherScheme = scheme.isEmpty() ? Optional.empty() : Optional.of(scheme);
            }
        }
        if (siret.isEmpty()) {
            // some generators give the SIRET only as the party identifier (BT-29 / BT-46)
            for (Element globalId : children(party.get(), "GlobalID")) {
                String value = globalId.getTextContent().trim();
                if (isSiret(globalId.getAttribute("schemeID").trim(), value)) {
                    siret = Optional.of(checked(partyIdTerm, value));
                    break;
                }
            }
        }
        Optional<String> vat = Optional.empty();
        for (Element registration : children(party.get(), "SpecifiedTaxRegistration")) {
            Optional<Element> id = child(registration, "ID");
            if (id.isPresent() && "VA".equals(id.get().getAttribute("schemeID").trim())) {
                vat = nonBlank(id.get().getTextContent());
                break;
            }
        }
        return new InvoiceParty(name, siret, vat, otherId, otherScheme);
    }

    /**
     * ISO 6523 0002 (SIRENE, used with SIRET values by the FNFE Factur-X samples) and 0009
     * (SIRET-CODE, used by the French CIUS) both carry SIRETs; a SIREN or anything else is another id.
     */
    private static boolean isSiret(String scheme, String value) {
        return SIRET_SCHEMES.contains(scheme) && value.length() == 14
                && value.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** Kept as written: a SIRET failing its check is reported, never corrected. */
    private String checked(String term, String siret) {
        if (!Siret.isValid(siret)) {
            problems.add(PdfMessage.of("pdf.facturx.siret.invalid", term, siret));
        }
        return siret;
    }

    private List<VatBreakdown> vatBreakdown(Optional<Element> settlement) {
        if (settlement.isEmpty()) {
            return List.of();
        }
        List<VatBreakdown> lines = new ArrayList<>();
        for (Element tax : children(settlement.get(), "ApplicableTradeTax")) {
            Optional<Element> taxOpt = Optional.of(tax);
            lines.add(new VatBreakdown(
                    amount("BT-116", taxOpt, "BasisAmount"),
                    amount("BT-117", taxOpt, "CalculatedAmount"),
                    text(taxOpt, "CategoryCode"),
                    amount("BT-119", taxOpt, "RateApplicablePercent"),
                    text(taxOpt, "ExemptionReason"),
                    text(taxOpt, "ExemptionReasonCode")));
        }
        return lines;
    }

    /** BT-22: each IncludedNote's content, in document order. */
    private static List<String> notes(Optional<Element> document) {
        if (document.isEmpty()) {
            return List.of();
        }
        List<String> notes = new ArrayList<>();
        for (Element note : children(document.get(), "IncludedNote")) {
            text(Optional.of(note), "Content").ifPresent(notes::add);
        }
        return notes;
    }

    /** BT-110: there may be a second TaxTotalAmount in the tax currency; the invoice currency wins. */
    private Optional<BigDecimal> taxTotal(Optional<Element> totals, Optional<String> currency) {
        if (totals.isEmpty()) {
            return Optional.empty();
        }
        List<Element> candidates = children(totals.get(), "TaxTotalAmount");
        Element chosen = candidates.stream()
                .filter(e -> currency.isPresent() && currency.get().equals(e.getAttribute("currencyID").trim()))
                .findFirst()
                .orElse(candidates.isEmpty() ? null : candidates.get(0));
        return chosen == null ? Optional.empty() : decimal("BT-110", chosen.getTextContent());
    }

    private Optional<BigDecimal> amount(String term, Optional<Element> parent, String name) {
        return parent.flatMap(p -> child(p, name)).flatMap(e -> decimal(term, e.getTextContent()));
    }

    private Optional<BigDecimal> decimal(String term, String text) {
        String value = text.trim();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            BigDecimal number = value.length() > MAX_DECIMAL_TEXT ? null : new BigDecimal(value);
            if (number == null || number.precision() - number.scale() > MAX_DIGITS || number.scale() > MAX_DIGITS) {
                // "1E+999999999" is a BigDecimal; adding anything to it overflowed further on
                throw new NumberFormatException("out of the range of an amount");
            }
            return Optional.of(number);
        } catch (NumberFormatException e) {
            problems.add(PdfMessage.of("pdf.facturx.value.invalid", term, shortened(value)));
            return Optional.empty();
        }
    }

    private static String shortened(String value) {
        return value.length() > MAX_DECIMAL_TEXT ? value.substring(0, MAX_DECIMAL_TEXT) + "…" : value;
    }

    private Optional<LocalDate> date(String term, Optional<Element> dateTime) {
        Optional<Element> string = dateTime.flatMap(d -> child(d, "DateTimeString"));
        if (string.isEmpty()) {
            return Optional.empty();
        }
        String value = string.get().getTextContent().trim();
        String format = string.get().getAttribute("format").trim();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!format.isEmpty() && !"102".equals(format)) {
            problems.add(PdfMessage.of("pdf.facturx.value.invalid", term, value));
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value, FORMAT_102));
        } catch (DateTimeParseException e) {
            problems.add(PdfMessage.of("pdf.facturx.value.invalid", term, value));
            return Optional.empty();
        }
    }

    /** BT-84: the first payment means that names an account by IBAN; a card or cheque line before it has none. */
    private static Optional<String> payeeIban(Optional<Element> settlement) {
        return settlement.stream()
                .flatMap(s -> children(s, "SpecifiedTradeSettlementPaymentMeans").stream())
                .map(means -> text(Optional.of(means), "PayeePartyCreditorFinancialAccount", "IBANID"))
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static Optional<String> text(Optional<Element> start, String... path) {
        Optional<Element> current = start;
        for (String name : path) {
            current = current.flatMap(e -> child(e, name));
        }
        return current.flatMap(e -> nonBlank(e.getTextContent()));
    }

    private static Optional<String> nonBlank(String text) {
        String trimmed = text == null ? "" : text.trim();
        return trimmed.isEmpty() ? Optional.empty() : Optional.of(trimmed);
    }

    private static Optional<Element> child(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                found.add(e);
            }
        }
        return found;
    }
}
