package fr.chorusdesk.ui.wizard;

import fr.chorusdesk.domain.DisplayFormats;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Amounts as people type them: {@code 1 200,50}, {@code 1200.50}, {@code 1.200,50}, with or
 * without a euro sign. The value keeps the decimals typed ({@code 1200,5} is 1200.5); the domain
 * checks the cents.
 */
final class AmountText {

    private static final Pattern GROUPING = Pattern.compile("[\\s\\u00a0\\u202f€]");

    private AmountText() {
    }

    static Optional<BigDecimal> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = GROUPING.matcher(text).replaceAll("");
        if (s.isEmpty()) {
            return Optional.empty();
        }
        int comma = s.lastIndexOf(',');
        int dot = s.lastIndexOf('.');
        if (comma >= 0 && dot >= 0) {
            // the last separator is the decimal one, the other groups thousands
            s = comma > dot ? s.replace(".", "").replace(',', '.') : s.replace(",", "");
        } else if (comma >= 0) {
            s = s.replace(',', '.');
        }
        try {
            return Optional.of(new BigDecimal(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** {@code 1 200,50} in French, {@code 1,200.50} in English, the scale kept. */
    static String format(BigDecimal amount, Locale locale) {
        return DisplayFormats.amount(amount, locale);
    }
}
