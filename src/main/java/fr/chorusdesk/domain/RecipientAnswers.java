package fr.chorusdesk.domain;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the user of a profile answered about recipients, remembered for the next invoice: whether
 * each recipient is the State (« Le destinataire est-il l'État ? », by SIRET), and whether an
 * engagement number Chorus Pro does not know for a State recipient blocks the sending (the strict
 * check) or only warns (the default).
 *
 * @param stateBySiret          the answer per recipient SIRET (14 digits)
 * @param strictEngagementCheck an unknown engagement number of a State recipient blocks
 */
public record RecipientAnswers(Map<String, Boolean> stateBySiret, boolean strictEngagementCheck) {

    /** Nothing answered, not strict. */
    public static final RecipientAnswers NONE = new RecipientAnswers(Map.of(), false);

    public RecipientAnswers {
        // sorted, so that the settings file lists them in a stable order
        stateBySiret = stateBySiret == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(stateBySiret));
    }

    /** The answer given for this recipient, if any. */
    public Optional<Boolean> state(Siret siret) {
        return Optional.ofNullable(stateBySiret.get(siret.value()));
    }

    public RecipientAnswers withState(Siret siret, boolean state) {
        Objects.requireNonNull(siret, "siret");
        Map<String, Boolean> next = new TreeMap<>(stateBySiret);
        next.put(siret.value(), state);
        return new RecipientAnswers(next, strictEngagementCheck);
    }

    public RecipientAnswers withStrictEngagementCheck(boolean strict) {
        return new RecipientAnswers(stateBySiret, strict);
    }
}
