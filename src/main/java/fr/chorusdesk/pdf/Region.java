package fr.chorusdesk.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a label's value may be: the rest of the label's own run of text, the runs to its right on
 * the same baseline up to the next label, or the run just below it.
 *
 * @param from first character of the value region in the segment's text
 * @param to   end (exclusive)
 */
record Region(TextLine line, TextSegment seg, int from, int to, Anchor.Relation relation) {

    String text() {
        return seg.text().substring(from, to);
    }

    /** Nothing but punctuation: the label stands alone. */
    boolean blank() {
        return text().codePoints().noneMatch(Character::isLetterOrDigit);
    }

    /** The regions on the label's baseline: its own segment's rest, then the segments right of it. */
    static List<Region> beside(LabelHit hit, PageLabels labels) {
        List<Region> out = new ArrayList<>();
        TextSegment seg = hit.seg();
        int to = labels.nextLabelStart(seg, hit.end());
        out.add(new Region(hit.line(), seg, hit.end(), to, Anchor.Relation.SAME_SEGMENT));
        if (to < seg.text().length()) {
            return out;
        }
        List<TextSegment> segments = hit.line().segments();
        for (int s = hit.segment() + 1; s < segments.size(); s++) {
            TextSegment right = segments.get(s);
            if (labels.startsWithLabel(right)) {
                break;
            }
            int end = labels.nextLabelStart(right, 0);
            out.add(new Region(hit.line(), right, 0, end, Anchor.Relation.RIGHT));
            if (end < right.text().length()) {
                break;
            }
        }
        return out;
    }

    /**
     * The run of text just under the label (within two lines, overlapping it horizontally), when
     * it is not itself a label.
     */
    static List<Region> below(LabelHit hit, PageLabels labels) {
        List<TextLine> lines = hit.page().lines();
        float left = hit.x0();
        float right = Math.max(hit.x1(), hit.seg().x1());
        float size = hit.seg().size();
        for (int i = hit.line().index(); i < Math.min(lines.size(), hit.line().index() + 2); i++) {
            TextLine next = lines.get(i);
            if (next.baseline() - hit.line().baseline() > 2.8f * Math.max(size, next.size())) {
                break;
            }
            for (TextSegment seg : next.segments()) {
                if (seg.overlapsHorizontally(left, right, 8f)) {
                    if (labels.startsWithLabel(seg)) {
                        return List.of();
                    }
                    return List.of(new Region(next, seg, 0, labels.nextLabelStart(seg, 0), Anchor.Relation.BELOW));
                }
            }
        }
        return List.of();
    }
}
