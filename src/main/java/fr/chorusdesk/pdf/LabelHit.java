package fr.chorusdesk.pdf;

/**
 * A label of the dictionary found on a page.
 *
 * @param line    the line it is on
 * @param segment index of its segment in the line
 * @param tokens  the segment's words
 * @param match   which label, over which words
 */
record LabelHit(PositionedPage page, TextLine line, int segment, Tokens tokens, LabelDictionary.Match match) {

    LabelKind kind() {
        return match.label().kind();
    }

    double weight() {
        return match.label().weight();
    }

    TextSegment seg() {
        return line.segments().get(segment);
    }

    /** Character offset in the segment's text where the label ends. */
    int end() {
        return tokens.endOf(match.to() - 1);
    }

    int start() {
        return tokens.startOf(match.from());
    }

    /** Whether the label is the whole segment (a heading, a column title), give or take a colon. */
    boolean wholeSegment() {
        return match.from() == 0 && match.to() == tokens.size();
    }

    /** Whether the label starts its segment. */
    boolean startsSegment() {
        return match.from() == 0;
    }

    float x0() {
        return seg().xAt(start());
    }

    float x1() {
        int end = end();
        return end >= seg().text().length() ? seg().x1() : seg().xAt(end);
    }

    String words() {
        return String.join(" ", match.label().words());
    }
}
