package fr.chorusdesk.domain;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How dates and amounts are written for people, in every table, summary, message and export: one
 * place, so the same invoice never reads two ways. Days are {@code 04/03/2026} in both languages
 * (the users are French businesses; the portal writes them so); amounts follow the interface
 * language's separators.
 */
public final class DisplayFormats {

    /** A day: {@code 04/03/2026}; also what the date fields read. */
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** A moment to the minute: {@code 04/03/2026 14:05}. */
    public static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    /** A time of day to the second: {@code 14:05:09}. */
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private DisplayFormats() {
    }

    public static String day(LocalDate day) {
        return DAY.format(day);
    }

    public static String minute(LocalDateTime moment) {
        return MINUTE.format(moment);
    }

    /** An instant as the clock on the user's wall shows it. */
    public static String minute(Instant moment, ZoneId zone) {
        return MINUTE.format(moment.atZone(zone));
    }

    public static String time(Instant moment, ZoneId zone) {
        return TIME.format(moment.atZone(zone));
    }

    /** {@code 1 200,5} in French, {@code 1,200.5} in English: grouped, the decimals as given. */
    public static String amount(BigDecimal amount, Locale locale) {
        DecimalFormat format = new DecimalFormat("#,##0.##########",
                DecimalFormatSymbols.getInstance(MessageBundle.language(locale)));
        format.setMinimumFractionDigits(Math.max(0, amount.scale()));
        return format.format(amount);
    }

    /** A sum of euros: {@code 1 200,00 €} in French, {@code 1,200.00 €} in English; always the cents. */
    public static String money(BigDecimal amount, Locale locale) {
        return amount(amount.scale() < 2 ? amount.setScale(2) : amount, locale) + "\u00a0€";
    }
}
