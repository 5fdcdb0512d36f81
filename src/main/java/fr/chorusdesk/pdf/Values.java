package fr.chorusdesk.pdf;

import fr.chorusdesk.domain.Siret;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads values the way invoices write them: amounts in French, English and German formats
 * (1 234,56 · 1 234,56 with no-break spaces · 1.234,56 · 1,234.56 · -€500.00 · (12,00)), rates
 * (20 %, 5,5%), dates (14/03/2026, 14.03.2026, 2026-03-14, 3 février 2026, 12 Mar 2026,
 * March 4, 2026, 12. März 2026), identifiers and SIRET numbers. Each value says where it is in the
 * text, so that its place on the page is known.
 */
final class Values {

    /** A value found in a text, over characters {@code start} to {@code end}. */
    record Found<T>(T value, int start, int end) {
    }

    private static final String SPACES = " \u00a0\u202f\u2009\u2007";
    /**
     * At most 15 integer digits (Chorus Pro amounts are decimal(19,6)): a run of thousands of digits
     * is no amount, and making a BigDecimal of it takes seconds.
     */
    private static final Pattern AMOUNT = Pattern.compile(
            "(?<![\\d.,])(\\(?)([-−–][" + SPACES + "]?)?(?:€|EUR|eur|Eur)?[" + SPACES + "]?((?:\\d{1,3}(?:[" + SPACES + ".,'’]\\d{3}){1,4}|\\d{1,15})[.,]\\d{2})"
                    + "(?![\\d])(?![.,]\\d)([" + SPACES + "]?%)?");
    private static final Pattern RATE = Pattern.compile("(?<![\\d.,])(\\d{1,2}(?:[.,]\\d{1,2})?)[" + SPACES + "]?%");
    private static final Pattern DATE_NUMERIC = Pattern.compile(
            "(?<![\\d.,/])(\\d{1,2})([/.\\-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d])");
    private static final Pattern DATE_ISO = Pattern.compile("(?<![\\d.,/])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d])");
    private static final String MONTH_WORDS = "janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre"
            + "|novembre|d[ée]cembre|january|february|march|april|may|june|july|august|september|october|november"
            + "|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|januar|februar|m[äa]rz|juni|juli|oktober"
            + "|dezember|janv|f[ée]vr|avr|juil|d[ée]c";
    private static final Pattern DATE_DAY_MONTH = Pattern.compile(
            "(?iu)(?<!\\d)(\\d{1,2})(?:er|st|nd|rd|th)?\\.?\\s+(" + MONTH_WORDS + ")\\.?,?\\s+(\\d{4})(?!\\d)");
    private static final Pattern DATE_MONTH_DAY = Pattern.compile(
            "(?iu)(?<![\\p{L}])(" + MONTH_WORDS + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)");
    private static final Pattern IDENTIFIER = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}/_.+\\-]*");
    private static final Pattern SIRET = Pattern.compile(
            "(?<![\\d])(\\d{3}[" + SPACES + "]?\\d{3}[" + SPACES + "]?\\d{3}[" + SPACES + "]?\\d{5})(?![\\d])");
    private static final Pattern SIREN = Pattern.compile(
            "(?<![\\d])(\\d{3}[" + SPACES + "]?\\d{3}[" + SPACES + "]?\\d{3})(?=[" + SPACES + "]?\\d{5}(?!\\d)|(?![\\d]))");
    private static final Pattern FRENCH_VAT = Pattern.compile("FR\\s?[0-9A-Z]{2}\\s?(\\d{3}\\s?\\d{3}\\s?\\d{3})(?!\\d)");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("janvier", 1), Map.entry("janv", 1), Map.entry("january", 1), Map.entry("jan", 1),
            Map.entry("januar", 1), Map.entry("fevrier", 2), Map.entry("fevr", 2), Map.entry("february", 2),
            Map.entry("feb", 2), Map.entry("februar", 2), Map.entry("mars", 3), Map.entry("march", 3),
            Map.entry("mar", 3), Map.entry("marz", 3), Map.entry("avril", 4), Map.entry("avr", 4),
            Map.entry("april", 4), Map.entry("apr", 4), Map.entry("mai", 5), Map.entry("may", 5),
            Map.entry("juin", 6), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("juni", 6),
            Map.entry("juillet", 7), Map.entry("juil", 7), Map.entry("july", 7), Map.entry("jul", 7),
            Map.entry("juli", 7), Map.entry("aout", 8), Map.entry("august", 8), Map.entry("aug", 8),
            Map.entry("septembre", 9), Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9),
            Map.entry("octobre", 10), Map.entry("october", 10), Map.entry("oct", 10), Map.entry("oktober", 10),
            Map.entry("novembre", 11), Map.entry("november", 11), Map.entry("nov", 11), Map.entry("decembre", 12),
            Map.entry("dec", 12), Map.entry("december", 12), Map.entry("dezember", 12));
    /** Words that follow a label without being its value (« Facture du 12/03 », « n° de … »). */
    private static final java.util.Set<String> NOT_IDENTIFIERS = java.util.Set.of("du", "de", "des", "le", "la",
            "the", "of", "vom", "der", "n°", "no", "nr", "eur", "euros", "ttc", "ht", "date", "page");

    private Values() {
    }

    /** Every amount of the text (a rate like « 20,00 % » is none), with its sign. */
    static List<Found<BigDecimal>> amounts(String text) {
        List<Found<BigDecimal>> found = new ArrayList<>();
        Matcher m = AMOUNT.matcher(text);
        while (m.find()) {
            if (m.group(4) != null) {
                continue;
            }
            String number = m.group(3);
            char decimal = number.charAt(number.length() - 3);
            String digits = number.substring(0, number.length() - 3).replaceAll("[^0-9]", "");
            // 1.234 or 1,234 with no decimals would be ambiguous; two decimals are always required
            if (decimal != ',' && decimal != '.') {
                continue;
            }
            BigDecimal value = new BigDecimal(digits + "." + number.substring(number.length() - 2));
            boolean negative = m.group(2) != null
                    || (!m.group(1).isEmpty() && m.end() < text.length() && text.charAt(m.end()) == ')');
            found.add(new Found<>(negative ? value.negate() : value, m.start(), m.end()));
        }
        return found;
    }

    /** Every rate in percent (« 20 % » → 20, « 5,5% » → 5.5). */
    static List<Found<BigDecimal>> rates(String text) {
        List<Found<BigDecimal>> found = new ArrayList<>();
        Matcher m = RATE.matcher(text);
        while (m.find()) {
            found.add(new Found<>(new BigDecimal(m.group(1).replace(',', '.')), m.start(), m.end()));
        }
        return found;
    }

    /** Every real date of the text, in the order written; impossible dates (31/02) are none. */
    static List<Found<LocalDate>> dates(String text) {
        return dates(text, false);
    }

    /**
     * The same, numeric dates read month first (11/17/2017) when {@code monthFirst}: what a page
     * from a US program does, which {@link #monthFirst(String)} tells.
     */
    static List<Found<LocalDate>> dates(String text, boolean monthFirst) {
        List<Found<LocalDate>> found = new ArrayList<>();
        Matcher numeric = DATE_NUMERIC.matcher(text);
        while (numeric.find()) {
            int year = Integer.parseInt(numeric.group(4));
            int first = Integer.parseInt(numeric.group(1));
            int second = Integer.parseInt(numeric.group(3));
            boolean slash = "/".equals(numeric.group(2));
            date(year < 100 ? 2000 + year : year, monthFirst && slash ? first : second,
                    monthFirst && slash ? second : first, numeric.start(), numeric.end(), found);
        }
        Matcher iso = DATE_ISO.matcher(text);
        while (iso.find()) {
            date(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)),
                    iso.start(), iso.end(), found);
        }
        Matcher dm = DATE_DAY_MONTH.matcher(text);
        while (dm.find()) {
            date(Integer.parseInt(dm.group(3)), month(dm.group(2)), Integer.parseInt(dm.group(1)), dm.start(),
                    dm.end(), found);
        }
        Matcher md = DATE_MONTH_DAY.matcher(text);
        while (md.find()) {
            date(Integer.parseInt(md.group(3)), month(md.group(1)), Integer.parseInt(md.group(2)), md.start(),
                    md.end(), found);
        }
        found.sort(java.util.Comparator.comparingInt(Found::start));
        return found;
    }

    /**
     * What the numeric dates of a text say of their order: TRUE when one can only be month first
     * (11/17/2017), FALSE when one can only be day first (17/11/2017), empty when none tells.
     */
    static Optional<Boolean> monthFirst(String text) {
        Matcher numeric = DATE_NUMERIC.matcher(text);
        Optional<Boolean> seen = Optional.empty();
        while (numeric.find()) {
            if (!"/".equals(numeric.group(2))) {
                continue;
            }
            int first = Integer.parseInt(numeric.group(1));
            int second = Integer.parseInt(numeric.group(3));
            if (second > 12 && first <= 12) {
                seen = Optional.of(Boolean.TRUE);
            } else if (first > 12 && second <= 12) {
                return Optional.of(Boolean.FALSE);
            }
        }
        return seen;
    }

    private static int month(String word) {
        return MONTHS.getOrDefault(Tokens.fold(word).replace(".", ""), 0);
    }

    private static void date(int year, int month, int day, int start, int end, List<Found<LocalDate>> found) {
        if (year < 1990 || year > 2100 || month == 0) {
            return;
        }
        try {
            found.add(new Found<>(LocalDate.of(year, month, day), start, end));
        } catch (DateTimeException e) {
            // 31/02/2024 and the like are not dates
        }
    }

    /**
     * The first identifier of the text (an invoice, order or contract number): letters, digits and
     * / _ . + -, at most 50 characters. {@code needsDigit}: numbers have one, service codes may not.
     */
    static Optional<Found<String>> identifier(String text, boolean needsDigit) {
        Matcher m = IDENTIFIER.matcher(text);
        while (m.find()) {
            String value = m.group().replaceAll("[.\\-/+]+$", "");
            if (value.isEmpty() || NOT_IDENTIFIERS.contains(Tokens.fold(value))) {
                continue;
            }
            boolean digit = value.chars().anyMatch(Character::isDigit);
            if (value.length() > 50 || (needsDigit && !digit) || (!needsDigit && !digit && !isCode(value))
                    || !dates(value).isEmpty() || !amounts(value).isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Found<>(value, m.start(), m.start() + value.length()));
        }
        return Optional.empty();
    }

    /** A service code without digits is written in capitals (DAF, DSI-ACHATS). */
    private static boolean isCode(String value) {
        return value.length() >= 2 && value.equals(value.toUpperCase(java.util.Locale.ROOT));
    }

    /** Every SIRET of the text that passes its check, as 14 digits. */
    static List<Found<String>> sirets(String text) {
        List<Found<String>> found = new ArrayList<>();
        Matcher m = SIRET.matcher(text);
        while (m.find()) {
            Optional<Siret> siret = Siret.parse(m.group(1));
            if (siret.isPresent()) {
                found.add(new Found<>(siret.get().value(), m.start(), m.end()));
            }
        }
        return found;
    }

    /**
     * The SIREN numbers a text names: nine digits (spaces allowed, as in « RCS Lyon 812 345 676 »),
     * the first nine of a SIRET, and those inside a French VAT number (FR12812345676).
     */
    static List<String> sirens(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = SIREN.matcher(text);
        while (m.find()) {
            found.add(m.group(1).replaceAll("[^0-9]", ""));
        }
        Matcher vat = FRENCH_VAT.matcher(text);
        while (vat.find()) {
            found.add(vat.group(1).replaceAll("[^0-9]", ""));
        }
        return found;
    }
}
