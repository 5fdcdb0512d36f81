package fr.chorusdesk.service;

import java.util.Objects;
import java.util.Optional;

/**
 * What the wizard learnt about an engagement number before sending. Chorus Pro checks that the
 * number exists only for a State recipient, so only then is it looked up.
 *
 * @param message the sentence to show for {@link Outcome#UNKNOWN} and {@link Outcome#NOT_VERIFIED};
 *                empty otherwise
 * @param strict  the profile's strict check was on: an unknown number blocks instead of warning
 */
public record EngagementCheck(Outcome outcome, Optional<String> message, boolean strict) {

    public enum Outcome {
        /** Not a State recipient, or no number: Chorus Pro does not look it up, neither does the wizard. */
        NOT_NEEDED,
        /** Chorus Pro knows the number for this supplier. */
        FOUND,
        /** Chorus Pro does not know it: the State recipient may refuse the invoice. */
        UNKNOWN,
        /** The search was refused or failed: sending stays possible, Chorus Pro checks it itself. */
        NOT_VERIFIED
    }

    public EngagementCheck {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(message, "message");
    }

    /** Not strict: an unknown number warns. */
    public EngagementCheck(Outcome outcome, Optional<String> message) {
        this(outcome, message, false);
    }

    /** An unknown number blocks only under the profile's strict check. */
    public boolean blocks() {
        return outcome == Outcome.UNKNOWN && strict;
    }

    /** An unknown number without the strict check, or a number that could not be verified. */
    public boolean warns() {
        return (outcome == Outcome.UNKNOWN && !strict) || outcome == Outcome.NOT_VERIFIED;
    }
}
