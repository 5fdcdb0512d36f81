package fr.chorusdesk.pdf;

import java.util.Objects;
import java.util.Optional;

/**
 * One possible value for a field, with how much the page supports it and where it was read.
 *
 * @param value   normalised: dates yyyy-MM-dd, amounts plain decimals with their sign as printed,
 *                SIRET 14 digits
 * @param score   from 0 to 1: the label's weight times how well the place fits
 * @param line    line number on the page, from 1
 * @param context the label and the value as printed, for the user to judge
 */
record Candidate(HintKind kind, String value, double score, int page, int line, String context, Anchor anchor,
                 Optional<String> layout) {

    Candidate {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(value);
        Objects.requireNonNull(anchor);
        Objects.requireNonNull(layout);
        context = shorten(context);
    }

    /** A value read by the labels alone, no learned layout. */
    Candidate(HintKind kind, String value, double score, int page, int line, String context, Anchor anchor) {
        this(kind, value, score, page, line, context, anchor, Optional.empty());
    }

    Candidate withScore(double newScore) {
        return new Candidate(kind, value, newScore, page, line, context, anchor, layout);
    }

    Candidate withLayout(String id) {
        return new Candidate(kind, value, score, page, line, context, anchor, Optional.of(id));
    }

    Candidate withValue(String newValue) {
        return new Candidate(kind, newValue, score, page, line, context, anchor, layout);
    }

    static String shorten(String text) {
        String flat = text.strip().replaceAll("[\\s\\u00a0\\u202f]+", " ");
        return flat.length() <= 100 ? flat : flat.substring(0, 99) + "…";
    }
}
