package fr.chorusdesk.pdf;

import fr.chorusdesk.domain.LearnedField;
import fr.chorusdesk.domain.LearnedLayout;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a field where a learned layout says it sits: finds the learned label on the page (the
 * occurrence nearest to where it was), then the value beside it, under it or in it; or, for a
 * field without label, what is at the learned place. Values found so become candidates that
 * outweigh the dictionary's: the user confirmed this place for this supplier.
 */
final class LearnedPlaces {

    /** How much a learned place outweighs a dictionary label (which weighs at most 1). */
    static final double LEARNED = 1.2;
    private static final float SLACK = 24f;
    private static final float COLUMN = 60f;
    private static final float ROWS = 350f;

    private LearnedPlaces() {
    }

    /** The layout among {@code known} this document matches best, if any. */
    static Optional<LearnedLayout> match(List<PageLabels> pages, List<LearnedLayout> known) {
        if (known.isEmpty() || pages.isEmpty()) {
            return Optional.empty();
        }
        List<String> ids = SupplierIds.of(pages);
        LearnedLayout best = null;
        int bestFound = 0;
        for (LearnedLayout layout : known) {
            boolean sameSupplier = layout.supplierIds().stream().anyMatch(ids::contains);
            if (!sameSupplier && !(layout.supplierIds().isEmpty() && ids.isEmpty())) {
                continue;
            }
            int labelled = 0;
            int found = 0;
            for (LearnedField f : layout.fields()) {
                if (f.label().isEmpty()) {
                    continue;
                }
                labelled++;
                if (pageFor(pages, f).flatMap(p -> nearestLabel(p, f)).isPresent()) {
                    found++;
                }
            }
            // the same program prints the same labels: most of them must be there (a credit note of the
            // same supplier may word a few differently)
            int needed = sameSupplier ? 4 : 7;
            if (labelled > 0 && found * 10 < labelled * needed) {
                continue;
            }
            if (best == null || found > bestFound) {
                best = layout;
                bestFound = found;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The candidates the layout gives: one per learned field whose value reads at its place. */
    static List<Candidate> candidates(List<PageLabels> pages, LearnedLayout layout, boolean monthFirst) {
        List<Candidate> out = new ArrayList<>();
        for (LearnedField f : layout.fields()) {
            Optional<HintKind> kind = HintKind.of(f.field());
            Optional<PageLabels> page = pageFor(pages, f);
            if (kind.isEmpty() || page.isEmpty()) {
                continue;
            }
            read(page.get(), f, kind.get(), monthFirst).ifPresent(c -> out.add(c.withLayout(layout.id())));
        }
        return out;
    }

    private static Optional<PageLabels> pageFor(List<PageLabels> pages, LearnedField f) {
        for (PageLabels p : pages) {
            if (f.lastPage() ? p.page.last() : p.page.page() == f.page()) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The label's segment and the character where it ends there, the one nearest its learned place. */
    private record LabelAt(TextLine line, int segment, TextSegment seg, int end, float x) {
    }

    /**
     * The learned label on the page, the occurrence nearest where it was: in the same column
     * (within {@value #COLUMN} points) and not further down than a longer table pushes totals
     * ({@value #ROWS} points). A label whose value was beside or below it is a whole run of text of
     * its own, so « Total » is not found in « Total taxes ». The supplier's legal mentions are never
     * a learned field's place.
     */
    private static Optional<LabelAt> nearestLabel(PageLabels p, LearnedField f) {
        List<String> words = List.of(f.label().split(" "));
        boolean ownRun = f.relation() != LearnedField.Relation.SAME_SEGMENT;
        LabelAt best = null;
        double bestDistance = Double.MAX_VALUE;
        for (TextLine line : p.page.lines()) {
            if (Math.abs(line.baseline() - f.labelY()) > ROWS) {
                continue;
            }
            for (int s = 0; s < line.segments().size(); s++) {
                TextSegment seg = line.segments().get(s);
                Tokens t = p.tokens(seg);
                if (p.isBlocked(seg)) {
                    continue;
                }
                for (int i = 0; i + words.size() <= t.size(); i++) {
                    if (ownRun && i + words.size() != t.size()) {
                        continue;
                    }
                    if (t.words().subList(i, i + words.size()).equals(words)) {
                        float x = seg.xAt(t.startOf(i));
                        if (Math.abs(x - f.labelX()) > COLUMN) {
                            continue;
                        }
                        // a column keeps its x; rows above it may push it down
                        double distance = 3 * Math.abs(x - f.labelX()) + Math.abs(line.baseline() - f.labelY());
                        if (distance < bestDistance) {
                            bestDistance = distance;
                            best = new LabelAt(line, s, seg, t.endOf(i + words.size() - 1), x);
                        }
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static Optional<Candidate> read(PageLabels p, LearnedField f, HintKind kind, boolean monthFirst) {
        if (f.relation() == LearnedField.Relation.PLACE || f.label().isEmpty()) {
            for (TextLine line : p.page.lines()) {
                if (Math.abs(line.baseline() - f.valueY()) > 4f) {
                    continue;
                }
                for (TextSegment seg : line.segments()) {
                    if (seg.overlapsHorizontally(f.valueX0(), f.valueX1(), 10f)) {
                        Optional<Candidate> c = parse(p, kind, line, seg, 0, seg.text().length(), monthFirst, f);
                        if (c.isPresent()) {
                            return c;
                        }
                    }
                }
            }
            return Optional.empty();
        }
        Optional<LabelAt> at = nearestLabel(p, f);
        if (at.isEmpty()) {
            return Optional.empty();
        }
        LabelAt label = at.get();
        float shift = label.line().baseline() - f.labelY();
        switch (f.relation()) {
            case SAME_SEGMENT -> {
                return parse(p, kind, label.line(), label.seg(), label.end(), label.seg().text().length(), monthFirst, f);
            }
            case RIGHT -> {
                List<TextSegment> segments = label.line().segments();
                TextSegment nearest = null;
                for (int s = label.segment() + 1; s < segments.size(); s++) {
                    TextSegment seg = segments.get(s);
                    if (seg.overlapsHorizontally(f.valueX0(), f.valueX1(), SLACK)) {
                        nearest = seg;
                        break;
                    }
                    nearest = nearest == null ? seg : nearest;
                }
                return nearest == null ? Optional.empty()
                        : parse(p, kind, label.line(), nearest, 0, nearest.text().length(), monthFirst, f);
            }
            default -> {
                float wanted = f.valueY() + shift;
                for (TextLine line : p.page.lines()) {
                    if (Math.abs(line.baseline() - wanted) > 6f) {
                        continue;
                    }
                    for (TextSegment seg : line.segments()) {
                        if (seg.overlapsHorizontally(f.valueX0(), f.valueX1(), SLACK)) {
                            return parse(p, kind, line, seg, 0, seg.text().length(), monthFirst, f);
                        }
                    }
                }
                return Optional.empty();
            }
        }
    }

    private static Optional<Candidate> parse(PageLabels p, HintKind kind, TextLine line, TextSegment seg, int from,
            int to, boolean monthFirst, LearnedField f) {
        String text = seg.text().substring(from, to);
        Optional<? extends Values.Found<?>> found = switch (kind) {
            case DATE -> Values.dates(text, monthFirst).stream().findFirst();
            case SIRET -> Values.sirets(text).stream().findFirst();
            case AMOUNT_HT, AMOUNT_TVA, AMOUNT_TTC, AMOUNT_DUE -> {
                List<Values.Found<BigDecimal>> amounts = Values.amounts(text);
                yield amounts.isEmpty() ? Optional.empty() : Optional.of(amounts.get(amounts.size() - 1));
            }
            case SERVICE_CODE -> Values.identifier(text, false);
            case INVOICE_NUMBER, ENGAGEMENT_NUMBER, CONTRACT_NUMBER -> Values.identifier(text, true);
            default -> Optional.empty();
        };
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Object v = found.get().value();
        String value = v instanceof BigDecimal b ? b.toPlainString() : v.toString();
        int start = from + found.get().start();
        int end = from + found.get().end();
        Anchor anchor = new Anchor(f.label(), Anchor.Relation.valueOf(f.relation().name()), p.page.page(),
                p.page.last(), f.labelX(), f.labelY(), seg.xAt(start), end >= seg.text().length() ? seg.x1()
                : seg.xAt(end), line.baseline());
        return Optional.of(new Candidate(kind, value, LEARNED, p.page.page(), line.index(), line.text(), anchor));
    }
}
