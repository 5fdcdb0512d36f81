package fr.chorusdesk.ui.wizard;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
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
    /**
     * Longer is no amount anyone types. BigDecimal also reads exponents ("1E+999999999"), and adding
     * such a value to another overflowed in the step's listeners: exponents are refused too.
     */
    private static final int MAX_LENGTH = 40;

    private AmountText() {
    }

    static Optional<BigDecimal> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = GROUPING.matcher(text).replaceAll("");
        if (s.isEmpty() || s.length() > MAX_LENGTH || s.indexOf('e') >= 0 || s.indexOf('E') >= 0) {
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
        DecimalFormat format = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(locale));
        format.setMinimumFractionDigits(Math.max(0, amount.scale()));
        format.setParseBigDecimal(true);
        return format.format(amount);
    }
}
