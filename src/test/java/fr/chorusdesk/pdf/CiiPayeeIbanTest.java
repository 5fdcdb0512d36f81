package fr.chorusdesk.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * BT-84 in CII: {@code SpecifiedTradeSettlementPaymentMeans/PayeePartyCreditorFinancialAccount/IBANID}
 * (EN 16931-3-3 syntax binding), on hand-written invoices.
 */
class CiiPayeeIbanTest {

    private static String invoice(String paymentMeans) {
        return """
                <rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
                    xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100">
                  <rsm:ExchangedDocument><ram:ID>FA-1</ram:ID><ram:TypeCode>380</ram:TypeCode></rsm:ExchangedDocument>
                  <rsm:SupplyChainTradeTransaction>
                    <ram:ApplicableHeaderTradeSettlement>
                      <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
                      %s
                    </ram:ApplicableHeaderTradeSettlement>
                  </rsm:SupplyChainTradeTransaction>
                </rsm:CrossIndustryInvoice>
                """.formatted(paymentMeans);
    }

    private static FacturXInvoice parsed(String paymentMeans) {
        return CiiParser.parse(invoice(paymentMeans).getBytes(StandardCharsets.UTF_8)).invoice().orElseThrow();
    }

    @Test
    void readsTheIbanOfACreditTransfer() {
        FacturXInvoice invoice = parsed("""
                <ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>58</ram:TypeCode>
                  <ram:PayeePartyCreditorFinancialAccount><ram:IBANID> FR14 2004 1010 0505 0001 3M02 606 </ram:IBANID>
                  </ram:PayeePartyCreditorFinancialAccount>
                </ram:SpecifiedTradeSettlementPaymentMeans>""");
        assertThat(invoice.payeeIban()).contains("FR14 2004 1010 0505 0001 3M02 606");
        assertThat(invoice.paymentMeansCode()).contains("58");
    }

    @Test
    void takesTheFirstPaymentMeansThatNamesAnAccount() {
        FacturXInvoice invoice = parsed("""
                <ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>48</ram:TypeCode></ram:SpecifiedTradeSettlementPaymentMeans>
                <ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>30</ram:TypeCode>
                  <ram:PayeePartyCreditorFinancialAccount><ram:IBANID>FR2012421242124212421242124</ram:IBANID>
                  </ram:PayeePartyCreditorFinancialAccount>
                </ram:SpecifiedTradeSettlementPaymentMeans>
                <ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>30</ram:TypeCode>
                  <ram:PayeePartyCreditorFinancialAccount><ram:IBANID>FR1420041010050500013M02606</ram:IBANID>
                  </ram:PayeePartyCreditorFinancialAccount>
                </ram:SpecifiedTradeSettlementPaymentMeans>""");
        assertThat(invoice.payeeIban()).contains("FR2012421242124212421242124");
        assertThat(invoice.paymentMeansCode()).as("BT-81 stays the first means").contains("48");
    }

    @Test
    void anAccountWithoutIbanOrNoPaymentMeansGivesNone() {
        assertThat(parsed("""
                <ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>30</ram:TypeCode>
                  <ram:PayeePartyCreditorFinancialAccount><ram:ProprietaryID>12345</ram:ProprietaryID>
                  </ram:PayeePartyCreditorFinancialAccount>
                </ram:SpecifiedTradeSettlementPaymentMeans>""").payeeIban()).isEmpty();
        assertThat(parsed("").payeeIban()).isEmpty();
    }
}
