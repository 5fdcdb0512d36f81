package fr.chorusdesk.pdf;

import java.util.List;

/**
 * The text of one page with its positions: lines top to bottom, each cut into segments where the
 * page leaves a wide gap (a table's columns, a label and its value).
 *
 * @param page   page number, from 1
 * @param last   whether it is the document's last page (where totals sit)
 */
record PositionedPage(int page, boolean last, float width, float height, List<TextLine> lines) {

    PositionedPage {
        lines = List.copyOf(lines);
    }

    boolean hasText() {
        return !lines.isEmpty();
    }

    /** The line with this index (from 1). */
    TextLine line(int index) {
        return lines.get(index - 1);
    }
}
