package fr.chorusdesk.validation;

import java.nio.charset.StandardCharsets;

/**
 * Invoice XML written by hand for the validation tests: an EN 16931 invoice that passes every rule
 * (one line of 1 000.00 at 20 %, paid by credit transfer), and the text edits that break one rule each.
 * The values are worked out by hand: 1 × 1 000.00 = 1 000.00 net, 20 % of it 200.00 VAT, 1 200.00 due.
 */
public final class InvoiceXmls {

    /** A valid SIRET (Luhn): 732 829 320 00074, the one the wizard tests use for a recipient. */
    public static final String BUYER_SIRET = "73282932000074";

    private InvoiceXmls() {
    }

    /** A complete EN 16931 invoice (profile EN 16931) that breaks no rule. */
    public static String en16931(String number) {
        return en16931(number, "123456782", BUYER_SIRET, "SERV-01");
    }

    /**
     * The same invoice from another seller (its SIREN or SIRET, scheme 0002) to another recipient
     * (SIRET, scheme 0009) and service code (BT-10).
     */
    public static String en16931(String number, String sellerId, String buyerSiret, String serviceCode) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
                    xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
                    xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100"
                    xmlns:qdt="urn:un:unece:uncefact:data:standard:QualifiedDataType:100">
                  <rsm:ExchangedDocumentContext>
                    <ram:GuidelineSpecifiedDocumentContextParameter>
                      <ram:ID>urn:cen.eu:en16931:2017</ram:ID>
                    </ram:GuidelineSpecifiedDocumentContextParameter>
                  </rsm:ExchangedDocumentContext>
                  <rsm:ExchangedDocument>
                    <ram:ID>%s</ram:ID>
                    <ram:TypeCode>380</ram:TypeCode>
                    <ram:IssueDateTime><udt:DateTimeString format="102">20260302</udt:DateTimeString></ram:IssueDateTime>
                    <ram:IncludedNote><ram:Content>Indemnité forfaitaire pour frais de recouvrement : 40 €.</ram:Content><ram:SubjectCode>PMT</ram:SubjectCode></ram:IncludedNote>
                    <ram:IncludedNote><ram:Content>Pénalités de retard : trois fois le taux d’intérêt légal.</ram:Content><ram:SubjectCode>PMD</ram:SubjectCode></ram:IncludedNote>
                    <ram:IncludedNote><ram:Content>Pas d’escompte pour paiement anticipé.</ram:Content><ram:SubjectCode>AAB</ram:SubjectCode></ram:IncludedNote>
                  </rsm:ExchangedDocument>
                  <rsm:SupplyChainTradeTransaction>
                    <ram:IncludedSupplyChainTradeLineItem>
                      <ram:AssociatedDocumentLineDocument><ram:LineID>1</ram:LineID></ram:AssociatedDocumentLineDocument>
                      <ram:SpecifiedTradeProduct><ram:Name>Mission de conseil</ram:Name></ram:SpecifiedTradeProduct>
                      <ram:SpecifiedLineTradeAgreement>
                        <ram:NetPriceProductTradePrice><ram:ChargeAmount>1000.00</ram:ChargeAmount></ram:NetPriceProductTradePrice>
                      </ram:SpecifiedLineTradeAgreement>
                      <ram:SpecifiedLineTradeDelivery><ram:BilledQuantity unitCode="C62">1</ram:BilledQuantity></ram:SpecifiedLineTradeDelivery>
                      <ram:SpecifiedLineTradeSettlement>
                        <ram:ApplicableTradeTax>
                          <ram:TypeCode>VAT</ram:TypeCode>
                          <ram:CategoryCode>S</ram:CategoryCode>
                          <ram:RateApplicablePercent>20</ram:RateApplicablePercent>
                        </ram:ApplicableTradeTax>
                        <ram:SpecifiedTradeSettlementLineMonetarySummation>
                          <ram:LineTotalAmount>1000.00</ram:LineTotalAmount>
                        </ram:SpecifiedTradeSettlementLineMonetarySummation>
                      </ram:SpecifiedLineTradeSettlement>
                    </ram:IncludedSupplyChainTradeLineItem>
                    <ram:ApplicableHeaderTradeAgreement>
                      <ram:BuyerReference>%s</ram:BuyerReference>
                      <ram:SellerTradeParty>
                        <ram:Name>ATELIER DEMO CONSEIL SARL</ram:Name>
                        <ram:SpecifiedLegalOrganization><ram:ID schemeID="0002">%s</ram:ID></ram:SpecifiedLegalOrganization>
                        <ram:PostalTradeAddress>
                          <ram:PostcodeCode>75001</ram:PostcodeCode>
                          <ram:LineOne>1 rue de la Paix</ram:LineOne>
                          <ram:CityName>Paris</ram:CityName>
                          <ram:CountryID>FR</ram:CountryID>
                        </ram:PostalTradeAddress>
                        <ram:URIUniversalCommunication><ram:URIID schemeID="0225">123456782</ram:URIID></ram:URIUniversalCommunication>
                        <ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">FR32123456782</ram:ID></ram:SpecifiedTaxRegistration>
                      </ram:SellerTradeParty>
                      <ram:BuyerTradeParty>
                        <ram:Name>COMMUNE DE VALBOURG</ram:Name>
                        <ram:SpecifiedLegalOrganization><ram:ID schemeID="0009">%s</ram:ID></ram:SpecifiedLegalOrganization>
                        <ram:PostalTradeAddress>
                          <ram:PostcodeCode>69001</ram:PostcodeCode>
                          <ram:LineOne>Place de la Mairie</ram:LineOne>
                          <ram:CityName>Valbourg</ram:CityName>
                          <ram:CountryID>FR</ram:CountryID>
                        </ram:PostalTradeAddress>
                        <ram:URIUniversalCommunication><ram:URIID schemeID="0225">732829320</ram:URIID></ram:URIUniversalCommunication>
                      </ram:BuyerTradeParty>
                      <ram:BuyerOrderReferencedDocument><ram:IssuerAssignedID>EJ-2026-001</ram:IssuerAssignedID></ram:BuyerOrderReferencedDocument>
                    </ram:ApplicableHeaderTradeAgreement>
                    <ram:ApplicableHeaderTradeDelivery>
                      <ram:ActualDeliverySupplyChainEvent>
                        <ram:OccurrenceDateTime><udt:DateTimeString format="102">20260227</udt:DateTimeString></ram:OccurrenceDateTime>
                      </ram:ActualDeliverySupplyChainEvent>
                    </ram:ApplicableHeaderTradeDelivery>
                    <ram:ApplicableHeaderTradeSettlement>
                      <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
                      <ram:SpecifiedTradeSettlementPaymentMeans>
                        <ram:TypeCode>30</ram:TypeCode>
                        <ram:PayeePartyCreditorFinancialAccount><ram:IBANID>FR7630006000011234567890189</ram:IBANID></ram:PayeePartyCreditorFinancialAccount>
                      </ram:SpecifiedTradeSettlementPaymentMeans>
                      <ram:ApplicableTradeTax>
                        <ram:CalculatedAmount>200.00</ram:CalculatedAmount>
                        <ram:TypeCode>VAT</ram:TypeCode>
                        <ram:BasisAmount>1000.00</ram:BasisAmount>
                        <ram:CategoryCode>S</ram:CategoryCode>
                        <ram:RateApplicablePercent>20</ram:RateApplicablePercent>
                      </ram:ApplicableTradeTax>
                      <ram:SpecifiedTradePaymentTerms>
                        <ram:DueDateDateTime><udt:DateTimeString format="102">20260401</udt:DateTimeString></ram:DueDateDateTime>
                      </ram:SpecifiedTradePaymentTerms>
                      <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
                        <ram:LineTotalAmount>1000.00</ram:LineTotalAmount>
                        <ram:TaxBasisTotalAmount>1000.00</ram:TaxBasisTotalAmount>
                        <ram:TaxTotalAmount currencyID="EUR">200.00</ram:TaxTotalAmount>
                        <ram:GrandTotalAmount>1200.00</ram:GrandTotalAmount>
                        <ram:DuePayableAmount>1200.00</ram:DuePayableAmount>
                      </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
                    </ram:ApplicableHeaderTradeSettlement>
                  </rsm:SupplyChainTradeTransaction>
                </rsm:CrossIndustryInvoice>
                """.formatted(number, serviceCode, sellerId, buyerSiret);
    }

    /** A MINIMUM Factur-X with everything its profile asks for (seller's country included). */
    public static String minimum(String number) {
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
                    <ram:IssueDateTime><udt:DateTimeString format="102">20260302</udt:DateTimeString></ram:IssueDateTime>
                  </rsm:ExchangedDocument>
                  <rsm:SupplyChainTradeTransaction>
                    <ram:ApplicableHeaderTradeAgreement>
                      <ram:SellerTradeParty>
                        <ram:Name>ATELIER DEMO CONSEIL SARL</ram:Name>
                        <ram:SpecifiedLegalOrganization><ram:ID schemeID="0002">123456782</ram:ID></ram:SpecifiedLegalOrganization>
                        <ram:PostalTradeAddress><ram:CountryID>FR</ram:CountryID></ram:PostalTradeAddress>
                      </ram:SellerTradeParty>
                      <ram:BuyerTradeParty>
                        <ram:Name>COMMUNE DE VALBOURG</ram:Name>
                        <ram:SpecifiedLegalOrganization><ram:ID schemeID="0009">%s</ram:ID></ram:SpecifiedLegalOrganization>
                      </ram:BuyerTradeParty>
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
                """.formatted(number, BUYER_SIRET);
    }

    /** BR-49: the payment instruction without its payment means type code (BT-81). */
    public static String withoutPaymentMeansCode(String xml) {
        return replaceOnce(xml, "<ram:TypeCode>30</ram:TypeCode>", "");
    }

    /**
     * Totals that do not add up: the total with VAT (BT-112) and the amount due (BT-115) say 1 250.00
     * while 1 000.00 + 200.00 = 1 200.00, so BT-112 = BT-109 + BT-110 (BR-CO-15) fails and nothing else.
     */
    public static String withWrongGrandTotal(String xml) {
        return replaceOnce(replaceOnce(xml, "<ram:GrandTotalAmount>1200.00</ram:GrandTotalAmount>",
                "<ram:GrandTotalAmount>1250.00</ram:GrandTotalAmount>"),
                "<ram:DuePayableAmount>1200.00</ram:DuePayableAmount>", "<ram:DuePayableAmount>1250.00</ram:DuePayableAmount>");
    }

    /**
     * An exempt invoice (category E, 0 %, no VAT: 1 000.00 due) whose VAT breakdown gives neither an
     * exemption reason text (BT-120) nor its code (BT-121): BR-E-10.
     */
    public static String exemptWithoutReason(String xml) {
        String s = xml.replace("<ram:CategoryCode>S</ram:CategoryCode>", "<ram:CategoryCode>E</ram:CategoryCode>")
                .replace("<ram:RateApplicablePercent>20</ram:RateApplicablePercent>",
                        "<ram:RateApplicablePercent>0</ram:RateApplicablePercent>");
        s = replaceOnce(s, "<ram:CalculatedAmount>200.00</ram:CalculatedAmount>",
                "<ram:CalculatedAmount>0.00</ram:CalculatedAmount>");
        s = replaceOnce(s, "<ram:TaxTotalAmount currencyID=\"EUR\">200.00</ram:TaxTotalAmount>",
                "<ram:TaxTotalAmount currencyID=\"EUR\">0.00</ram:TaxTotalAmount>");
        s = replaceOnce(s, "<ram:GrandTotalAmount>1200.00</ram:GrandTotalAmount>",
                "<ram:GrandTotalAmount>1000.00</ram:GrandTotalAmount>");
        return replaceOnce(s, "<ram:DuePayableAmount>1200.00</ram:DuePayableAmount>",
                "<ram:DuePayableAmount>1000.00</ram:DuePayableAmount>");
    }

    /** The same exempt invoice with its reason text: BR-E-10 satisfied. */
    public static String exemptWithReason(String xml) {
        return replaceOnce(exemptWithoutReason(xml), "<ram:BasisAmount>1000.00</ram:BasisAmount>",
                "<ram:ExemptionReason>Exonération de TVA, article 261 du CGI</ram:ExemptionReason>"
                        + "<ram:BasisAmount>1000.00</ram:BasisAmount>");
    }

    public static byte[] bytes(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    static String replaceOnce(String text, String from, String to) {
        int at = text.indexOf(from);
        if (at < 0) {
            throw new IllegalArgumentException("not in the XML: " + from);
        }
        return text.substring(0, at) + to + text.substring(at + from.length());
    }
}
