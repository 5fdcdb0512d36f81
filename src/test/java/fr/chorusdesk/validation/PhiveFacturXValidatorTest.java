package fr.chorusdesk.validation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.pdf.EmbeddedInvoiceXml;
import fr.chorusdesk.pdf.FacturXProfile;
import fr.chorusdesk.pdf.FacturXReader;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The validator on real files (the FNFE samples, as published) and on copies broken in one place,
 * each expected rule id taken from the rule's own text and worked out by hand on the XML.
 */
// the first validation of a JVM compiles the rule sets: tens of seconds on a loaded machine
@Timeout(value = 3, unit = java.util.concurrent.TimeUnit.MINUTES)
class PhiveFacturXValidatorTest {

    private static final FacturXValidator VALIDATOR = new PhiveFacturXValidator(ValidationPolicy.sourcedOnly());

    private static ValidationReport validate(String xml) {
        return VALIDATOR.validate("factur-x.xml", InvoiceXmls.bytes(xml));
    }

    private static ValidationReport sample(String file) throws URISyntaxException {
        Path path = Path.of(PhiveFacturXValidatorTest.class.getResource("/samples/facturx/" + file).toURI());
        EmbeddedInvoiceXml xml = new FacturXReader().invoiceXml(path).orElseThrow();
        return VALIDATOR.validate(xml.name(), xml.bytes());
    }

    @Test
    void aCompleteEn16931InvoiceIsValidUnderEveryRuleSet() {
        ValidationReport report = validate(InvoiceXmls.en16931("F-2026-001"));

        assertThat(report.findings()).isEmpty();
        assertThat(report.verdict()).isEqualTo(Verdict.VALID);
        assertThat(report.profile()).contains(FacturXProfile.EN16931);
        assertThat(report.ruleSets()).anyMatch(s -> s.contains("EN 16931 CII 1.3.16"))
                .anyMatch(s -> s.contains("BR-FR")).anyMatch(s -> s.contains("XSD EN16931"));
    }

    @Test
    void withoutThePaymentMeansCodeTheSchemaRefusesTheXmlBeforeBr49CanRun() {
        // BR-49 reads "A Payment instruction (BG-16) shall specify the Payment means type code (BT-81)";
        // but in the Factur-X schema TypeCode is the first, mandatory child of the payment means, so
        // the schema refuses the next element (the payee account) first and the Schematron never runs
        ValidationReport report = validate(InvoiceXmls.withoutPaymentMeansCode(InvoiceXmls.en16931("F-2026-002")));

        assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(ruleIds(report)).containsExactly("cvc-complex-type.2.4.a", "CPRO-PAIEMENT");
        assertThat(report.findings()).allMatch(f -> f.mainTerm().equals(Optional.of("BT-81")));
        assertThat(report.ruleSets()).noneMatch(s -> s.contains("1.3.16"));
    }

    @Test
    void totalsThatDoNotAddUpBreakBrCo15Only() {
        ValidationReport report = validate(InvoiceXmls.withWrongGrandTotal(InvoiceXmls.en16931("F-2026-003")));

        assertThat(ruleIds(report)).containsExactly("BR-CO-15");
        assertThat(report.findings().get(0).layer()).isEqualTo(RuleLayer.EN16931);
        assertThat(report.findings().get(0).terms()).containsExactly("BT-112", "BT-109", "BT-110");
        assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
    }

    @Test
    void anExemptBreakdownWithoutItsReasonBreaksBrE10AndWithItPasses() {
        ValidationReport without = validate(InvoiceXmls.exemptWithoutReason(InvoiceXmls.en16931("F-2026-004")));
        ValidationReport with = validate(InvoiceXmls.exemptWithReason(InvoiceXmls.en16931("F-2026-004")));

        assertThat(ruleIds(without)).containsExactly("BR-E-10");
        assertThat(without.verdict()).isEqualTo(Verdict.INVALID);
        assertThat(with.verdict()).isEqualTo(Verdict.VALID);
    }

    @Test
    void aMinimumFacturXIsCheckedByItsOwnProfileNotAsAnEn16931Invoice() {
        ValidationReport report = validate(InvoiceXmls.minimum("F-2026-005"));

        assertThat(report.verdict()).isEqualTo(Verdict.VALID);
        assertThat(report.profile()).contains(FacturXProfile.MINIMUM);
        // BR-16 (at least one line) would refuse every MINIMUM: the EN 16931 Schematron is not applied
        assertThat(report.ruleSets()).anyMatch(s -> s.contains("Schematron MINIMUM")).noneMatch(s -> s.contains("1.3.16"));
    }

    @Test
    void aMinimumWithoutTheSellersAddressBreaksBr08AndBr09() {
        String xml = InvoiceXmls.replaceOnce(InvoiceXmls.minimum("F-2026-006"),
                "<ram:PostalTradeAddress><ram:CountryID>FR</ram:CountryID></ram:PostalTradeAddress>", "");

        ValidationReport report = validate(xml);

        assertThat(ruleIds(report)).containsExactly("BR-08", "BR-09", "FX-SCH-A-000032");
        assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
    }

