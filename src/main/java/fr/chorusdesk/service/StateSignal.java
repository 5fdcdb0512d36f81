package fr.chorusdesk.service;

import fr.chorusdesk.domain.Siret;
import java.util.Objects;
import java.util.Optional;

/**
 * What the public record says about whether a recipient is the State, the wizard's pre-answer to
 * « Le destinataire est-il l'État ? ». Chorus Pro's API carries no such flag. The best public
 * signal is the INSEE legal category of the recipient's legal unit (Sirene register, read through
 * the public register): group 71 is « Administration de l'État » (ministries, their central and
 * deconcentrated services, State schools without legal personality). When the register cannot
 * say, the SIREN's first digits are the fallback, an unconfirmed convention (see
 * {@link #fromSiren}).
 *
 * @param legalCategory the INSEE legal category when the register gave it
 */
public record StateSignal(boolean state, Source source, Optional<String> legalCategory) {

    /** Where the pre-answer comes from. */
    public enum Source {
        /** The INSEE legal category read in the public register. */
        LEGAL_CATEGORY,
        /** The register did not answer: a guess from the SIREN's first digits. */
        SIREN_PREFIX
    }

    /** The first two digits of the INSEE legal categories of the State's administration (group 71). */
    static final String STATE_GROUP = "71";

    public StateSignal {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(legalCategory, "legalCategory");
    }

    /** From the register's legal category when there is one, else from the SIREN. */
    public static StateSignal of(Siret siret, Optional<String> legalCategory) {
        return legalCategory.filter(c -> c.matches("\\d{4}"))
                .map(c -> new StateSignal(c.startsWith(STATE_GROUP), Source.LEGAL_CATEGORY, Optional.of(c)))
                .orElseGet(() -> fromSiren(siret));
    }

    /**
     * The fallback guess. Public bodies' SIRENs start with 1 or 2; that the State's start with 1
     * and local authorities' and hospitals' with 2 is the common reading (the public State test
     * structure, 110002011, fits it), and so is that 18 and 19 are public establishments of their
     * own (chambers, lycées, universities), not the State; no source checked here states either:
     * UNCONFIRMED.
     */
    public static StateSignal fromSiren(Siret siret) {
        String v = siret.value();
        boolean state = v.charAt(0) == '1' && v.charAt(1) != '8' && v.charAt(1) != '9';
        return new StateSignal(state, Source.SIREN_PREFIX, Optional.empty());
    }
}
