package fr.chorusdesk.pdf;

import fr.chorusdesk.domain.LearnedLayout;
import fr.chorusdesk.domain.VatLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a plain invoice the way a person does: labels from a dictionary (French, English,
 * German), each paired with the value beside it or just below it, the supplier's own mentions set
 * aside; then, for each field, one best value with a confidence and the alternatives behind it.
 * Amounts are chosen together so that HT + TVA = TTC and the VAT lines add up; only a value with
 * high confidence that passes those checks may be filled in by itself. Stateless.
 */
final class PlainInvoiceReader {

    static final double AUTO_FILL = 0.85;
    private static final int OPTIONS = 4;
    private static final List<HintKind> IDENTIFIERS = List.of(HintKind.INVOICE_NUMBER, HintKind.DATE, HintKind.SIRET,
            HintKind.ENGAGEMENT_NUMBER, HintKind.SERVICE_CODE, HintKind.CONTRACT_NUMBER);

    private final LabelDictionary dictionary;

    PlainInvoiceReader(LabelDictionary dictionary) {
        this.dictionary = dictionary;
    }

    PlainInvoiceReader() {
        this(LabelDictionary.standard());
    }

    /** One reading per field found, in {@link HintKind} order. */
    Map<HintKind, FieldReading> read(List<PositionedPage> pages) {
        return read(pages, List.of());
    }

    /**
     * The same, a learned layout first: when the page is one of {@code known}, the values at its
     * learned places outweigh what the labels alone suggest (and still go through the cross-checks).
     */
    Map<HintKind, FieldReading> read(List<PositionedPage> pages, List<LearnedLayout> known) {
        List<PageLabels> labels = pages.stream().filter(PositionedPage::hasText).map(PositionedPage::bounded)
                .map(p -> new PageLabels(p, dictionary)).toList();
        CandidateFinder finder = new CandidateFinder(labels);
        LearnedPlaces.match(labels, known).ifPresent(layout -> LearnedPlaces.candidates(labels, layout,
                finder.monthFirst()).stream().filter(c -> c.kind() != HintKind.SIRET || !finder.isSuppliers(c.value()))
                .forEach(finder.candidates::add));
        Map<HintKind, FieldReading> out = new EnumMap<>(HintKind.class);
        for (HintKind kind : IDENTIFIERS) {
            List<Option> ranked = rank(finder.candidates, kind, false);
            if (!ranked.isEmpty()) {
                out.put(kind, identifierReading(kind, ranked));
            }
        }
        new AmountChoice(finder, VatLinesReader.read(labels), labels).decide(out);
        return out;
    }

    /** Distinct values of a field, the best first: the best score of each, a little more per repetition. */
    static List<Option> rank(List<Candidate> all, HintKind kind, boolean byAbsoluteAmount) {
        Map<String, Option> byValue = new LinkedHashMap<>();
        for (Candidate c : all) {
            if (c.kind() != kind) {
                continue;
            }
            String key = byAbsoluteAmount ? new BigDecimal(c.value()).abs().stripTrailingZeros().toPlainString()
                    : c.value();
            Option known = byValue.get(key);
            if (known == null) {
                byValue.put(key, new Option(c, c.score(), 1));
            } else {
                Candidate best = c.score() > known.best().score() ? c : known.best();
                byValue.put(key, new Option(best, Math.max(known.score(), c.score()), known.count() + 1));
            }
        }
        return byValue.values().stream()
                .sorted(Comparator.comparingDouble(Option::support).reversed()).map(Option::supported).toList();
    }

    /** A distinct value with its best candidate; seen {@code count} times. */
    record Option(Candidate best, double score, int count) {

        /** The score, a little more for each time the page repeats the value. */
        double support() {
            return score + 0.05 * (count - 1);
        }

        Option supported() {
            return new Option(best, Math.min(0.99, support()), count);
        }

        BigDecimal amount() {
            return new BigDecimal(best.value());
        }
    }

    private static FieldReading identifierReading(HintKind kind, List<Option> ranked) {
        Option best = ranked.get(0);
        double confidence = Math.min(0.97, best.score());
        if (ranked.size() > 1 && ranked.get(1).score() >= 0.75 * best.score()) {
            confidence *= 0.75; // two values the page supports about as well: the user chooses
        }
        return new FieldReading(kind, best.best(), round(confidence), confidence >= AUTO_FILL,
                alternatives(ranked));
    }

    static List<Candidate> alternatives(List<Option> ranked) {
        return ranked.stream().skip(1).limit(OPTIONS).map(o -> o.best().withScore(round(o.score()))).toList();
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    static String money(BigDecimal value) {
        return value.abs().setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    static String vatLines(List<VatLine> lines) {
        return VatLinesReader.encode(lines);
    }
}
