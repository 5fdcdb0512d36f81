package fr.chorusdesk.service;

import java.util.Objects;
import java.util.Optional;

/**
 * What the wizard learnt about an engagement number before sending. Chorus Pro checks that the
 * number exists only for a State recipient, so only then is it looked up.
 *
 * @param message the sentence to show for {@link Outcome#UNKNOWN} (blocks) and
 *                {@link Outcome#NOT_VERIFIED} (warns); empty otherwise
 */
public record EngagementCheck(Outcome outcome, Optional<String> message) {

    public enum Outcome {
        /** Not a State recipient, or no number: Chorus Pro does not look it up, neither does the wizard. */
        NOT_NEEDED,
        /** Chorus Pro knows the number for this supplier. */
        FOUND,
        /** Chorus Pro does not know it: the State recipient would refuse the invoice. */
        UNKNOWN,
        /** The search was refused or failed: sending stays possible, Chorus Pro checks it itself. */
        NOT_VERIFIED
    }

    public EngagementCheck {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(message, "message");
    }

    public boolean blocks() {
        return outcome == Outcome.UNKNOWN;
    }
}
