package fr.chorusdesk.service;

import fr.chorusdesk.domain.RecipientRules;
import fr.chorusdesk.domain.Siret;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A public recipient as Chorus Pro describes it, for the wizard's references step.
 *
 * @param structureId     {@code idStructureCPP}
 * @param stateStructure  a body of the State, whose engagement numbers Chorus Pro checks against its
 *                        orders (see {@link RecipientService#isStateSiren})
 * @param rules           what an invoice to it must carry besides its SIRET
 * @param services        every service Chorus Pro lists for it, active or not
 */
public record Recipient(Siret siret, long structureId, String name, boolean stateStructure, RecipientRules rules,
                        List<RecipientUnit> services) {

    /** One service ({@code codeServiceExecutant}) of a recipient. */
    public record RecipientUnit(long id, String code, String label, boolean active) {
    }

    public Recipient {
        Objects.requireNonNull(siret, "siret");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(rules, "rules");
        services = List.copyOf(services);
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
