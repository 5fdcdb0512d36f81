package fr.chorusdesk.pdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every candidate value of every field on the pages read: for each label, the value beside it or
 * below it; plus what a reader sees without a label (a title followed by a number, « Lyon, le
 * 3 février 2026 », a date at the top of the first page). The supplier's own SIRET and what
 * follows a legal mention, a payment or a due date are never candidates.
 */
final class CandidateFinder {

    private static final Set<String> REGISTRATION = Set.of("capital", "au capital de", "capital social", "rcs",
            "siren", "ape", "naf", "code ape", "amtsgericht", "registergericht", "stammkapital");
    /** Cells of one table row are closer than this (points). */
    private static final float CELL_GAP = 60f;
    private static final Pattern PLACE_DATE = Pattern.compile("(?iu),\\s*le\\s+");

    private final Set<String> supplierSirens = new HashSet<>();
    final List<Candidate> candidates = new ArrayList<>();
    /** Payments received, as printed: no field, but the amount due is the total less them. */
    final List<BigDecimal> payments = new ArrayList<>();
    boolean noVat;
    Optional<Candidate> noVatAt = Optional.empty();

    /** A page from a US program writes 11/17/2017: then every numeric date is read month first. */
    private final boolean monthFirst;

    CandidateFinder(List<PageLabels> pages) {
        boolean usOrder = false;
        boolean dayFirst = false;
        for (PageLabels p : pages) {
            for (TextLine line : p.page.lines()) {
                Optional<Boolean> order = Values.monthFirst(line.text());
                usOrder |= order.orElse(false);
                dayFirst |= order.map(b -> !b).orElse(false);
            }
        }
        monthFirst = usOrder && !dayFirst;
        for (PageLabels p : pages) {
            collectSupplierSirens(p);
        }
        for (PageLabels p : pages) {
            find(p);
        }
    }

    boolean monthFirst() {
        return monthFirst;
    }

    /** Whether a SIRET belongs to the supplier, by the SIREN of its registration. */
    boolean isSuppliers(String siret) {
        return siret.length() >= 9 && supplierSirens.contains(siret.substring(0, 9));
    }

    /**
     * SIRENs named with the supplier's registration (capital, RCS, SIREN, APE): they are the
     * supplier's. A VAT number alone proves nothing: invoices print the customer's too.
     */
    private void collectSupplierSirens(PageLabels p) {
        for (LabelHit hit : p.hits) {
            if (hit.kind() == LabelKind.LEGAL && REGISTRATION.contains(hit.words())) {
                supplierSirens.addAll(Values.sirens(hit.seg().text()));
                Values.sirets(hit.seg().text()).forEach(s -> supplierSirens.add(s.value().substring(0, 9)));
            }
        }
    }

    private void find(PageLabels p) {
        for (LabelHit hit : p.hits) {
            switch (hit.kind()) {
                case INVOICE_NUMBER, ENGAGEMENT_NUMBER, CONTRACT_NUMBER -> identifier(p, hit, true);
                case SERVICE_CODE -> identifier(p, hit, false);
                case TITLE_INVOICE, TITLE_CREDIT -> title(p, hit);
                case INVOICE_DATE -> date(p, hit);
                case RECIPIENT_SIRET, SIRET -> siret(p, hit);
                case AMOUNT_HT, AMOUNT_TVA, AMOUNT_TTC, AMOUNT_DUE -> amount(p, hit);
                case PAYMENT -> payment(p, hit);
                case NO_VAT -> {
                    noVat = true;
                    noVatAt = Optional.of(new Candidate(HintKind.AMOUNT_TVA, "0.00", hit.weight(), p.page.page(),
                            hit.line().index(), hit.seg().text(), anchor(hit, hit.seg(), hit.start(), hit.end(),
                            hit.line(), Anchor.Relation.SAME_SEGMENT)));
                }
                default -> {
                    // headings, legal mentions and other facts are read by the rules that need them
                }
            }
        }
        placeDates(p);
    }

    private void identifier(PageLabels p, LabelHit hit, boolean needsDigit) {
        HintKind kind = switch (hit.kind()) {
            case INVOICE_NUMBER -> HintKind.INVOICE_NUMBER;
            case ENGAGEMENT_NUMBER -> HintKind.ENGAGEMENT_NUMBER;
            case CONTRACT_NUMBER -> HintKind.CONTRACT_NUMBER;
            default -> HintKind.SERVICE_CODE;
        };
        first(p, hit, true, r -> Values.identifier(r.text(), needsDigit))
                .ifPresent(v -> add(kind, v.found.value(), hit.weight() * v.factor, p, hit, v));
    }

