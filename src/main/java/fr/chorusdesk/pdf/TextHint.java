package fr.chorusdesk.pdf;

import java.util.Objects;

/**
 * A value found in the text of a plain PDF, offered to the user as a suggestion and never applied
 * by itself.
 *
 * @param value   normalised value: dates as yyyy-MM-dd, amounts as plain decimals (1234.50), SIRET as 14 digits
 * @param page    page number, from 1
 * @param line    line number on that page, from 1
 * @param context the line it was found on, shortened, so the user can judge
 */
public record TextHint(HintKind kind, String value, int page, int line, String context) {

    public TextHint {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(context, "context");
    }
}
