package fr.chorusdesk.sandbox;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads the CII invoice embedded in a Factur-X PDF, or a bare CII XML file. The XML comes from
 * outside, so the parser refuses DTDs and external entities.
 */
final class FacturXReader {

    /** Names the Factur-X and ZUGFeRD standards give the embedded XML. */
    private static final Set<String> XML_NAMES =
            Set.of("factur-x.xml", "zugferd-invoice.xml", "zugferd_invoice.xml", "xrechnung.xml");
    private static final String SIRET_SCHEME = "0009";

    private FacturXReader() {
    }

    /** The embedded invoice XML of a PDF, or empty when the PDF carries none. */
    static Optional<byte[]> embeddedXml(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            PDEmbeddedFilesNameTreeNode root = names.getEmbeddedFiles();
            return root == null ? Optional.empty() : find(root);
        }
    }

    private static Optional<byte[]> find(PDNameTreeNode<PDComplexFileSpecification> node) throws IOException {
        Map<String, PDComplexFileSpecification> files = node.getNames();
        if (files != null) {
            for (Map.Entry<String, PDComplexFileSpecification> entry : files.entrySet()) {
                PDComplexFileSpecification spec = entry.getValue();
                String name = Optional.ofNullable(spec.getFilename()).orElse(entry.getKey());
                if (XML_NAMES.contains(name.toLowerCase(Locale.ROOT))) {
                    PDEmbeddedFile file = Optional.ofNullable(spec.getEmbeddedFileUnicode())
                            .orElse(spec.getEmbeddedFile());
                    if (file != null) {
                        return Optional.of(file.toByteArray());
                    }
                }
            }
        }
        List<PDNameTreeNode<PDComplexFileSpecification>> kids = node.getKids();
        if (kids != null) {
            for (PDNameTreeNode<PDComplexFileSpecification> kid : kids) {
                Optional<byte[]> found = find(kid);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    static FacturXData parse(byte[] xml) throws IOException {
        Document document = secureParse(xml);
        XPath xpath = XPathFactory.newInstance().newXPath();
        Element root = document.getDocumentElement();
        if (!"CrossIndustryInvoice".equals(root.getLocalName())) {
            throw new IOException("not a CII invoice: " + root.getLocalName());
        }
        String agreement = "/*/" + el("SupplyChainTradeTransaction") + "/" + el("ApplicableHeaderTradeAgreement");
        String settlement = "/*/" + el("SupplyChainTradeTransaction") + "/" + el("ApplicableHeaderTradeSettlement");
        String summation = settlement + "/" + el("SpecifiedTradeSettlementHeaderMonetarySummation");
        try {
            return new FacturXData(
                    text(xpath, document, "/*/" + el("ExchangedDocument") + "/" + el("ID")),
                    text(xpath, document, "/*/" + el("ExchangedDocument") + "/" + el("IssueDateTime") + "/*")
                            .flatMap(FacturXReader::date),
                    text(xpath, document, "/*/" + el("ExchangedDocument") + "/" + el("TypeCode")),
                    text(xpath, document, agreement + "/" + el("SellerTradeParty") + "/"
                            + el("SpecifiedLegalOrganization") + "/" + el("ID")),
                    buyerSiret(xpath, document, agreement + "/" + el("BuyerTradeParty")),
                    text(xpath, document, agreement + "/" + el("BuyerReference")),
                    text(xpath, document, agreement + "/" + el("BuyerOrderReferencedDocument") + "/"
                            + el("IssuerAssignedID")),
                    text(xpath, document, agreement + "/" + el("ContractReferencedDocument") + "/"
                            + el("IssuerAssignedID")),
                    text(xpath, document, settlement + "/" + el("InvoiceCurrencyCode")),
                    amount(xpath, document, summation + "/" + el("TaxBasisTotalAmount")),
                    amount(xpath, document, summation + "/" + el("TaxTotalAmount")),
                    amount(xpath, document, summation + "/" + el("GrandTotalAmount")),
                    amount(xpath, document, summation + "/" + el("DuePayableAmount")),
                    text(xpath, document, "/*/" + el("ExchangedDocument") + "/" + el("IncludedNote") + "/"
                            + el("Content")));
        } catch (XPathExpressionException e) {
            throw new IOException("unreadable CII invoice", e);
        }
    }

    private static Document secureParse(byte[] xml) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("unreadable XML: " + e.getMessage(), e);
        }
    }

    private static Optional<String> buyerSiret(XPath xpath, Document document, String buyer)
            throws XPathExpressionException {
        // Chorus Pro reads the SIRET from the legal organization, or from a 0009 global id.
        for (String path : List.of(buyer + "/" + el("SpecifiedLegalOrganization") + "/" + el("ID"),
                buyer + "/" + el("GlobalID") + "[@schemeID='" + SIRET_SCHEME + "']")) {
            Optional<String> value = text(xpath, document, path);
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    private static String el(String localName) {
        return "*[local-name()='" + localName + "']";
    }

    private static Optional<String> text(XPath xpath, Document document, String path)
            throws XPathExpressionException {
        NodeList nodes = (NodeList) xpath.evaluate(path, document, XPathConstants.NODESET);
        if (nodes.getLength() == 0) {
            return Optional.empty();
        }
        String value = nodes.item(0).getTextContent().trim();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    private static Optional<BigDecimal> amount(XPath xpath, Document document, String path)
            throws XPathExpressionException {
        return text(xpath, document, path).flatMap(v -> {
            try {
                return Optional.of(new BigDecimal(v));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    private static Optional<LocalDate> date(String value) {
        try {
            return Optional.of(LocalDate.parse(value, DateTimeFormatter.BASIC_ISO_DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
