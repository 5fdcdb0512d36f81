package fr.chorusdesk.pdf;

import java.util.List;
import java.util.Optional;

/**
 * What the reading of a plain PDF offers for one field: the best value, how sure it is, whether it
 * may be filled in by itself, and the other values the page could mean.
 *
 * @param confidence from 0 to 1
 * @param autoFill   high confidence and every cross-check passed: the wizard fills the field
 */
record FieldReading(HintKind kind, Candidate best, double confidence, boolean autoFill, List<Candidate> alternatives) {

    FieldReading {
        alternatives = List.copyOf(alternatives);
    }

    /** The learned layout the best value was read with, if any. */
    Optional<String> layout() {
        return best.layout();
    }
}
