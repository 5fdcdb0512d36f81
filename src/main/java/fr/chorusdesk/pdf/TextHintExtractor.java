package fr.chorusdesk.pdf;

import fr.chorusdesk.domain.Siret;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Suggests invoice facts found in the text of a plain PDF: invoice number, dates, SIRET numbers
 * that pass their check, and amounts next to HT / TVA / TTC. Each suggestion says where it was
 * found. Stateless and thread-safe.
 */
public final class TextHintExtractor {

    private static final int CONTEXT_MAX = 100;

    private static final Pattern NUMBER = Pattern.compile(
            "(?iu)(?:\\b(?:facture|avoir|invoice)\\s*(?:n\\s*[°ºo]\\.?|num[ée]ro|no\\.?|nr\\.?|#)"
                    + "|\\bn\\s*[°º]\\s*(?:de\\s+)?(?:la\\s+)?(?:facture|l['’]avoir|avoir))"
                    + "\\s*[:.]?\\s*([A-Za-z0-9][A-Za-z0-9_/+.-]{0,29})");
    private static final Pattern DATE_NUMERIC = Pattern.compile("(?<!\\d)(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?!\\d)");
    private static final Pattern DATE_ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    private static final Pattern DATE_WORDS = Pattern.compile(
            "(?iu)(?<!\\d)(\\d{1,2})(?:er)?\\s+(janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|"
                    + "octobre|novembre|d[ée]cembre)\\s+(\\d{4})(?!\\d)");
    private static final Pattern SIRET = Pattern.compile(
            "(?<![\\d])(\\d{3}[ \\u00a0\\u202f]?\\d{3}[ \\u00a0\\u202f]?\\d{3}[ \\u00a0\\u202f]?\\d{5})(?![\\d])");
    private static final Pattern AMOUNT = Pattern.compile(
            "(?<![\\d,.])(\\d{1,3}(?:[ .\\u00a0\\u202f]\\d{3})+|\\d+)[,.](\\d{2})(?![\\d])(?!\\s*%)");
    private static final Pattern KEYWORD = Pattern.compile("(?u)\\b(HT|H\\.T\\.|TVA|T\\.V\\.A\\.|TTC|T\\.T\\.C\\.)(?![\\w])");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("janvier", 1), Map.entry("fevrier", 2), Map.entry("mars", 3), Map.entry("avril", 4),
            Map.entry("mai", 5), Map.entry("juin", 6), Map.entry("juillet", 7), Map.entry("aout", 8),
            Map.entry("septembre", 9), Map.entry("octobre", 10), Map.entry("novembre", 11), Map.entry("decembre", 12));

    private final PageTextSampler sampler = new PageTextSampler();

    /** Reads the first pages and the last one of an open document. */
    public List<TextHint> extract(PDDocument document) {
        return extract(sampler.sample(document));
    }

    public List<TextHint> extract(List<PageText> pages) {
        Set<TextHint> hints = new LinkedHashSet<>();
        Set<String> seen = new java.util.HashSet<>();
        for (PageText page : pages) {
            String[] lines = page.text().split("\\R");
            for (int i = 0; i < lines.length; i++) {
                scanLine(page.page(), i + 1, lines[i], hints, seen);
            }
        }
        return List.copyOf(new ArrayList<>(hints));
    }

    private static void scanLine(int page, int lineNo, String line, Set<TextHint> hints, Set<String> seen) {
        String context = shorten(line);
        Matcher number = NUMBER.matcher(line);
        while (number.find()) {
            String value = number.group(1).replaceAll("[.]+$", "");
            if (value.chars().anyMatch(Character::isDigit)) {
                add(hints, seen, new TextHint(HintKind.INVOICE_NUMBER, value, page, lineNo, context));
            }
        }
        for (LocalDate date : dates(line)) {
            add(hints, seen, new TextHint(HintKind.DATE, date.toString(), page, lineNo, context));
        }
        Matcher siret = SIRET.matcher(line);
        while (siret.find()) {
            Siret.parse(siret.group(1)).ifPresent(s ->
                    add(hints, seen, new TextHint(HintKind.SIRET, s.value(), page, lineNo, context)));
        }
        Matcher keyword = KEYWORD.matcher(line);
        if (keyword.find()) {
            HintKind kind = switch (keyword.group(1).replace(".", "")) {
                case "TTC" -> HintKind.AMOUNT_TTC;
                case "TVA" -> HintKind.AMOUNT_TVA;
                default -> HintKind.AMOUNT_HT;
            };
            String amount = null;
            Matcher m = AMOUNT.matcher(line);
            while (m.find()) {
                amount = m.group(1).replaceAll("[ .\\u00a0\\u202f]", "") + "." + m.group(2);
            }
            if (amount != null) {
                add(hints, seen, new TextHint(kind, new BigDecimal(amount).toPlainString(), page, lineNo, context));
            }
        }
    }

    /** The same kind and value found twice is offered once, at its first place. */
    private static void add(Set<TextHint> hints, Set<String> seen, TextHint hint) {
        if (seen.add(hint.kind() + "|" + hint.value())) {
            hints.add(hint);
        }
    }

    /** Every date written on a line, in the forms the suggestions read (31/12/2026, 2026-12-31, 31 décembre 2026). */
    static List<LocalDate> dates(String line) {
        List<LocalDate> found = new ArrayList<>();
        Matcher numeric = DATE_NUMERIC.matcher(line);
        while (numeric.find()) {
            date(numeric.group(3), numeric.group(2), numeric.group(1), found);
        }
        Matcher iso = DATE_ISO.matcher(line);
        while (iso.find()) {
            date(iso.group(1), iso.group(2), iso.group(3), found);
        }
        Matcher words = DATE_WORDS.matcher(line);
        while (words.find()) {
            String month = java.text.Normalizer.normalize(words.group(2).toLowerCase(Locale.ROOT),
                    java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            date(words.group(3), String.valueOf(MONTHS.get(month)), words.group(1), found);
        }
        return found;
    }

    private static void date(String year, String month, String day, List<LocalDate> found) {
        try {
            found.add(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            // 31/02/2024 and the like are not dates: no suggestion
        }
    }

    private static String shorten(String line) {
        String trimmed = line.strip().replaceAll("\\s+", " ");
        return trimmed.length() <= CONTEXT_MAX ? trimmed : trimmed.substring(0, CONTEXT_MAX - 1) + "…";
    }
}
