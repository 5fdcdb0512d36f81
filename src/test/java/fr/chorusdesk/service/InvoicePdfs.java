package fr.chorusdesk.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Real PDFs for the service tests: plain text invoices and Factur-X invoices (PDFBox, on disk). */
public final class InvoicePdfs {

    /** The demo supplier of the sandbox (docs/sandbox.md, "Seeded data"). */
    public static final String DEMO_SUPPLIER_SIRET = "81234567800013";

    private InvoicePdfs() {
    }

    /** What goes into the CII XML; null leaves an element out. */
    public record Cii(String number, String issueDate, String typeCode, String sellerSiret, String buyerSiret,
               String buyerReference, String orderReference, String contract, String ht, String tva, String ttc,
               String due) {

        /** An invoice of 1000.00 + 200.00 VAT from the demo supplier, dated 9 March 2026. */
        public static Cii demo(String number, String buyerSiret) {
            return new Cii(number, "20260309", "380", DEMO_SUPPLIER_SIRET, buyerSiret, null, null, null,
                    "1000.00", "200.00", "1200.00", "1200.00");
        }

        public Cii withReferences(String serviceCode, String order, String contractNumber) {
            return new Cii(number, issueDate, typeCode, sellerSiret, buyerSiret, serviceCode, order, contractNumber,
                    ht, tva, ttc, due);
        }

        public Cii withSeller(String siret) {
            return new Cii(number, issueDate, typeCode, siret, buyerSiret, buyerReference, orderReference, contract,
                    ht, tva, ttc, due);
        }

        public Cii withType(String code) {
            return new Cii(number, issueDate, code, sellerSiret, buyerSiret, buyerReference, orderReference, contract,
                    ht, tva, ttc, due);
        }

        String xml() {
            return """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
                        xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
                        xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
                      <rsm:ExchangedDocumentContext>
                        <ram:GuidelineSpecifiedDocumentContextParameter>
                          <ram:ID>urn:factur-x.eu:1p0:minimum</ram:ID>
                        </ram:GuidelineSpecifiedDocumentContextParameter>
                      </rsm:ExchangedDocumentContext>
                      <rsm:ExchangedDocument>
                        <ram:ID>%s</ram:ID>
                        <ram:TypeCode>%s</ram:TypeCode>
                        <ram:IssueDateTime><udt:DateTimeString format="102">%s</udt:DateTimeString></ram:IssueDateTime>
                      </rsm:ExchangedDocument>
                      <rsm:SupplyChainTradeTransaction>
                        <ram:ApplicableHeaderTradeAgreement>
                          %s
                          <ram:SellerTradeParty>
                            <ram:Name>ATELIER DEMO CONSEIL SARL</ram:Name>
                            <ram:SpecifiedLegalOrganization><ram:ID schemeID="0002">%s</ram:ID></ram:SpecifiedLegalOrganization>
                          </ram:SellerTradeParty>
                          <ram:BuyerTradeParty>
                            <ram:Name>Acheteur public</ram:Name>
                            <ram:SpecifiedLegalOrganization><ram:ID schemeID="0009">%s</ram:ID></ram:SpecifiedLegalOrganization>
                          </ram:BuyerTradeParty>
                          %s
                          %s
                        </ram:ApplicableHeaderTradeAgreement>
                        <ram:ApplicableHeaderTradeDelivery/>
                        <ram:ApplicableHeaderTradeSettlement>
                          <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
                          <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
                            <ram:TaxBasisTotalAmount>%s</ram:TaxBasisTotalAmount>
                            <ram:TaxTotalAmount currencyID="EUR">%s</ram:TaxTotalAmount>
                            <ram:GrandTotalAmount>%s</ram:GrandTotalAmount>
                            <ram:DuePayableAmount>%s</ram:DuePayableAmount>
                          </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
                        </ram:ApplicableHeaderTradeSettlement>
                      </rsm:SupplyChainTradeTransaction>
                    </rsm:CrossIndustryInvoice>
                    """.formatted(number, typeCode, issueDate,
                    buyerReference == null ? "" : "<ram:BuyerReference>" + buyerReference + "</ram:BuyerReference>",
                    sellerSiret, buyerSiret,
                    orderReference == null ? "" : "<ram:BuyerOrderReferencedDocument><ram:IssuerAssignedID>"
                            + orderReference + "</ram:IssuerAssignedID></ram:BuyerOrderReferencedDocument>",
                    contract == null ? "" : "<ram:ContractReferencedDocument><ram:IssuerAssignedID>"
                            + contract + "</ram:IssuerAssignedID></ram:ContractReferencedDocument>",
                    ht, tva, ttc, due);
        }
    }

