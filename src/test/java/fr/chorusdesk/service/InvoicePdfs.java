package fr.chorusdesk.service;

import fr.chorusdesk.pdf.InvoicePdfWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

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

        /**
         * 500.00 at 5.5 % (27.50) and 1000.00 at 20 % (200.00) from the demo supplier: HT 1500.00,
         * TVA 227.50, TTC 1727.50; with {@link Extras#twoRates()} it carries both VAT lines.
         */
        public static Cii twoRates(String number, String buyerSiret) {
            return new Cii(number, "20260309", "380", DEMO_SUPPLIER_SIRET, buyerSiret, null, null, null,
                    "1500.00", "227.50", "1727.50", "1727.50");
        }

        public Cii withAmounts(String newHt, String newTva, String newTtc, String newDue) {
            return new Cii(number, issueDate, typeCode, sellerSiret, buyerSiret, buyerReference, orderReference,
                    contract, newHt, newTva, newTtc, newDue);
        }

        String xml() {
            return xml(Extras.NONE);
        }

        /** The XML; with extras, a BASIC WL invoice that carries them. */
        String xml(Extras extras) {
            String xml = """
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
                            <ram:PostalTradeAddress><ram:CountryID>FR</ram:CountryID></ram:PostalTradeAddress>
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
                          <!--extras-settlement-->
                          <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
                            <ram:TaxBasisTotalAmount>%s</ram:TaxBasisTotalAmount>
                            <ram:TaxTotalAmount currencyID="EUR">%s</ram:TaxTotalAmount>
                            <ram:GrandTotalAmount>%s</ram:GrandTotalAmount>
                            <ram:DuePayableAmount>%s</ram:DuePayableAmount>
                          </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
                          <!--extras-preceding-->
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
            return extras.isEmpty() ? xml : extras.into(xml);
        }
    }

    /** One VAT breakdown line (BG-23): category, rate, basis, VAT, and an exempt line's BT-120 / BT-121 (null: none). */
    public record TaxLine(String category, String rate, String basis, String vat, String exemptionReason,
                          String exemptionCode) {

        public static TaxLine standard(String rate, String basis, String vat) {
            return new TaxLine("S", rate, basis, vat, null, null);
        }

        String xml() {
            return "<ram:ApplicableTradeTax><ram:CalculatedAmount>" + vat + "</ram:CalculatedAmount>"
                    + "<ram:TypeCode>VAT</ram:TypeCode>"
                    + (exemptionReason == null ? "" : "<ram:ExemptionReason>" + exemptionReason + "</ram:ExemptionReason>")
                    + "<ram:BasisAmount>" + basis + "</ram:BasisAmount>"
                    + "<ram:CategoryCode>" + category + "</ram:CategoryCode>"
                    + (exemptionCode == null ? "" : "<ram:ExemptionReasonCode>" + exemptionCode + "</ram:ExemptionReasonCode>")
                    + "<ram:RateApplicablePercent>" + rate + "</ram:RateApplicablePercent></ram:ApplicableTradeTax>";
        }
    }

    /**
     * What a BASIC WL Factur-X adds to the MINIMUM one: the VAT breakdown (BG-23), the payment means
     * code (BT-81), the account to pay (BT-84) and the invoice a credit note corrects (BT-25); null
     * or empty leaves one out.
     */
    public record Extras(List<TaxLine> taxes, String paymentMeansCode, String precedingInvoice, String payeeIban) {

        public static final Extras NONE = new Extras(List.of(), null, null);

        public Extras(List<TaxLine> taxes, String paymentMeansCode, String precedingInvoice) {
            this(taxes, paymentMeansCode, precedingInvoice, null);
        }

        /** The same, paid on this IBAN (BT-84, in the payment means). */
        public Extras withPayeeIban(String iban) {
            return new Extras(taxes, paymentMeansCode, precedingInvoice, iban);
        }

        /** The two lines of {@link Cii#twoRates}, paid by SEPA credit transfer (58). */
        public static Extras twoRates() {
            return new Extras(List.of(TaxLine.standard("5.50", "500.00", "27.50"),
                    TaxLine.standard("20.00", "1000.00", "200.00")), "58", null);
        }

        boolean isEmpty() {
            return taxes.isEmpty() && paymentMeansCode == null && precedingInvoice == null;
        }

        String into(String xml) {
            StringBuilder settlement = new StringBuilder();
            if (paymentMeansCode != null) {
                settlement.append("<ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>").append(paymentMeansCode)
                        .append("</ram:TypeCode>");
                if (payeeIban != null) {
                    settlement.append("<ram:PayeePartyCreditorFinancialAccount><ram:IBANID>").append(payeeIban)
                            .append("</ram:IBANID></ram:PayeePartyCreditorFinancialAccount>");
                }
                settlement.append("</ram:SpecifiedTradeSettlementPaymentMeans>");
            }
            taxes.forEach(t -> settlement.append(t.xml()));
            String preceding = precedingInvoice == null ? "" : "<ram:InvoiceReferencedDocument><ram:IssuerAssignedID>"
                    + precedingInvoice + "</ram:IssuerAssignedID></ram:InvoiceReferencedDocument>";
            return xml.replace("urn:factur-x.eu:1p0:minimum", "urn:factur-x.eu:1p0:basicwl")
                    .replace("<!--extras-settlement-->", settlement.toString())
                    .replace("<!--extras-preceding-->", preceding);
        }
    }

    /**
     * A Factur-X PDF: one text page that shows what its XML says (number, date, recipient SIRET,
     * engagement number, totals), the XML as {@code factur-x.xml}, XMP claiming PDF/A-3B and MINIMUM.
     */
    public static Path facturX(Path file, Cii cii) throws IOException {
        return facturX(file, cii, Extras.NONE);
    }

    /** A Factur-X PDF whose XML carries these extras (BASIC WL when there are any). */
    public static Path facturX(Path file, Cii cii, Extras extras) throws IOException {
        return writeFacturX(file, cii, extras, List.of(visiblePage(cii)));
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
        return writeFacturX(file, cii, Extras.NONE, List.of(pageLines));
    }

    /** A Factur-X PDF of several pages, each showing its lines. */
    public static Path facturXPages(Path file, Cii cii, List<List<String>> pages) throws IOException {
        return writeFacturX(file, cii, Extras.NONE, pages);
    }

    private static Path writeFacturX(Path file, Cii cii, Extras extras, List<List<String>> pages) throws IOException {
        InvoicePdfWriter pdf = InvoicePdfWriter.document();
        pages.forEach(pdf::page);
        return pdf.facturX(cii.xml(extras), extras.isEmpty() ? "MINIMUM" : "BASIC WL").writeTo(file);
    }

    /** A one-page PDF with these lines of text and no embedded XML. */
    public static Path textPdf(Path file, List<String> lines) throws IOException {
        return InvoicePdfWriter.document().page(lines).writeTo(file);
    }

    /** A PDF of several pages with these lines of text each, and no embedded XML. */
    public static Path textPdfPages(Path file, List<List<String>> pages) throws IOException {
        InvoicePdfWriter pdf = InvoicePdfWriter.document();
        pages.forEach(pdf::page);
        return pdf.writeTo(file);
    }



    private static String xmp(String level) {
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
                    <fx:ConformanceLevel>%s</fx:ConformanceLevel>
                  </rdf:Description>
                 </rdf:RDF>
                </x:xmpmeta>
                <?xpacket end="w"?>
                """.formatted(level);
    }
}
