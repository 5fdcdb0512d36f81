package fr.chorusdesk.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AmountTextTest {

    @Test
    void readsTheWaysPeopleTypeAmounts() {
        assertThat(AmountText.parse("1 200,50")).contains(new BigDecimal("1200.50"));
        assertThat(AmountText.parse("1\u202f200,50 €")).contains(new BigDecimal("1200.50"));
        assertThat(AmountText.parse("1200.50")).contains(new BigDecimal("1200.50"));
        assertThat(AmountText.parse("1.200,50")).contains(new BigDecimal("1200.50"));
        assertThat(AmountText.parse("1,200.50")).contains(new BigDecimal("1200.50"));
        assertThat(AmountText.parse("1200,5")).contains(new BigDecimal("1200.5"));
        assertThat(AmountText.parse("  ")).isEmpty();
        assertThat(AmountText.parse("douze")).isEmpty();
    }

    @Test
    void writesThemInTheUsersFormatWithTheirScale() {
        assertThat(AmountText.format(new BigDecimal("1200.50"), Locale.ENGLISH)).isEqualTo("1,200.50");
        assertThat(AmountText.parse(AmountText.format(new BigDecimal("1200.00"), Locale.FRENCH)))
                .contains(new BigDecimal("1200.00"));
        assertThat(AmountText.format(new BigDecimal("1200.00"), Locale.FRENCH)).endsWith("200,00");
    }
}