    /**
     * A Factur-X PDF: one text page that shows what its XML says (number, date, recipient SIRET,
     * engagement number, totals), the XML as {@code factur-x.xml}, XMP claiming PDF/A-3B and MINIMUM.
     */
    public static Path facturX(Path file, Cii cii) throws IOException {
        return writeFacturX(file, cii, List.of(visiblePage(cii)));
    }

    /** What an invoice's page shows of its XML, as an invoicing program prints it. */
    public static List<String> visiblePage(Cii cii) {
        List<String> lines = new java.util.ArrayList<>();
        lines.add("Facture n° " + cii.number());
        lines.add("Date de facture " + cii.issueDate().substring(6, 8) + "/" + cii.issueDate().substring(4, 6) + "/"
                + cii.issueDate().substring(0, 4));
        lines.add("SIRET du destinataire " + cii.buyerSiret());
        if (cii.orderReference() != null) {
            lines.add("Bon de commande " + cii.orderReference());
        }
        lines.add("Total HT " + cii.ht() + " EUR");
        lines.add("Total TTC " + cii.ttc() + " EUR");
        lines.add("Voir la facture XML jointe");
        return lines;
    }

    /** A Factur-X PDF whose page shows these lines, whatever its XML says. */
    public static Path facturX(Path file, Cii cii, List<String> pageLines) throws IOException {
        return writeFacturX(file, cii, List.of(pageLines));
    }

    /** A Factur-X PDF of several pages, each showing its lines. */
    public static Path facturXPages(Path file, Cii cii, List<List<String>> pages) throws IOException {
        return writeFacturX(file, cii, pages);
    }

    private static Path writeFacturX(Path file, Cii cii, List<List<String>> pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (List<String> page : pages) {
                addTextPage(doc, page);
            }
            embed(doc, "factur-x.xml", cii.xml().getBytes(StandardCharsets.UTF_8));
            PDMetadata metadata = new PDMetadata(doc);
            metadata.importXMPMetadata(xmp().getBytes(StandardCharsets.UTF_8));
            doc.getDocumentCatalog().setMetadata(metadata);
            doc.save(file.toFile());
        }
        return file;
    }

    /** A one-page PDF with these lines of text and no embedded XML. */
    public static Path textPdf(Path file, List<String> lines) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            addTextPage(doc, lines);
            doc.save(file.toFile());
        }
        return file;
    }

    /** A PDF of several pages with these lines of text each, and no embedded XML. */
    public static Path textPdfPages(Path file, List<List<String>> pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (List<String> page : pages) {
                addTextPage(doc, page);
            }
            doc.save(file.toFile());
        }
        return file;
    }

    private static void addTextPage(PDDocument doc, List<String> lines) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
            content.setLeading(14);
            content.newLineAtOffset(50, 780);
            for (String line : lines) {
                content.showText(line);
                content.newLine();
            }
            content.endText();
        }
    }

    private static void embed(PDDocument doc, String name, byte[] bytes) throws IOException {
        PDEmbeddedFile embedded = new PDEmbeddedFile(doc, new ByteArrayInputStream(bytes));
        embedded.setSubtype("text/xml");
        embedded.setSize(bytes.length);
        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile(name);
        spec.setFileUnicode(name);
        spec.setEmbeddedFile(embedded);
        spec.setEmbeddedFileUnicode(embedded);
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(Map.of(name, spec));
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
        names.setEmbeddedFiles(tree);
        doc.getDocumentCatalog().setNames(names);
    }

    private static String xmp() {
        return """
                <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                <x:xmpmeta xmlns:x="adobe:ns:meta/">
                 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                  <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
                      pdfaid:part="3" pdfaid:conformance="B"/>
                  <rdf:Description rdf:about="" xmlns:fx="urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#">
                    <fx:DocumentType>INVOICE</fx:DocumentType>
                    <fx:DocumentFileName>factur-x.xml</fx:DocumentFileName>
                    <fx:Version>1.0</fx:Version>
                    <fx:ConformanceLevel>MINIMUM</fx:ConformanceLevel>
                  </rdf:Description>
                 </rdf:RDF>
                </x:xmpmeta>
                <?xpacket end="w"?>
                """;
    }
}