    /** « Facture FAC/2026/00042 », « Avoir RFAC/2026/00004 »: a title and a number in one run. */
    private void title(PageLabels p, LabelHit hit) {
        if (!hit.startsSegment()) {
            return;
        }
        Region same = Region.beside(hit, p).get(0);
        // a title in large type (« Facture FAC/2026/00042 ») is what the eye reads first
        double weight = hit.seg().size() >= 1.4f * bodySize(p) ? 0.9 : hit.weight();
        Values.identifier(same.text(), true).ifPresent(v -> add(HintKind.INVOICE_NUMBER, v.value(), weight, p,
                hit, new Located(same, new Values.Found<>(v.value(), same.from() + v.start(), same.from() + v.end()),
                        1.0)));
    }

    /** The size of most of the page's text. */
    private static float bodySize(PageLabels p) {
        List<Float> sizes = new ArrayList<>();
        for (TextLine line : p.page.lines()) {
            for (TextSegment seg : line.segments()) {
                for (int i = 0; i < seg.text().length(); i++) {
                    sizes.add(seg.size());
                }
            }
        }
        if (sizes.isEmpty()) {
            return 0;
        }
        java.util.Collections.sort(sizes);
        return sizes.get(sizes.size() / 2);
    }

    private void date(PageLabels p, LabelHit hit) {
        first(p, hit, true, r -> Values.dates(r.text(), monthFirst).stream().findFirst())
                .ifPresent(v -> add(HintKind.DATE, v.found.value().toString(), hit.weight() * v.factor, p, hit, v));
    }

    /** « Lyon, le 3 février 2026 » and dates alone near the top of the first page. */
    private void placeDates(PageLabels p) {
        for (TextLine line : p.page.lines()) {
            for (TextSegment seg : line.segments()) {
                Matcher m = PLACE_DATE.matcher(seg.text());
                if (m.find()) {
                    List<Values.Found<LocalDate>> dates = Values.dates(seg.text().substring(m.end()), monthFirst);
                    if (!dates.isEmpty() && dates.get(0).start() == 0) {
                        Values.Found<LocalDate> d = dates.get(0);
                        Region r = new Region(line, seg, m.end(), seg.text().length(), Anchor.Relation.PLACE);
                        addUnlabelled(HintKind.DATE, d.value().toString(), 0.85, p, r,
                                new Values.Found<>(d.value(), m.end() + d.start(), m.end() + d.end()));
                        continue;
                    }
                }
                if (p.page.page() == 1 && line.baseline() < p.page.height() * 0.4 && p.hitsIn(seg).isEmpty()
                        && !blockedOnLine(p, line)) {
                    for (Values.Found<LocalDate> d : Values.dates(seg.text(), monthFirst)) {
                        Region r = new Region(line, seg, 0, seg.text().length(), Anchor.Relation.PLACE);
                        addUnlabelled(HintKind.DATE, d.value().toString(), 0.3, p, r, d);
                    }
                }
            }
        }
    }

    private boolean blockedOnLine(PageLabels p, TextLine line) {
        return line.segments().stream().anyMatch(p::isBlocked);
    }

    private void siret(PageLabels p, LabelHit hit) {
        first(p, hit, true, r -> Values.sirets(r.text()).stream().findFirst()).ifPresent(v -> {
            String siret = v.found.value();
            if (supplierSirens.contains(siret.substring(0, 9)) || p.isBlocked(v.region.seg())) {
                return; // the supplier's own, from its legal mentions
            }
            double weight = hit.weight();
            if (hit.kind() == LabelKind.SIRET) {
                Party party = Blocks.partyOf(p, hit);
                if (party == Party.SUPPLIER) {
                    return;
                }
                weight = party == Party.RECIPIENT ? 0.92 : 0.6;
            }
            add(HintKind.SIRET, siret, weight * v.factor, p, hit, v);
        });
    }

    private void amount(PageLabels p, LabelHit hit) {
        if (precededByAmount(p, hit)) {
            return; // a column of a table row, not a total
        }
        HintKind kind = switch (hit.kind()) {
            case AMOUNT_HT -> HintKind.AMOUNT_HT;
            case AMOUNT_TVA -> HintKind.AMOUNT_TVA;
            case AMOUNT_TTC -> HintKind.AMOUNT_TTC;
            default -> HintKind.AMOUNT_DUE;
        };
        List<Region> beside = Region.beside(hit, p);
        Optional<Located> found = lastAmount(beside);
        if (found.isEmpty() && beside.stream().allMatch(Region::blank) && !PageLabels.isHeaderRow(hit.line())) {
            // alone under its label (a box); a row of several amounts below is a table's, not this label's
            found = Region.below(hit, p).stream().findFirst()
                    .filter(r -> r.line().segments().stream().mapToInt(seg -> Values.amounts(seg.text()).size()).sum() == 1)
                    .flatMap(r -> Values.amounts(r.text()).stream().findFirst().map(a -> new Located(r, shift(a, r), 0.9)));
        }
        found.ifPresent(v -> {
            double weight = hit.weight();
            if (kind == HintKind.AMOUNT_TVA && !Values.rates(besideText(beside)).isEmpty()) {
                // « TVA 20 % … »: a line of the breakdown; the total only when it is the one rate
                weight *= 0.7;
            }
            add(kind, ((BigDecimal) v.found.value()).toPlainString(), weight * v.factor, p, hit, v);
        });
    }

