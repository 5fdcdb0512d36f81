package fr.chorusdesk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.domain.InvoiceNumberRule.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Expected values from the platform's limits: varchar(20), letters, digits and - _ / +, not a date. */
class InvoiceNumberRuleTest {

    @ParameterizedTest
    @ValueSource(strings = {"FA-2026-0042", "A", "2026/03/0001", "F+1_x", "12345678901234567890", "20261305", "123"})
    void acceptsWhatThePlatformTakes(String number) {
        assertThat(InvoiceNumberRule.check(number)).isEmpty();
        assertThat(InvoiceNumberRule.isValid(number)).isTrue();
    }

    @Test
    void twentyCharactersAreFineTwentyOneAreNot() {
        assertThat(InvoiceNumberRule.check("X".repeat(20))).isEmpty();
        assertThat(InvoiceNumberRule.check("X".repeat(21))).contains(Problem.TOO_LONG);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void refusesBlank(String number) {
        assertThat(InvoiceNumberRule.check(number)).contains(Problem.EMPTY);
    }

    @Test
    void refusesNull() {
        assertThat(InvoiceNumberRule.check(null)).contains(Problem.EMPTY);
        assertThat(InvoiceNumberRule.isValid(null)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"FA 2026", "FACTURÉ-1", "FA.2026", "FA#1", "FA:1"})
    void refusesOtherCharacters(String number) {
        assertThat(InvoiceNumberRule.check(number)).contains(Problem.FORBIDDEN_CHARACTERS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"20230305", "20260305", "05032026", "2026-03-05", "05/03/2026", "2024-02-29"})
    void refusesANumberThatIsOnlyADate(String number) {
        assertThat(InvoiceNumberRule.check(number)).contains(Problem.ONLY_A_DATE);
    }

    @ParameterizedTest
    // 13th month, 30 February, 2023 is not a leap year, a date with a suffix
    @ValueSource(strings = {"20261305", "20260230", "2023-02-29", "20260305-1", "FA20260305"})
    void aDateLookalikeThatIsNoDateOrHasMoreIsFine(String number) {
        assertThat(InvoiceNumberRule.check(number)).isEmpty();
    }
}
