package fr.chorusdesk.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

/** Builds small Factur-X PDFs (one page + embedded CII XML) for flow tests. */
final class FacturXFixtures {

    private FacturXFixtures() {
    }

    /** A CII invoice from the demo supplier; {@code serviceCode} / {@code orderRef} may be null. */
    static String ciiXml(String number, String issueDate, String buyerSiret, String serviceCode, String orderRef,
            String note) {
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
                    <ram:TypeCode>380</ram:TypeCode>
                    <ram:IssueDateTime><udt:DateTimeString format="102">%s</udt:DateTimeString></ram:IssueDateTime>
                    %s
                  </rsm:ExchangedDocument>
                  <rsm:SupplyChainTradeTransaction>
                    <ram:ApplicableHeaderTradeAgreement>
                      %s
                      <ram:SellerTradeParty>
                        <ram:Name>ATELIER DEMO CONSEIL SARL</ram:Name>
                        <ram:SpecifiedLegalOrganization><ram:ID schemeID="0002">%s</ram:ID></ram:SpecifiedLegalOrganization>
                        <ram:PostalTradeAddress><ram:CountryID>FR</ram:CountryID></ram:PostalTradeAddress>
                      </ram:SellerTradeParty>
                      <ram:BuyerTradeParty>
                        <ram:Name>Acheteur</ram:Name>
                        <ram:SpecifiedLegalOrganization><ram:ID schemeID="0009">%s</ram:ID></ram:SpecifiedLegalOrganization>
                      </ram:BuyerTradeParty>
                      %s
                    </ram:ApplicableHeaderTradeAgreement>
                    <ram:ApplicableHeaderTradeDelivery/>
                    <ram:ApplicableHeaderTradeSettlement>
                      <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
                      <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
                        <ram:TaxBasisTotalAmount>1000.00</ram:TaxBasisTotalAmount>
                        <ram:TaxTotalAmount currencyID="EUR">200.00</ram:TaxTotalAmount>
                        <ram:GrandTotalAmount>1200.00</ram:GrandTotalAmount>
                        <ram:DuePayableAmount>1200.00</ram:DuePayableAmount>
                      </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
                    </ram:ApplicableHeaderTradeSettlement>
                  </rsm:SupplyChainTradeTransaction>
                </rsm:CrossIndustryInvoice>
                """.formatted(number, issueDate,
                note == null ? "" : "<ram:IncludedNote><ram:Content>" + note + "</ram:Content></ram:IncludedNote>",
                serviceCode == null ? "" : "<ram:BuyerReference>" + serviceCode + "</ram:BuyerReference>",
                SeedData.SUPPLIER_SIRET, buyerSiret,
                orderRef == null ? "" : "<ram:BuyerOrderReferencedDocument><ram:IssuerAssignedID>" + orderRef
                        + "</ram:IssuerAssignedID></ram:BuyerOrderReferencedDocument>");
    }

    /** A one-page PDF carrying {@code xml} as {@code factur-x.xml}. */
    static byte[] pdfWith(String xml) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
            PDEmbeddedFile embedded = new PDEmbeddedFile(document, new java.io.ByteArrayInputStream(bytes));
            embedded.setSubtype("text/xml");
            embedded.setSize(bytes.length);
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile("factur-x.xml");
            spec.setFileUnicode("factur-x.xml");
            spec.setEmbeddedFile(embedded);
            spec.setEmbeddedFileUnicode(embedded);
            PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
            tree.setNames(Map.of("factur-x.xml", spec));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setEmbeddedFiles(tree);
            document.getDocumentCatalog().setNames(names);
            document.save(out);
            return out.toByteArray();
        }
    }

    /** A plain PDF of roughly {@code size} bytes (padding in an uncompressed stream). */
    static byte[] plainPdf(int size) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            byte[] head = out.toByteArray();
            if (size <= head.length) {
                return head;
            }
            // Trailing bytes after %%EOF are ignored by readers; good enough for upload tests.
            byte[] padded = new byte[size];
            System.arraycopy(head, 0, padded, 0, head.length);
            for (int i = head.length; i < size; i++) {
                padded[i] = (byte) ('0' + (i % 10));
            }
            return padded;
        }
    }
}
