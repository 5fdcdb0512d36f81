package fr.chorusdesk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SiretTest {

    @Test
    void acceptsANumberPassingLuhn() {
        assertThat(Siret.isValid("73282932000074")).isTrue();
        assertThat(new Siret("73282932000074").siren()).isEqualTo("732829320");
    }

    @Test
    void laPosteEstablishmentsPassOnTheSumOfTheirDigits() {
        // fails Luhn, digit sum 45
        assertThat(Luhn.passes("35600000049837")).isFalse();
        assertThat(Siret.isValid("35600000049837")).isTrue();
        // the head office passes Luhn like anyone else
        assertThat(Siret.isValid("35600000000048")).isTrue();
        // digit sum 46: neither rule
        assertThat(Siret.isValid("35600000049838")).isFalse();
        // a letter is no digit, even where the sum of the character codes would come out right
        assertThat(Siret.isValid("356000000049A1")).isFalse();
    }

    @Test
    void theSumOfDigitsRuleIsOnlyForLaPoste() {
        // digit sum 55, fails Luhn, other SIREN
        assertThat(Siret.isValid("12345678901234")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"99999999800010", "78787878400035", "7328293200007", "732829320000740", "7328293200007A", ""})
    void rejectsWhatFailsTheCheckOrIsNot14Digits(String text) {
        assertThat(Siret.isValid(text)).isFalse();
        assertThat(Siret.parse(text)).isEmpty();
    }

    @Test
    void parseIgnoresSpacesButNeverFixesDigits() {
        assertThat(Siret.parse("732 829 320 00074")).contains(new Siret("73282932000074"));
        assertThat(Siret.parse("732 829 320 00075")).isEmpty();
        assertThat(Siret.parse(null)).isEmpty();
        assertThat(Siret.isValid(null)).isFalse();
    }

    @Test
    void constructorRefusesAnInvalidNumber() {
        assertThatThrownBy(() -> new Siret("99999999800010")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void luhnHandlesSirenToo() {
        assertThat(Luhn.passes("732829320")).isTrue();
        assertThat(Luhn.passes("732829321")).isFalse();
        assertThat(Luhn.passes("")).isFalse();
        assertThat(Luhn.passes(null)).isFalse();
    }

    @Test
    void luhnRefusesAnythingButDigits() {
        // "/" and ":" sit just before "0" and just after "9"; 0 and 9 themselves are digits
        assertThat(Luhn.passes("7328/9320")).isFalse();
        assertThat(Luhn.passes("7328:9320")).isFalse();
        assertThat(Luhn.passes("0")).isTrue();
        assertThat(Luhn.passes("9")).isFalse();
        // 5 doubled is 10, counted as 1: 1 + 9 = 10
        assertThat(Luhn.passes("59")).isTrue();
    }
}
