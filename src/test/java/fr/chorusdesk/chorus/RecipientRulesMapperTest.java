package fr.chorusdesk.chorus;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.chorus.api.ParametresStructure;
import fr.chorusdesk.domain.RecipientRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecipientRulesMapperTest {

    private static ParametresStructure flags(Boolean service, Boolean ej, Boolean either) {
        return new ParametresStructure(service, ej, either, false, false, false, false, false, false, false);
    }

    @ParameterizedTest(name = "service={0} ej={1} either={2} -> {3}")
    @CsvSource({
            "false, false, false, NONE",
            "true,  false, false, SERVICE_CODE",
            "false, true,  false, ENGAGEMENT_NUMBER",
            "true,  true,  false, SERVICE_CODE_AND_ENGAGEMENT_NUMBER",
            "false, false, true,  SERVICE_CODE_OR_ENGAGEMENT_NUMBER",
            "true,  true,  true,  SERVICE_CODE_OR_ENGAGEMENT_NUMBER",
            "true,  false, true,  SERVICE_CODE_OR_ENGAGEMENT_NUMBER"})
    void readsTheFlagsInTheReferenceOrder(boolean service, boolean ej, boolean either, RecipientRules expected) {
        assertThat(RecipientRulesMapper.fromParametres(flags(service, ej, either))).isEqualTo(expected);
    }

    @Test
    void missingFlagsCountAsFalse() {
        assertThat(RecipientRulesMapper.fromParametres(null)).isEqualTo(RecipientRules.NONE);
        assertThat(RecipientRulesMapper.fromParametres(flags(null, true, null)))
                .isEqualTo(RecipientRules.ENGAGEMENT_NUMBER);
    }

    @Test
    void rulesTellWhetherAnInvoiceMeetsThem() {
        assertThat(RecipientRules.SERVICE_CODE_OR_ENGAGEMENT_NUMBER.isSatisfiedBy(false, true)).isTrue();
        assertThat(RecipientRules.SERVICE_CODE_OR_ENGAGEMENT_NUMBER.isSatisfiedBy(false, false)).isFalse();
        assertThat(RecipientRules.SERVICE_CODE_AND_ENGAGEMENT_NUMBER.isSatisfiedBy(true, false)).isFalse();
        assertThat(RecipientRules.SERVICE_CODE.isSatisfiedBy(true, false)).isTrue();
        assertThat(RecipientRules.ENGAGEMENT_NUMBER.isSatisfiedBy(true, false)).isFalse();
        assertThat(RecipientRules.NONE.isSatisfiedBy(false, false)).isTrue();
        assertThat(RecipientRules.SERVICE_CODE_AND_ENGAGEMENT_NUMBER.serviceCodeRequired()).isTrue();
        assertThat(RecipientRules.SERVICE_CODE_OR_ENGAGEMENT_NUMBER.serviceCodeRequired()).isFalse();
    }
}
