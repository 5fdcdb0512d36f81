package fr.chorusdesk.pdf;

import fr.chorusdesk.domain.VatLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The VAT breakdown of a plain invoice: each rate with its base and its VAT. Read from the lines
 * that say a rate after a VAT label (« TVA 20 % … 200,00 », « VAT (20% on €1,000.00) €200.00 »,
 * « zzgl. Umsatzsteuer 19 % ») and from the rows of a VAT summary table (« 20,00 % | 4 260,00 |
 * 426,00 »), whose VAT must be the base times the rate. A base the page does not print is worked
 * out the way a person checks it: the VAT divided by the rate when that falls on a cent, or the
 * total excluding VAT less the other bases.
 */
final class VatLinesReader {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal CENT = new BigDecimal("0.01");

    /** One rate as read, its base when printed. */
    record Read(BigDecimal rate, Optional<BigDecimal> base, BigDecimal amount, double score, Candidate where) {
    }

    /** The breakdown, and whether every base was printed or exactly worked out. */
    record Breakdown(List<VatLine> lines, double score, Candidate where, boolean basesExact) {
    }

    private VatLinesReader() {
    }

    static List<Read> read(List<PageLabels> pages) {
        List<Read> found = new ArrayList<>();
        for (PageLabels p : pages) {
            for (LabelHit hit : p.hits) {
                if (hit.kind() == LabelKind.AMOUNT_TVA && !CandidateFinder.precededByAmount(p, hit)) {
                    labelled(p, hit).ifPresent(found::add);
                }
            }
            for (TextLine line : p.page.lines()) {
                tableRow(p, line).ifPresent(found::add);
            }
        }
        return found;
    }

    private static Optional<Read> labelled(PageLabels p, LabelHit hit) {
        List<Region> beside = Region.beside(hit, p);
        BigDecimal rate = null;
        List<BigDecimal> amounts = new ArrayList<>();
        Region last = null;
        int lastStart = 0;
        int lastEnd = 0;
        for (Region r : beside) {
            String text = r.text();
            List<Values.Found<BigDecimal>> rates = Values.rates(text);
            if (rate == null && !rates.isEmpty()) {
                rate = rates.get(0).value();
                text = text.substring(rates.get(0).end());
                int offset = rates.get(0).end();
                for (Values.Found<BigDecimal> a : Values.amounts(text)) {
                    amounts.add(a.value());
                    last = r;
                    lastStart = r.from() + offset + a.start();
                    lastEnd = r.from() + offset + a.end();
                }
            } else if (rate != null) {
                for (Values.Found<BigDecimal> a : Values.amounts(text)) {
                    amounts.add(a.value());
                    last = r;
                    lastStart = r.from() + a.start();
                    lastEnd = r.from() + a.end();
                }
            }
        }
        if (rate == null || amounts.isEmpty() || rate.signum() < 0 || rate.compareTo(HUNDRED) >= 0
                || (rate.signum() == 0 && amounts.size() < 2)) {
            return Optional.empty(); // a 0 % line counts with its base: « TVA 0 % … 2 076,76 … 0,00 »
        }
        BigDecimal amount = amounts.get(amounts.size() - 1);
        Optional<BigDecimal> base = amounts.size() >= 2 ? Optional.of(amounts.get(0)) : Optional.empty();
        if (base.isPresent() && !fits(base.get(), rate, amount)) {
            base = Optional.empty();
        }
        TextSegment seg = last.seg();
        Anchor anchor = new Anchor(hit.words(), last.relation(), p.page.page(), p.page.last(), hit.x0(),
                hit.line().baseline(), seg.xAt(lastStart), lastEnd >= seg.text().length() ? seg.x1() : seg.xAt(lastEnd),
                last.line().baseline());
        Candidate where = new Candidate(HintKind.VAT_LINES, amount.toPlainString(), 0.9, p.page.page(),
                hit.line().index(), hit.line().text(), anchor);
        return Optional.of(new Read(rate, base, amount, 0.9, where));
    }

    /** A row of a VAT summary table: the rate first, then the base and the VAT, which must agree. */
    private static Optional<Read> tableRow(PageLabels p, TextLine line) {
        if (line.segments().stream().anyMatch(p::isBlocked)) {
            return Optional.empty();
        }
        StringBuilder before = new StringBuilder();
        for (int s = 0; s < line.segments().size(); s++) {
            TextSegment seg = line.segments().get(s);
            List<Values.Found<BigDecimal>> rates = Values.rates(seg.text());
            if (rates.isEmpty()) {
                before.append(seg.text());
                if (seg.text().chars().anyMatch(Character::isDigit)) {
                    return Optional.empty();
                }
                continue;
            }
            if (!p.hitsIn(seg).isEmpty() && p.hitsIn(seg).stream().anyMatch(h -> h.kind() == LabelKind.AMOUNT_TVA)) {
                return Optional.empty(); // a labelled line, read above
            }
            BigDecimal rate = rates.get(0).value();
            List<BigDecimal> amounts = new ArrayList<>();
            amounts.addAll(Values.amounts(seg.text().substring(rates.get(0).end())).stream().map(Values.Found::value)
                    .toList());
            TextSegment lastSeg = seg;
            for (int k = s + 1; k < line.segments().size(); k++) {
                List<Values.Found<BigDecimal>> a = Values.amounts(line.segments().get(k).text());
                if (!a.isEmpty()) {
                    lastSeg = line.segments().get(k);
                }
                a.forEach(f -> amounts.add(f.value()));
            }
            if (amounts.size() < 2 || !fits(amounts.get(0), rate, amounts.get(1))) {
                return Optional.empty();
            }
            Anchor anchor = new Anchor("", Anchor.Relation.PLACE, p.page.page(), p.page.last(), seg.x0(),
                    line.baseline(), lastSeg.x0(), lastSeg.x1(), line.baseline());
            Candidate where = new Candidate(HintKind.VAT_LINES, amounts.get(1).toPlainString(), 0.95, p.page.page(),
                    line.index(), line.text(), anchor);
            return Optional.of(new Read(rate, Optional.of(amounts.get(0)), amounts.get(1), 0.95, where));
        }
        return Optional.empty();
    }

