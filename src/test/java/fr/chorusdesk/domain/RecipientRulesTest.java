package fr.chorusdesk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each rule against the four ways an invoice can carry (or not) a service code and an engagement
 * number. Expected values from the reference's reading of the structure's {@code parametres}:
 * {@code gestionNumeroEJOuCodeService} asks for one of the two, {@code codeServiceDoitEtreRenseigne}
 * and {@code numeroEJDoitEtreRenseigne} each make theirs mandatory.
 */
class RecipientRulesTest {

    @ParameterizedTest(name = "{0} service={1} engagement={2} -> {3}")
    @CsvSource({
            "NONE,                               false, false, true",
            "NONE,                               true,  true,  true",
            "SERVICE_CODE,                       false, false, false",
            "SERVICE_CODE,                       true,  false, true",
            "SERVICE_CODE,                       false, true,  false",
            "SERVICE_CODE,                       true,  true,  true",
            "ENGAGEMENT_NUMBER,                  false, false, false",
            "ENGAGEMENT_NUMBER,                  true,  false, false",
            "ENGAGEMENT_NUMBER,                  false, true,  true",
            "ENGAGEMENT_NUMBER,                  true,  true,  true",
            "SERVICE_CODE_AND_ENGAGEMENT_NUMBER, false, false, false",
            "SERVICE_CODE_AND_ENGAGEMENT_NUMBER, true,  false, false",
            "SERVICE_CODE_AND_ENGAGEMENT_NUMBER, false, true,  false",
            "SERVICE_CODE_AND_ENGAGEMENT_NUMBER, true,  true,  true",
            "SERVICE_CODE_OR_ENGAGEMENT_NUMBER,  false, false, false",
            "SERVICE_CODE_OR_ENGAGEMENT_NUMBER,  true,  false, true",
            "SERVICE_CODE_OR_ENGAGEMENT_NUMBER,  false, true,  true",
            "SERVICE_CODE_OR_ENGAGEMENT_NUMBER,  true,  true,  true"})
    void anInvoiceMeetsTheRuleOrNot(RecipientRules rule, boolean service, boolean engagement, boolean met) {
        assertThat(rule.isSatisfiedBy(service, engagement)).isEqualTo(met);
    }

    /** "Either one" makes neither mandatory on its own: the wizard must not mark both fields required. */
    @ParameterizedTest(name = "{0}: service required={1}, engagement required={2}")
    @CsvSource({
            "NONE,                               false, false",
            "SERVICE_CODE,                       true,  false",
            "ENGAGEMENT_NUMBER,                  false, true",
            "SERVICE_CODE_AND_ENGAGEMENT_NUMBER, true,  true",
            "SERVICE_CODE_OR_ENGAGEMENT_NUMBER,  false, false"})
    void whatEachRuleMakesMandatoryOnItsOwn(RecipientRules rule, boolean service, boolean engagement) {
        assertThat(rule.serviceCodeRequired()).isEqualTo(service);
        assertThat(rule.engagementNumberRequired()).isEqualTo(engagement);
    }
}
