package fr.chorusdesk.validation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.pdf.EmbeddedInvoiceXml;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Chorus Pro's own rules on hand-written CII: the limits are Chorus Pro's published ones (invoice
 * number ≤ 20 characters of letters, digits and - _ / +, engagement ≤ 50, service code ≤ 100, the
 * recipient a SIRET, a payment means with its code, a gross price's allowance with its amount;
 * docs/chorus-pro-reference.md §12), written here as numbers, not read from the code.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ChorusProRulesTest {

    private static final String HEAD = "<rsm:CrossIndustryInvoice"
            + " xmlns:rsm=\"urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100\""
            + " xmlns:ram=\"urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100\">";

    private static String invoice(String number, String agreement, String settlement, String lines) {
        return HEAD + "<rsm:ExchangedDocument><ram:ID>" + number + "</ram:ID></rsm:ExchangedDocument>"
                + "<rsm:SupplyChainTradeTransaction>" + lines
                + "<ram:ApplicableHeaderTradeAgreement>" + agreement + "</ram:ApplicableHeaderTradeAgreement>"
                + "<ram:ApplicableHeaderTradeSettlement>" + settlement + "</ram:ApplicableHeaderTradeSettlement>"
                + "</rsm:SupplyChainTradeTransaction></rsm:CrossIndustryInvoice>";
    }

    private static final String GOOD_AGREEMENT = "<ram:BuyerReference>SERV-01</ram:BuyerReference>"
            + "<ram:BuyerTradeParty><ram:SpecifiedLegalOrganization><ram:ID schemeID=\"0009\">11000201100044</ram:ID>"
            + "</ram:SpecifiedLegalOrganization></ram:BuyerTradeParty>"
            + "<ram:BuyerOrderReferencedDocument><ram:IssuerAssignedID>EJ-1</ram:IssuerAssignedID>"
            + "</ram:BuyerOrderReferencedDocument>";
    private static final String GOOD_SETTLEMENT = "<ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>30</ram:TypeCode>"
            + "</ram:SpecifiedTradeSettlementPaymentMeans>";

    private static List<String> ids(String xml) {
        return new ChorusProRules().check(EmbeddedInvoiceXml.parse(xml.getBytes(StandardCharsets.UTF_8)).orElseThrow())
                .stream().map(f -> f.ruleId() + "×" + f.occurrences()).toList();
    }

    @Test
    void aCompliantInvoiceBreaksNone() {
        assertThat(ids(invoice("F-2026/01+A_b", GOOD_AGREEMENT, GOOD_SETTLEMENT, ""))).isEmpty();
    }

    @Test
    void theInvoiceNumberHoldsTwentyCharactersOfTheAllowedSet() {
        assertThat(ids(invoice("A".repeat(20), GOOD_AGREEMENT, GOOD_SETTLEMENT, ""))).isEmpty();
        assertThat(ids(invoice("A".repeat(21), GOOD_AGREEMENT, GOOD_SETTLEMENT, ""))).containsExactly("CPRO-NUMERO×1");
        assertThat(ids(invoice("F 2026.1", GOOD_AGREEMENT, GOOD_SETTLEMENT, "")))
                .containsExactly("CPRO-NUMERO-CARACTERES×1");
    }

    @Test
    void theEngagementHoldsFiftyAndTheServiceCodeAHundred() {
        String engagement51 = GOOD_AGREEMENT.replace("EJ-1", "E".repeat(51));
        String engagement50 = GOOD_AGREEMENT.replace("EJ-1", "E".repeat(50));
        String service101 = GOOD_AGREEMENT.replace("SERV-01", "S".repeat(101));
        String service100 = GOOD_AGREEMENT.replace("SERV-01", "S".repeat(100));
        assertThat(ids(invoice("F1", engagement50, GOOD_SETTLEMENT, ""))).isEmpty();
        assertThat(ids(invoice("F1", service100, GOOD_SETTLEMENT, ""))).isEmpty();
        assertThat(ids(invoice("F1", engagement51, GOOD_SETTLEMENT, ""))).containsExactly("CPRO-ENGAGEMENT×1");
        assertThat(ids(invoice("F1", service101, GOOD_SETTLEMENT, ""))).containsExactly("CPRO-SERVICE×1");
    }

    @Test
    void theRecipientMustBeASiretWhetherGivenAsLegalIdOrGlobalId() {
        String badLegal = GOOD_AGREEMENT.replace("11000201100044", "11000201100045");
        String globalOnly = "<ram:BuyerTradeParty><ram:GlobalID schemeID=\"0088\">3012345678901</ram:GlobalID>"
                + "<ram:GlobalID schemeID=\"0009\">12345</ram:GlobalID></ram:BuyerTradeParty>";
        String otherScheme = "<ram:BuyerTradeParty><ram:SpecifiedLegalOrganization><ram:ID schemeID=\"0002\">123</ram:ID>"
                + "</ram:SpecifiedLegalOrganization></ram:BuyerTradeParty>";
        assertThat(ids(invoice("F1", badLegal, GOOD_SETTLEMENT, ""))).containsExactly("CPRO-SIRET×1");
        assertThat(ids(invoice("F1", globalOnly, GOOD_SETTLEMENT, ""))).containsExactly("CPRO-SIRET×1");
        assertThat(ids(invoice("F1", otherScheme, GOOD_SETTLEMENT, ""))).isEmpty();
        // a blank identifier is no identifier (EN 16931 says what is missing): the global id is read instead
        String blankLegal = "<ram:BuyerTradeParty><ram:SpecifiedLegalOrganization><ram:ID schemeID=\"0009\"> </ram:ID>"
                + "</ram:SpecifiedLegalOrganization></ram:BuyerTradeParty>";
        assertThat(ids(invoice("F1", blankLegal, GOOD_SETTLEMENT, ""))).isEmpty();
    }

    @Test
    void aDocumentThatIsNotACrossIndustryInvoiceIsLeftToTheSchema() {
        String ubl = "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\"><ID>"
                + "A".repeat(40) + "</ID></Invoice>";
        assertThat(ids(ubl)).isEmpty();
    }

    @Test
    void eachPaymentMeansWithoutItsCodeAndEachGrossAllowanceWithoutItsAmountIsCounted() {
        String means = "<ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode> </ram:TypeCode></ram:SpecifiedTradeSettlementPaymentMeans>"
                + GOOD_SETTLEMENT + "<ram:SpecifiedTradeSettlementPaymentMeans/>";
        String withAmount = "<ram:AppliedTradeAllowanceCharge><ram:ActualAmount>1</ram:ActualAmount></ram:AppliedTradeAllowanceCharge>";
        String without = "<ram:AppliedTradeAllowanceCharge><ram:ChargeIndicator/></ram:AppliedTradeAllowanceCharge>";
        String line1 = line(withAmount + without);
        String line2 = line(without + without);
        assertThat(ids(invoice("F1", GOOD_AGREEMENT, means, line1 + line2)))
                .containsExactly("CPRO-PAIEMENT×2", "CPRO-REMISE-PRIX-BRUT×3");
    }

    private static String line(String charges) {
        return "<ram:IncludedSupplyChainTradeLineItem><ram:SpecifiedLineTradeAgreement><ram:GrossPriceProductTradePrice>"
                + "<ram:ChargeAmount>10</ram:ChargeAmount>" + charges
                + "</ram:GrossPriceProductTradePrice></ram:SpecifiedLineTradeAgreement></ram:IncludedSupplyChainTradeLineItem>";
    }
}
