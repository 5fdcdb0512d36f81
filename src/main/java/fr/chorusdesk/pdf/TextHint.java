package fr.chorusdesk.pdf;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A value read in the text of a plain PDF for one field: the best one the page supports, with how
 * sure the reading is and the other values it could be.
 *
 * @param value        normalised value: dates as yyyy-MM-dd, amounts as plain positive decimals
 *                     (1234.50; a credit note's kind says it is a credit), SIRET as 14 digits,
 *                     VAT lines as {@code rate:base:amount} joined by {@code |}
 * @param page         page number, from 1
 * @param line         line number on that page, from 1
 * @param context      the label and the value as printed, shortened, so the user can judge
 * @param confidence   from 0 to 1
 * @param autoFill     high confidence and the cross-checks passed: filled in by itself
 * @param alternatives other values the page could mean, the likelier first
 * @param layout       the learned layout it was read with, when one matched
 */
public record TextHint(HintKind kind, String value, int page, int line, String context, double confidence,
                       boolean autoFill, List<Alternative> alternatives, Optional<String> layout) {

    /** Another value for the same field, with where it was read. */
    public record Alternative(String value, double confidence, int page, int line, String context) {

        public Alternative {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(context, "context");
        }
    }

    public TextHint {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(context, "context");
        alternatives = List.copyOf(alternatives);
        Objects.requireNonNull(layout, "layout");
    }

    /** A hint with nothing behind it: low confidence, never filled in by itself. */
    public TextHint(HintKind kind, String value, int page, int line, String context) {
        this(kind, value, page, line, context, 0.5, false, List.of(), Optional.empty());
    }

    /** The VAT lines of a {@link HintKind#VAT_LINES} hint. */
    public List<fr.chorusdesk.domain.VatLine> vatLines() {
        return kind == HintKind.VAT_LINES ? VatLinesReader.decode(value) : List.of();
    }
}
