package fr.chorusdesk.pdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds an invoice's values in the text its pages show: an invoice number, an amount, a date, a
 * SIRET, each as people write them (« 1 200,00 € », « 09/03/2026 », « 9 mars 2026 »,
 * « 110 002 011 00044 »), and what the pages introduce as invoice numbers (« Facture n° … ») and as
 * the total with VAT. Stateless.
 */
public final class VisibleValues {

    private static final Pattern SPACES = Pattern.compile("[\\u00a0\\u202f\\u2007\\u2009]");
    private static final Pattern DIGIT_SEPARATORS = Pattern.compile("(?<=\\d)[ .\\u00a0\\u202f\\u2009]+(?=\\d)");

    /** A value as a page shows it. */
    public record Shown(String value, int page) {
    }

    private VisibleValues() {
    }

    /**
     * The pages where this identifier appears as a word of its own, without regard to case:
     * « FA-2026-001 » is not found in « FA-2026-0010 », nor « 2026-001 » in « FA-2026-001 ».
     */
    public static List<Integer> pagesShowingIdentifier(VisibleText text, String identifier) {
        String wanted = identifier.strip();
        if (wanted.isEmpty()) {
            return List.of();
        }
        // invoice numbers hold - _ / + and dots: « 2026-001 » is not « FA-2026-001 », but « FA-1. » ends a sentence
        Pattern pattern = Pattern.compile("(?<![\\p{L}\\p{N}_/+.-])" + Pattern.quote(wanted)
                        + "(?![\\p{L}\\p{N}_/+]|[.-][\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return pagesMatching(text, page -> pattern.matcher(page).find());
    }

    /** The pages where this amount is written, in any of the usual French or English forms. */
    public static List<Integer> pagesShowingAmount(VisibleText text, BigDecimal amount) {
        Pattern forms = amountForms(amount);
        return pagesMatching(text, page -> forms.matcher(SPACES.matcher(page).replaceAll(" ")).find());
    }

    /**
     * The pages where this date is written (31/12/2026, 31-12-2026, 2026-12-31, 31 décembre 2026…,
     * or month first as in English, 12/31/2026).
     */
    public static List<Integer> pagesShowingDate(VisibleText text, LocalDate date) {
        // an English invoice may write 11/03/2017 for 3 November (month first)
        Optional<LocalDate> monthFirst = date.getDayOfMonth() <= 12 && date.getDayOfMonth() != date.getMonthValue()
                ? Optional.of(LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue()))
                : Optional.empty();
        // every form read writes the year in full: lines without it are not parsed
        String year = String.valueOf(date.getYear());
        return pagesMatching(text, page -> page.lines().filter(line -> line.contains(year)).anyMatch(line -> {
            List<LocalDate> written = Values.dates(line).stream().map(Values.Found::value).toList();
            return written.contains(date) || monthFirst.filter(written::contains).isPresent();
        }));
    }

    /** The pages where these digits (a SIRET) are written, spaces or dots between them allowed. */
    public static List<Integer> pagesShowingDigits(VisibleText text, String digits) {
        Pattern pattern = Pattern.compile("(?<!\\d)" + Pattern.quote(digits) + "(?!\\d)");
        return pagesMatching(text, page -> pattern.matcher(DIGIT_SEPARATORS.matcher(page).replaceAll("")).find());
    }

    /**
     * What the pages introduce as invoice numbers (« Facture n° … », « N° de facture … »), each
     * distinct number once (without regard to case) with the first page that shows it.
     */
    public static List<Shown> invoiceNumbersShown(VisibleText text) {
        Map<String, Shown> found = new LinkedHashMap<>();
        Optional.ofNullable(read(text.pages()).get(HintKind.INVOICE_NUMBER)).ifPresent(reading -> {
            found.put(reading.best().value().toUpperCase(Locale.ROOT),
                    new Shown(reading.best().value(), reading.best().page()));
            for (Candidate other : reading.alternatives()) {
                found.putIfAbsent(other.value().toUpperCase(Locale.ROOT), new Shown(other.value(), other.page()));
            }
        });
        return List.copyOf(found.values());
    }

