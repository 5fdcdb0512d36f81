package fr.chorusdesk.service;

import fr.chorusdesk.domain.RecipientRules;
import fr.chorusdesk.domain.Siret;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A recipient as Chorus Pro describes it, for the wizard's references step.
 *
 * @param structureId {@code idStructureCPP}
 * @param state       the public record's answer to « is it the State? » (whose engagement numbers
 *                    Chorus Pro checks against its orders); the user has the last word
 * @param rules       what an invoice to it must carry besides its SIRET, at the structure's level
 *                    (a service may ask more: {@link RecipientService#rulesFor})
 * @param services    every service Chorus Pro lists for it, active or not
 * @param sector      public, private, or unknown when Chorus Pro would not describe it
 */
public record Recipient(Siret siret, long structureId, String name, StateSignal state, RecipientRules rules,
                        List<RecipientUnit> services, Sector sector) {

    /** One service ({@code codeServiceExecutant}) of a recipient. */
    public record RecipientUnit(long id, String code, String label, boolean active) {
    }

    /**
     * {@code structurePriveePublique} of consulterStructure. Chorus Pro is for invoicing public
     * buyers; whether it refuses an invoice to a private structure is not public.
     */
    public enum Sector {
        PUBLIC,
        /** {@code PRIVEE}, or not consultable and found among private structures. */
        PRIVATE,
        /** consulterStructure would not describe it (it does so only for public structures and one's own). */
        NOT_DESCRIBED
    }

    public Recipient {
        Objects.requireNonNull(siret, "siret");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(sector, "sector");
        services = List.copyOf(services);
    }

    /** A public recipient whose kind is guessed from its SIREN. */
    public Recipient(Siret siret, long structureId, String name, RecipientRules rules, List<RecipientUnit> services) {
        this(siret, structureId, name, StateSignal.fromSiren(siret), rules, services, Sector.PUBLIC);
    }

    /** What the public record says: a body of the State (the user may answer otherwise). */
    public boolean stateStructure() {
        return state.state();
    }

    /** The services an invoice may be sent to. */
    public List<RecipientUnit> activeServices() {
        return services.stream().filter(RecipientUnit::active).toList();
    }

    /** A service by code, compared without regard to case as Chorus Pro does. */
    public Optional<RecipientUnit> service(String code) {
        return services.stream().filter(s -> s.code().equalsIgnoreCase(code.trim())).findFirst();
    }
}
