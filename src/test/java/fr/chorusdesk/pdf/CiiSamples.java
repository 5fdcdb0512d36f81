package fr.chorusdesk.pdf;

/**
 * CII invoices for each Factur-X profile, built from one template. Values are chosen so that every
 * SIRET passes its check: 73282932000074 (seller) and 35600000049837 (a La Poste establishment,
 * valid only through the sum-of-digits rule).
 */
final class CiiSamples {

    static final String SELLER_SIRET = "73282932000074";
    static final String BUYER_SIRET = "35600000049837";

    static final String MINIMUM = "urn:factur-x.eu:1p0:minimum";
    static final String BASIC_WL = "urn:factur-x.eu:1p0:basicwl";
    static final String BASIC = "urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic";
    static final String EN16931 = "urn:cen.eu:en16931:2017";
    static final String EXTENDED = "urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended";

    private CiiSamples() {
    }

    /** A full invoice; MINIMUM drops the VAT breakdown, as that profile does. */
    static String invoice(String guidelineId, String typeCode) {
        boolean minimum = guidelineId.equals(MINIMUM);
        String vat = minimum ? "" : """
                      <ram:ApplicableTradeTax>
                        <ram:CalculatedAmount>200.00</ram:CalculatedAmount>
                        <ram:TypeCode>VAT</ram:TypeCode>
                        <ram:BasisAmount>1000.00</ram:BasisAmount>
                        <ram:CategoryCode>S</ram:CategoryCode>
                        <ram:RateApplicablePercent>20.00</ram:RateApplicablePercent>
                      </ram:ApplicableTradeTax>
                      <ram:ApplicableTradeTax>
                        <ram:CalculatedAmount>5.50</ram:CalculatedAmount>
                        <ram:TypeCode>VAT</ram:TypeCode>
                        <ram:BasisAmount>100.00</ram:BasisAmount>
                        <ram:CategoryCode>S</ram:CategoryCode>
                        <ram:RateApplicablePercent>5.5</ram:RateApplicablePercent>
                      </ram:ApplicableTradeTax>
                """;
        String preceding = "381".equals(typeCode) ? """
                      <ram:InvoiceReferencedDocument>
                        <ram:IssuerAssignedID>FA-2026-0001</ram:IssuerAssignedID>
                        <ram:FormattedIssueDateTime>
                          <qdt:DateTimeString format="102">20260105</qdt:DateTimeString>
                        </ram:FormattedIssueDateTime>
                      </ram:InvoiceReferencedDocument>
                """ : "";
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
                    xmlns:qdt="urn:un:unece:uncefact:data:standard:QualifiedDataType:100"
                    xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
                    xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
                  <rsm:ExchangedDocumentContext>
                    <ram:GuidelineSpecifiedDocumentContextParameter>
                      <ram:ID>%s</ram:ID>
                    </ram:GuidelineSpecifiedDocumentContextParameter>
                  </rsm:ExchangedDocumentContext>
                  <rsm:ExchangedDocument>
                    <ram:ID>FA-2026-0042</ram:ID>
                    <ram:TypeCode>%s</ram:TypeCode>
                    <ram:IssueDateTime><udt:DateTimeString format="102">20260115</udt:DateTimeString></ram:IssueDateTime>
                  </rsm:ExchangedDocument>
                  <rsm:SupplyChainTradeTransaction>
                    <ram:ApplicableHeaderTradeAgreement>
                      <ram:BuyerReference>SERVICE-FIN-01</ram:BuyerReference>
                      <ram:SellerTradeParty>
                        <ram:Name>Atelier Dupré</ram:Name>
                        <ram:SpecifiedLegalOrganization><ram:ID schemeID="0002">%s</ram:ID></ram:SpecifiedLegalOrganization>
                        <ram:PostalTradeAddress><ram:CountryID>FR</ram:CountryID></ram:PostalTradeAddress>
                        <ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">FR44732829320</ram:ID></ram:SpecifiedTaxRegistration>
                      </ram:SellerTradeParty>
                      <ram:BuyerTradeParty>
                        <ram:Name>Commune de Saint-Exemple</ram:Name>
                        <ram:SpecifiedLegalOrganization><ram:ID schemeID="0002">%s</ram:ID></ram:SpecifiedLegalOrganization>
                      </ram:BuyerTradeParty>
                      <ram:BuyerOrderReferencedDocument><ram:IssuerAssignedID>EJ-1000234567</ram:IssuerAssignedID></ram:BuyerOrderReferencedDocument>
                      <ram:ContractReferencedDocument><ram:IssuerAssignedID>MARCHE-2025-12</ram:IssuerAssignedID></ram:ContractReferencedDocument>
                    </ram:ApplicableHeaderTradeAgreement>
                    <ram:ApplicableHeaderTradeDelivery/>
                    <ram:ApplicableHeaderTradeSettlement>
                      <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
                %s%s      <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
                        <ram:LineTotalAmount>1100.00</ram:LineTotalAmount>
                        <ram:TaxBasisTotalAmount>1100.00</ram:TaxBasisTotalAmount>
                        <ram:TaxTotalAmount currencyID="EUR">205.50</ram:TaxTotalAmount>
                        <ram:GrandTotalAmount>1305.50</ram:GrandTotalAmount>
                        <ram:TotalPrepaidAmount>300.00</ram:TotalPrepaidAmount>
                        <ram:DuePayableAmount>1005.50</ram:DuePayableAmount>
                      </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
                    </ram:ApplicableHeaderTradeSettlement>
                  </rsm:SupplyChainTradeTransaction>
                </rsm:CrossIndustryInvoice>
                """.formatted(guidelineId, typeCode, SELLER_SIRET, BUYER_SIRET, vat, preceding);
    }
}
