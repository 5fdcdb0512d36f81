package fr.chorusdesk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SiretCheckTest {

    @Test
    void acceptsLuhnValidSiretsAndRefusesOthers() {
        assertThat(SiretCheck.isValid("11000201100044")).isTrue();
        assertThat(SiretCheck.isValid("11000201100045")).isFalse();
        assertThat(SiretCheck.isValid("1100020110004")).isFalse();
        assertThat(SiretCheck.isValid("1100020110004A")).isFalse();
        assertThat(SiretCheck.isValid(null)).isFalse();
    }

    @Test
    void laPosteEstablishmentsUseTheDigitSumRule() {
        // Not Luhn-valid, but its digits add up to a multiple of 5.
        assertThat(SiretCheck.luhn("35600000049837")).isFalse();
        assertThat(SiretCheck.isValid("35600000049837")).isTrue();
        assertThat(SiretCheck.isValid("35600000049838")).isFalse();
        // The head office follows the ordinary rule.
        assertThat(SiretCheck.isValid("35600000000048")).isTrue();
    }

    @Test
    void theOfficialFacturXSamplesCarryInvalidSirets() {
        assertThat(SiretCheck.isValid("99999999800010")).isFalse();
        assertThat(SiretCheck.isValid("78787878400035")).isFalse();
    }
}
