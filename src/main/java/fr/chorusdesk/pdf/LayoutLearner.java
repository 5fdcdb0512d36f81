package fr.chorusdesk.pdf;

import fr.chorusdesk.domain.LearnedField;
import fr.chorusdesk.domain.LearnedLayout;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Learns where each confirmed field of a sent invoice sat on its page. For a value the reading
 * had found, its label and place are kept as read; for one the user typed, the value is looked
 * for on the page and the text before it, left of it or above it becomes its label. An invoice of
 * a layout already known adds to that layout.
 */
final class LayoutLearner {

    private static final int LABEL_WORDS = 4;

    private LayoutLearner() {
    }

    static Optional<LearnedLayout> learn(List<PositionedPage> pages, Map<HintKind, String> confirmed,
            List<LearnedLayout> known, Instant now) {
        List<PageLabels> labels = pages.stream().filter(PositionedPage::hasText)
                .map(p -> new PageLabels(p, LabelDictionary.standard())).toList();
        if (labels.isEmpty()) {
            return Optional.empty();
        }
        CandidateFinder finder = new CandidateFinder(labels);
        Optional<LearnedLayout> previous = LearnedPlaces.match(labels, known);
        previous.ifPresent(l -> finder.candidates.addAll(LearnedPlaces.candidates(labels, l, finder.monthFirst())));
        Map<fr.chorusdesk.domain.DraftField, LearnedField> fields = new LinkedHashMap<>();
        previous.ifPresent(l -> l.fields().forEach(f -> fields.put(f.field(), f)));
        for (Map.Entry<HintKind, String> e : confirmed.entrySet()) {
            HintKind kind = e.getKey();
            // « Net à payer » is both a total and the amount due: each field keeps a label of its own
            Optional<Anchor> anchor = finder.candidates.stream()
                    .filter(c -> c.kind() == kind && same(kind, c.value(), e.getValue()))
                    .min(Comparator.comparing((Candidate c) -> sharedLabel(finder.candidates, c))
                            .thenComparing(Comparator.comparingDouble(Candidate::score).reversed()))
                    .map(Candidate::anchor)
                    .or(() -> search(labels, kind, e.getValue(), finder.monthFirst()));
            anchor.ifPresent(a -> fields.put(kind.field(), field(kind, a)));
        }
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        List<String> ids = new ArrayList<>(new TreeSet<>(SupplierIds.of(labels)));
        previous.ifPresent(l -> ids.addAll(l.supplierIds().stream().filter(id -> !ids.contains(id)).toList()));
        List<LearnedField> list = List.copyOf(fields.values());
        if (previous.isPresent()) {
            LearnedLayout l = previous.get();
            return Optional.of(new LearnedLayout(l.id(), l.name(), ids, list, l.learnedAt(), now, l.invoices() + 1));
        }
        return Optional.of(new LearnedLayout(fingerprint(ids, list), name(labels.get(0)), ids, list, now, now, 1));
    }

    /** Whether another field's candidate was read under the same label at the same place. */
    private static boolean sharedLabel(List<Candidate> all, Candidate c) {
        return all.stream().anyMatch(o -> o.kind() != c.kind() && o.anchor().label().equals(c.anchor().label())
                && o.page() == c.page() && o.line() == c.line());
    }

