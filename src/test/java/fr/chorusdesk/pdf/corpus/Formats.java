package fr.chorusdesk.pdf.corpus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How different software writes amounts, rates and dates. */
final class Formats {

    static final char NBSP = '\u00a0';
    static final char NARROW_NBSP = '\u202f';

    private Formats() {
    }

    /** 1 234,56 with the given thousands separator (space, no-break space, narrow no-break space, dot). */
    static String fr(BigDecimal amount, char thousands) {
        return grouped(amount, thousands, ',');
    }

    static String fr(String amount, char thousands) {
        return fr(new BigDecimal(amount), thousands);
    }

    /** 1,234.56 */
    static String en(String amount) {
        return grouped(new BigDecimal(amount), ',', '.');
    }

    /** 1.234,56 */
    static String de(String amount) {
        return grouped(new BigDecimal(amount), '.', ',');
    }

    /** 1234,56: no thousands separator. */
    static String bare(String amount) {
        return new BigDecimal(amount).setScale(2, RoundingMode.UNNECESSARY).toPlainString().replace('.', ',');
    }

    private static String grouped(BigDecimal amount, char thousands, char decimal) {
        BigDecimal a = amount.setScale(2, RoundingMode.UNNECESSARY);
        String digits = a.abs().toPlainString();
        String whole = digits.substring(0, digits.indexOf('.'));
        String cents = digits.substring(digits.indexOf('.') + 1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                out.append(thousands);
            }
            out.append(whole.charAt(i));
        }
        return (a.signum() < 0 ? "-" : "") + out + decimal + cents;
    }

    /** 20 → "20", 5.5 → "5,5" */
    static String rateFr(String rate) {
        return new BigDecimal(rate).stripTrailingZeros().toPlainString().replace('.', ',');
    }

    /** 20 → "20,00" */
    static String rateFr2(String rate) {
        return new BigDecimal(rate).setScale(2, RoundingMode.UNNECESSARY).toPlainString().replace('.', ',');
    }

    static String rateEn(String rate) {
        return new BigDecimal(rate).stripTrailingZeros().toPlainString();
    }

    static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    static String dmy(String iso, char sep) {
        return date(iso).format(DateTimeFormatter.ofPattern("dd" + sep + "MM" + sep + "yyyy"));
    }

    static String frWords(String iso) {
        LocalDate d = date(iso);
        String day = d.getDayOfMonth() == 1 ? "1er" : String.valueOf(d.getDayOfMonth());
        return day + " " + d.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH));
    }

    /** 12 Mar 2026 */
    static String enShort(String iso) {
        return date(iso).format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH));
    }

    /** March 4, 2026 */
    static String enLong(String iso) {
        return date(iso).format(DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH));
    }

    /** 216 901 234 00015 */
    static String siretSpaced(String siret) {
        return siret.substring(0, 3) + " " + siret.substring(3, 6) + " " + siret.substring(6, 9) + " "
                + siret.substring(9);
    }

    static BigDecimal neg(String amount) {
        return new BigDecimal(amount).negate();
    }
}
