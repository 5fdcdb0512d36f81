package fr.chorusdesk.pdf;

/**
 * Where a value sits relative to its label, as a person would describe it: « right of Net à
 * payer », « under Numéro de facture ». What a learned layout remembers of a field.
 *
 * @param label     the label's words as {@link Tokens} makes them, joined by spaces; empty without label
 * @param relation  where the value is from the label
 * @param page      page number, from 1
 * @param lastPage  whether that page is the document's last (totals move there on long invoices)
 * @param labelX    left edge of the label
 * @param labelY    baseline of the label
 * @param valueX0   left edge of the value
 * @param valueX1   right edge of the value
 * @param valueY    baseline of the value
 */
public record Anchor(String label, Relation relation, int page, boolean lastPage, float labelX, float labelY,
                     float valueX0, float valueX1, float valueY) {

    /** Where a value is found from its label. */
    public enum Relation {
        /** In the same run of text, after the label (« Total HT : 1 000,00 »). */
        SAME_SEGMENT,
        /** On the same baseline, further right (a label column and a value column). */
        RIGHT,
        /** Just below the label (a box, a table header). */
        BELOW,
        /** No label: only the place on the page. */
        PLACE
    }
}