    private static boolean same(HintKind kind, String a, String b) {
        if (kind.isAmount()) {
            try {
                return new BigDecimal(a).abs().compareTo(new BigDecimal(b).abs()) == 0;
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return a.equals(b);
    }

    private static LearnedField field(HintKind kind, Anchor a) {
        return new LearnedField(kind.field(), a.label(), LearnedField.Relation.valueOf(a.relation().name()), a.page(),
                a.lastPage() && a.page() > 1, a.labelX(), a.labelY(), a.valueX0(), a.valueX1(), a.valueY());
    }

    /** Where a value the reading did not offer is printed, and what stands before, left of or above it. */
    private static Optional<Anchor> search(List<PageLabels> pages, HintKind kind, String value, boolean monthFirst) {
        Anchor best = null;
        int bestRank = 0;
        for (PageLabels p : pages) {
            for (TextLine line : p.page.lines()) {
                for (int s = 0; s < line.segments().size(); s++) {
                    TextSegment seg = line.segments().get(s);
                    for (int[] at : occurrences(kind, value, seg.text(), monthFirst)) {
                        Anchor a = around(p, line, s, at[0], at[1]);
                        int rank = switch (a.relation()) {
                            case SAME_SEGMENT, RIGHT -> 3;
                            case BELOW -> 2;
                            case PLACE -> 1;
                        };
                        if (p.isBlocked(seg)) {
                            rank = 0;
                        }
                        if (rank > bestRank) {
                            best = a;
                            bestRank = rank;
                        }
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static List<int[]> occurrences(HintKind kind, String value, String text, boolean monthFirst) {
        List<int[]> found = new ArrayList<>();
        switch (kind) {
            case AMOUNT_HT, AMOUNT_TVA, AMOUNT_TTC, AMOUNT_DUE -> Values.amounts(text).stream()
                    .filter(a -> same(kind, a.value().toPlainString(), value))
                    .forEach(a -> found.add(new int[] {a.start(), a.end()}));
            case DATE -> Values.dates(text, monthFirst).stream().filter(d -> d.value().toString().equals(value))
                    .forEach(d -> found.add(new int[] {d.start(), d.end()}));
            case SIRET -> Values.sirets(text).stream().filter(d -> d.value().equals(value))
                    .forEach(d -> found.add(new int[] {d.start(), d.end()}));
            default -> {
                for (int i = text.indexOf(value); i >= 0; i = text.indexOf(value, i + 1)) {
                    int end = i + value.length();
                    boolean bounded = (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
                            && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
                    if (bounded) {
                        found.add(new int[] {i, end});
                    }
                }
            }
        }
        return found;
    }

    /** The value at characters start–end of segment {@code s}, and its label as a person sees it. */
    private static Anchor around(PageLabels p, TextLine line, int s, int start, int end) {
        TextSegment seg = line.segments().get(s);
        float x0 = seg.xAt(start);
        float x1 = end >= seg.text().length() ? seg.x1() : seg.xAt(end);
        Tokens before = Tokens.of(seg.text().substring(0, start));
        if (before.size() > 0 && hasLetters(before)) {
            int from = Math.max(0, before.size() - LABEL_WORDS);
            return new Anchor(words(before, from, before.size()), Anchor.Relation.SAME_SEGMENT, p.page.page(),
                    p.page.last(), seg.xAt(before.startOf(from)), line.baseline(), x0, x1, line.baseline());
        }
        if (s > 0) {
            TextSegment left = line.segments().get(s - 1);
            Tokens t = p.tokens(left);
            if (hasLetters(t)) {
                int from = Math.max(0, t.size() - LABEL_WORDS);
                return new Anchor(words(t, from, t.size()), Anchor.Relation.RIGHT, p.page.page(), p.page.last(),
                        left.xAt(t.startOf(from)), line.baseline(), x0, x1, line.baseline());
            }
        }
        if (line.index() > 1) {
            TextLine above = p.page.line(line.index() - 1);
            if (line.baseline() - above.baseline() <= 2.8f * Math.max(above.size(), line.size())) {
                for (TextSegment up : above.segments()) {
                    Tokens t = p.tokens(up);
                    if (up.overlapsHorizontally(x0, x1, 8f) && hasLetters(t)) {
                        int to = Math.min(t.size(), LABEL_WORDS);
                        return new Anchor(words(t, 0, to), Anchor.Relation.BELOW, p.page.page(), p.page.last(),
                                up.x0(), above.baseline(), x0, x1, line.baseline());
                    }
                }
            }
        }
        return new Anchor("", Anchor.Relation.PLACE, p.page.page(), p.page.last(), x0, line.baseline(), x0, x1,
                line.baseline());
    }

    private static boolean hasLetters(Tokens t) {
        return t.words().stream().anyMatch(w -> w.chars().anyMatch(Character::isLetter));
    }

    private static String words(Tokens t, int from, int to) {
        return String.join(" ", t.words().subList(from, to));
    }

    /**
     * What the user recognises the layout by: the first text of the page that is no label and
     * holds no figure, which on an invoice is the supplier's name.
     */
    private static String name(PageLabels first) {
        for (TextLine line : first.page.lines()) {
            for (TextSegment seg : line.segments()) {
                boolean plain = first.hitsIn(seg).isEmpty() && seg.text().chars().noneMatch(Character::isDigit);
                if (plain && seg.text().chars().anyMatch(Character::isLetter)) {
                    return Candidate.shorten(seg.text()).length() > 60 ? seg.text().strip().substring(0, 59) + "…"
                            : Candidate.shorten(seg.text());
                }
            }
        }
        return "";
    }

    private static String fingerprint(List<String> ids, List<LearnedField> fields) {
        StringBuilder key = new StringBuilder(String.join(",", ids)).append('|');
        fields.stream().map(f -> f.field() + ":" + f.label() + ":" + f.relation()).sorted()
                .forEach(s -> key.append(s).append(';'));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