    @Test
    void theFnfeBasicCreditNoteCarriesACurrencyOnEveryAmountWhichEn16931NowRefuses() throws Exception {
        // CII-DT-031 "currencyID should not be present": 14 amounts carry currencyID, the VAT total
        // (BT-110) is the one allowed to, so 13 places break it
        ValidationReport report = sample("Avoir_FR_type381_BASIC.pdf");

        assertThat(report.profile()).contains(FacturXProfile.BASIC);
        assertThat(report.blocking()).extracting(ValidationFinding::ruleId).containsExactly("CII-DT-031");
        assertThat(report.blocking().get(0).occurrences()).isEqualTo(13);
        assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
    }

    @Test
    void theFnfeBasicWlInvoiceUsesCurrencyAttributesItsProfileDoesNotProvide() throws Exception {
        // 10 currencyID attributes, the VAT total's is the one the profile uses: 9 "not used" reports
        ValidationReport report = sample("Facture_FR_BASICWL.pdf");

        assertThat(report.profile()).contains(FacturXProfile.BASIC_WL);
        assertThat(ruleIds(report)).containsExactly(ValidationFinding.UNNAMED_FACTURX);
        assertThat(report.findings().get(0).occurrences()).isEqualTo(9);
        assertThat(report.ruleSets()).noneMatch(s -> s.contains("1.3.16"));
    }

    @Test
    void theFnfeMinimumInvoiceGivesTheBuyersAddressAndVatNumberItsProfileDoesNotProvide() throws Exception {
        // 3 currencyID besides the VAT total's, the buyer's postal address and VAT registration: 5 places
        ValidationReport report = sample("Facture_UE_MINIMUM.pdf");

        assertThat(report.profile()).contains(FacturXProfile.MINIMUM);
        assertThat(ruleIds(report)).containsExactly(ValidationFinding.UNNAMED_FACTURX);
        assertThat(report.findings().get(0).occurrences()).isEqualTo(5);
    }

    @Test
    void chorusProsOwnLimitsApplyToTheXmlsValues() {
        String xml = InvoiceXmls.en16931("F-2026-0000000000000007").replace(InvoiceXmls.BUYER_SIRET, "73282932000075");

        ValidationReport report = validate(xml);

        // 23 characters > 20 (numeroFacture varchar(20)); 73282932000075 fails the Luhn check
        assertThat(ruleIds(report)).contains("CPRO-NUMERO", "CPRO-SIRET");
        assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
    }

    @Test
    void frenchRulesAreRemarksUnlessTheUnconfirmedSwitchIsOn() {
        String xml = InvoiceXmls.en16931("F-2026-008").replaceAll("<ram:IncludedNote>.*</ram:IncludedNote>", "");

        ValidationReport sourced = validate(xml);
        ValidationReport strict = new PhiveFacturXValidator(new ValidationPolicy(true)).validate("factur-x.xml",
                InvoiceXmls.bytes(xml));

        assertThat(ruleIds(sourced)).containsExactly("BR-FR-05_BT-22_PMT", "BR-FR-05_BT-22_PMD", "BR-FR-05_BT-22_AAB");
        assertThat(sourced.verdict()).isEqualTo(Verdict.VALID_WITH_REMARKS);
        assertThat(ruleIds(strict)).isEqualTo(ruleIds(sourced));
        assertThat(strict.findings()).allMatch(f -> f.layer() == RuleLayer.FRANCE_CTC);
    }

    @Test
    void xmlThatIsNotWellFormedIsNotValidWithoutReachingTheRuleSets() {
        ValidationReport report = VALIDATOR.validate("factur-x.xml", "<rsm:Cross".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(ruleIds(report)).containsExactly("XML-MAL-FORME");
        assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
    }

    @Test
    void findingsAreToldInFrenchWithTheFieldTheRuleAndTheFix() {
        ValidationReport report = validate(InvoiceXmls.exemptWithoutReason(InvoiceXmls.en16931("F-2026-009")));
        ExplainedFinding told = new FindingTexts(Locale.FRENCH).explain(report.findings().get(0));

        assertThat(told.field()).isEqualTo("la ventilation de TVA (BG-23)");
        assertThat(told.message()).contains("motif d’exonération").doesNotContain("shall");
        assertThat(told.fix()).contains("article 261 du CGI");
        assertThat(told.details()).startsWith("Règle BR-E-10").contains("Exempt from VAT");
        assertThat(new FindingTexts(Locale.FRENCH).verdict(report.verdict())).isEqualTo("non valide");
    }

    /** The distinct rule ids of a report, in order. */
    private static List<String> ruleIds(ValidationReport report) {
        return report.findings().stream().map(ValidationFinding::ruleId).distinct().toList();
    }
}