    private void payment(PageLabels p, LabelHit hit) {
        lastAmount(Region.beside(hit, p)).ifPresent(v -> payments.add(((BigDecimal) v.found.value()).abs()));
    }

    private static String besideText(List<Region> regions) {
        StringBuilder b = new StringBuilder();
        regions.forEach(r -> b.append(r.text()).append(' '));
        return b.toString();
    }

    /**
     * An amount just before the label on its line: the label is a cell of an item's row (« 35,00 |
     * TVA 20% | 420,00 »), not a total. Far to the left, the amount belongs to another block that
     * shares the baseline (a VAT summary table beside the totals).
     */
    static boolean precededByAmount(PageLabels p, LabelHit hit) {
        List<TextSegment> segments = hit.line().segments();
        float start = hit.x0();
        for (int s = 0; s < hit.segment(); s++) {
            TextSegment seg = segments.get(s);
            if (!Values.amounts(seg.text()).isEmpty() && start - seg.x1() < CELL_GAP) {
                return true;
            }
        }
        return !Values.amounts(hit.seg().text().substring(0, hit.start())).isEmpty();
    }

    private static Optional<Located> lastAmount(List<Region> regions) {
        Located last = null;
        for (Region r : regions) {
            for (Values.Found<BigDecimal> a : Values.amounts(r.text())) {
                last = new Located(r, shift(a, r), 1.0);
            }
        }
        return Optional.ofNullable(last);
    }

    private static <T> Values.Found<T> shift(Values.Found<T> f, Region r) {
        return new Values.Found<>(f.value(), r.from() + f.start(), r.from() + f.end());
    }

    /** A value and the region it was read in; {@code factor} says how well the place fits. */
    record Located(Region region, Values.Found<?> found, double factor) {
    }

    /** The first region beside the label where the parser finds something; below when alone. */
    private <T> Optional<LocatedOf<T>> first(PageLabels p, LabelHit hit, boolean allowBelow,
            Function<Region, Optional<Values.Found<T>>> parser) {
        List<Region> beside = Region.beside(hit, p);
        for (Region r : beside) {
            Optional<Values.Found<T>> v = parser.apply(r);
            if (v.isPresent()) {
                return Optional.of(new LocatedOf<>(r, shift(v.get(), r), 1.0));
            }
            if (!r.blank()) {
                return Optional.empty(); // something else stands right after the label
            }
        }
        if (allowBelow) {
            for (Region r : Region.below(hit, p)) {
                Optional<Values.Found<T>> v = parser.apply(r);
                if (v.isPresent()) {
                    return Optional.of(new LocatedOf<>(r, shift(v.get(), r), 0.95));
                }
            }
        }
        return Optional.empty();
    }

    record LocatedOf<T>(Region region, Values.Found<T> found, double factor) {
    }

    private void add(HintKind kind, String value, double score, PageLabels p, LabelHit hit, LocatedOf<?> v) {
        add(kind, value, score, p, hit, new Located(v.region(), v.found(), v.factor()));
    }

    private void add(HintKind kind, String value, double score, PageLabels p, LabelHit hit, Located v) {
        Region r = v.region();
        String context = r.relation() == Anchor.Relation.SAME_SEGMENT ? hit.seg().text()
                : hit.seg().text().substring(hit.start()) + "  " + r.seg().text();
        candidates.add(new Candidate(kind, value, score, p.page.page(), r.line().index(), context,
                anchor(hit, r.seg(), v.found().start(), v.found().end(), r.line(), r.relation())));
    }

    private void addUnlabelled(HintKind kind, String value, double score, PageLabels p, Region r,
            Values.Found<?> found) {
        TextSegment seg = r.seg();
        Anchor anchor = new Anchor("", Anchor.Relation.PLACE, p.page.page(), p.page.last(), seg.x0(), seg.baseline(),
                seg.xAt(found.start()), xEnd(seg, found.end()), seg.baseline());
        candidates.add(new Candidate(kind, value, score, p.page.page(), r.line().index(), seg.text(), anchor));
    }

    private static Anchor anchor(LabelHit hit, TextSegment valueSeg, int start, int end, TextLine valueLine,
            Anchor.Relation relation) {
        return new Anchor(hit.words(), relation, hit.page().page(), hit.page().last(), hit.x0(),
                hit.line().baseline(), valueSeg.xAt(start), xEnd(valueSeg, end), valueLine.baseline());
    }

    private static float xEnd(TextSegment seg, int end) {
        return end >= seg.text().length() ? seg.x1() : seg.xAt(end);
    }

    /** Whose block a line is in. */
    enum Party { RECIPIENT, SUPPLIER, UNKNOWN }
}
