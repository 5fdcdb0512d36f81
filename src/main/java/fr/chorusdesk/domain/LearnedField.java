package fr.chorusdesk.domain;

import java.util.Objects;

/**
 * Where one confirmed field of a supplier's invoice sat: its label (the words before or above the
 * value, as the reader compares them: lower case, no accents), where the value is from that label,
 * on which page, and at which place. Points from the page's top-left corner.
 *
 * @param label    the label's words joined by spaces; empty when the value had no label (a place only)
 * @param page     page number from 1; with {@code lastPage}, the document's last page whatever its number
 * @param lastPage totals sit on the last page of a long invoice
 */
public record LearnedField(DraftField field, String label, Relation relation, int page, boolean lastPage,
                           float labelX, float labelY, float valueX0, float valueX1, float valueY) {

    /** Where the value is from its label. */
    public enum Relation {
        /** In the label's own run of text, after it. */
        SAME_SEGMENT,
        /** Further right on the label's baseline. */
        RIGHT,
        /** Just below the label. */
        BELOW,
        /** No label: the place on the page. */
        PLACE
    }

    public LearnedField {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(relation, "relation");
    }
}
