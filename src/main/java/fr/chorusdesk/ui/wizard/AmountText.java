package fr.chorusdesk.ui.wizard;

import fr.chorusdesk.domain.DisplayFormats;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * Amounts as people type them: {@code 1 200,50}, {@code 1200.50}, {@code 1.200,50}, with or
 * without a euro sign. The value keeps the decimals typed ({@code 1200,5} is 1200.5); the domain
 * checks the cents.
 */
final class AmountText {

    private AmountText() {
    }

    static Optional<BigDecimal> parse(String text) {
        return fr.chorusdesk.service.DraftFieldText.amount(text);
    }

    /** {@code 1 200,50} in French, {@code 1,200.50} in English, the scale kept. */
    static String format(BigDecimal amount, Locale locale) {
        return DisplayFormats.amount(amount, locale);
    }
}
