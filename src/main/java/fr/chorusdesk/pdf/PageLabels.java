package fr.chorusdesk.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The labels of one page and what they tell about its lines: which lines are table headers (only
 * titles, no figure), which segments belong to a label that is no field (legal mentions,
 * payments, due dates).
 */
final class PageLabels {

    final PositionedPage page;
    final List<LabelHit> hits = new ArrayList<>();
    private final Map<TextSegment, Tokens> tokens = new HashMap<>();
    private final Map<TextSegment, List<LabelHit>> bySegment = new HashMap<>();

    PageLabels(PositionedPage page, LabelDictionary dictionary) {
        this.page = page;
        for (TextLine line : page.lines()) {
            for (int s = 0; s < line.segments().size(); s++) {
                TextSegment seg = line.segments().get(s);
                Tokens t = Tokens.of(seg.text());
                tokens.put(seg, t);
                List<LabelHit> mine = new ArrayList<>();
                for (LabelDictionary.Match m : dictionary.find(t)) {
                    LabelHit hit = new LabelHit(page, line, s, t, m);
                    hits.add(hit);
                    mine.add(hit);
                }
                bySegment.put(seg, mine);
            }
        }
    }

    Tokens tokens(TextSegment seg) {
        return tokens.get(seg);
    }

    List<LabelHit> hitsIn(TextSegment seg) {
        return bySegment.getOrDefault(seg, List.of());
    }

    /** Whether the segment begins with a label (so it is not the value of the label left of it). */
    boolean startsWithLabel(TextSegment seg) {
        return hitsIn(seg).stream().anyMatch(LabelHit::startsSegment);
    }

    /** A row of column titles: three cells or more and not a single digit among them. */
    static boolean isHeaderRow(TextLine line) {
        return line.segments().size() >= 3
                && line.segments().stream().noneMatch(s -> s.text().chars().anyMatch(Character::isDigit));
    }

    /** Whether a segment carries a legal mention or a payment: what is in it is no field. */
    boolean isBlocked(TextSegment seg) {
        return hitsIn(seg).stream().anyMatch(h -> h.kind().blocks());
    }

    /** The first label in the segment after character {@code from}, if any. */
    int nextLabelStart(TextSegment seg, int from) {
        int next = seg.text().length();
        for (LabelHit h : hitsIn(seg)) {
            if (h.start() >= from && h.start() < next) {
                next = h.start();
            }
        }
        return next;
    }
}