    /**
     * The invoice number each page introduces first (its heading: « Facture n° … »), with the pages
     * it heads, keyed without regard to case. A number cited further down a page (a credit note's
     * « annule la facture n° … ») heads nothing.
     */
    public static Map<String, Set<Integer>> leadingInvoiceNumbers(VisibleText text) {
        Map<String, Set<Integer>> pages = new LinkedHashMap<>();
        for (PageText page : text.pages()) {
            // only the lines that may introduce a number are read, in order, until one does
            page.text().lines().filter(VisibleValues::mayIntroduceANumber)
                    .map(line -> Optional.ofNullable(read(List.of(new PageText(page.page(), line)))
                            .get(HintKind.INVOICE_NUMBER)).map(r -> r.best().value()))
                    .flatMap(Optional::stream).findFirst()
                    .ifPresent(number -> pages.computeIfAbsent(number.toUpperCase(Locale.ROOT),
                            k -> new LinkedHashSet<>()).add(page.page()));
        }
        return pages;
    }

    private static final Pattern NUMBER_WORDS = Pattern.compile("(?iu)factur|avoir|invoice|n\\s*[°º]");

    private static boolean mayIntroduceANumber(String line) {
        return NUMBER_WORDS.matcher(line).find();
    }

    /** The total with VAT the pages show (« Total TTC 1 200,00 € »), as the plain-PDF reading finds it. */
    public static Optional<Shown> totalInclTaxShown(VisibleText text) {
        return Optional.ofNullable(read(text.pages()).get(HintKind.AMOUNT_TTC))
                .map(r -> new Shown(r.best().value(), r.best().page()));
    }

    /** The pages' text read as the plain-PDF suggestions read it, by labels and the values beside them. */
    private static Map<HintKind, FieldReading> read(List<PageText> pages) {
        List<PositionedPage> positioned = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            positioned.add(PositionedPage.ofText(pages.get(i).page(), i == pages.size() - 1, pages.get(i).text()));
        }
        return READER.read(positioned);
    }

    private static final PlainInvoiceReader READER = new PlainInvoiceReader();

    private interface PageTest {
        boolean test(String pageText);
    }

    private static List<Integer> pagesMatching(VisibleText text, PageTest test) {
        List<Integer> pages = new ArrayList<>();
        for (PageText page : text.pages()) {
            if (test.test(page.text())) {
                pages.add(page.page());
            }
        }
        return pages;
    }

    /**
     * 1200.00 as 1200.00, 1200,00, 1 200,00, 1.200,00, 1,200.00 or 1'200.00; a whole amount also
     * without its cents (1 200 €). Never inside a longer number.
     */
    private static Pattern amountForms(BigDecimal amount) {
        BigDecimal cents = amount.setScale(2, RoundingMode.HALF_UP).abs();
        String whole = cents.toBigInteger().toString();
        String fraction = cents.toPlainString().substring(cents.toPlainString().indexOf('.') + 1);
        List<String> grouped = new ArrayList<>();
        grouped.add(Pattern.quote(whole));
        if (whole.length() > 3) {
            for (String separator : List.of(" ", ".", ",", "'")) {
                grouped.add(Pattern.quote(group(whole, separator)));
            }
        }
        // one pattern for all the forms: the page is read once
        String wholes = "(?:" + String.join("|", grouped) + ")";
        String ending = fraction.equals("00")
                // « 1 200 € »: the whole amount too, not followed by decimals of another value
                ? "(?:[.,]00(?!\\d)|(?![\\d]|[.,]\\d))"
                : "[.,]" + fraction + "(?!\\d)";
        return Pattern.compile("(?<![\\d.,])" + wholes + ending);
    }

    private static String group(String digits, String separator) {
        StringBuilder out = new StringBuilder();
        int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        out.append(digits, 0, first);
        for (int i = first; i < digits.length(); i += 3) {
            out.append(separator).append(digits, i, i + 3);
        }
        return out.toString();
    }
}