    /** VAT = base × rate, rounded to the cent (one cent either way for VAT summed line by line). */
    static boolean fits(BigDecimal base, BigDecimal rate, BigDecimal amount) {
        BigDecimal computed = base.abs().multiply(rate).divide(HUNDRED, 2, RoundingMode.HALF_UP);
        return computed.subtract(amount.abs()).abs().compareTo(CENT) <= 0;
    }

    /**
     * The breakdown from what was read, bases worked out where missing, checked against the total
     * excluding VAT when it is known. Empty when nothing was read.
     */
    static Optional<Breakdown> compose(List<Read> reads, Optional<BigDecimal> totalExclTax) {
        Map<BigDecimal, Read> byRate = new LinkedHashMap<>();
        for (Read r : reads) {
            BigDecimal key = r.rate().stripTrailingZeros();
            Read known = byRate.get(key);
            if (known == null || r.score() > known.score() || (r.base().isPresent() && known.base().isEmpty()
                    && r.amount().abs().compareTo(known.amount().abs()) == 0)) {
                byRate.put(key, r);
            }
        }
        if (byRate.isEmpty()) {
            return Optional.empty();
        }
        List<BigDecimal> rates = new ArrayList<>(byRate.keySet());
        BigDecimal[] bases = new BigDecimal[rates.size()];
        boolean exact = true;
        int missing = -1;
        for (int i = 0; i < rates.size(); i++) {
            Read r = byRate.get(rates.get(i));
            if (r.base().isPresent()) {
                bases[i] = r.base().get().abs();
            } else if (rates.size() == 1 && totalExclTax.isPresent()
                    && fits(totalExclTax.get(), r.rate(), r.amount())) {
                bases[i] = totalExclTax.get().abs();
            } else {
                if (r.rate().signum() == 0) {
                    exact = false;
                    bases[i] = BigDecimal.ZERO.setScale(2);
                    continue;
                }
                BigDecimal divided = r.amount().abs().multiply(HUNDRED).divide(r.rate(), 6, RoundingMode.HALF_UP);
                if (divided.stripTrailingZeros().scale() <= 2) {
                    bases[i] = divided.setScale(2, RoundingMode.UNNECESSARY);
                } else if (missing < 0) {
                    missing = i;
                } else {
                    exact = false;
                    bases[i] = divided.setScale(2, RoundingMode.HALF_UP);
                }
            }
        }
        if (missing >= 0) {
            BigDecimal others = BigDecimal.ZERO;
            for (int i = 0; i < bases.length; i++) {
                if (i != missing) {
                    others = others.add(bases[i]);
                }
            }
            Read r = byRate.get(rates.get(missing));
            if (totalExclTax.isPresent() && fits(totalExclTax.get().abs().subtract(others), r.rate(), r.amount())) {
                bases[missing] = totalExclTax.get().abs().subtract(others);
            } else {
                exact = false;
                bases[missing] = r.rate().signum() == 0 ? BigDecimal.ZERO.setScale(2)
                        : r.amount().abs().multiply(HUNDRED).divide(r.rate(), 2, RoundingMode.HALF_UP);
            }
        }
        List<VatLine> lines = new ArrayList<>();
        double score = 1;
        Candidate where = null;
        for (int i = 0; i < rates.size(); i++) {
            Read r = byRate.get(rates.get(i));
            lines.add(new VatLine(r.rate().setScale(2, RoundingMode.HALF_UP), bases[i].setScale(2, RoundingMode.HALF_UP),
                    r.amount().abs().setScale(2, RoundingMode.HALF_UP)));
            score = Math.min(score, r.score());
            where = where == null ? r.where() : where;
        }
        return Optional.of(new Breakdown(lines, score, where, exact));
    }

    static String encode(List<VatLine> lines) {
        return String.join("|", lines.stream().map(l -> l.ratePercent().toPlainString() + ":"
                + l.base().toPlainString() + ":" + l.amount().toPlainString()).toList());
    }

    static List<VatLine> decode(String value) {
        List<VatLine> lines = new ArrayList<>();
        if (value == null || value.isBlank()) {
            return lines;
        }
        for (String part : value.split("\\|")) {
            String[] cells = part.split(":");
            lines.add(new VatLine(new BigDecimal(cells[0]), new BigDecimal(cells[1]), new BigDecimal(cells[2])));
        }
        return lines;
    }
}
