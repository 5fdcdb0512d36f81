package fr.chorusdesk.service;

import fr.chorusdesk.domain.RecipientRules;
import java.util.Objects;
import java.util.Optional;

/**
 * One public structure offered in the search (or among the recent recipients): what the user needs
 * to recognise it and to know what the invoice will need.
 *
 * @param town           "25000 BESANÇON" when Chorus Pro gives the address; empty otherwise
 * @param active         false for a structure that no longer receives invoices
 * @param stateStructure a body of the State (see {@link RecipientService#isStateSiren})
 */
public record RecipientCandidate(String siret, String name, Optional<String> town, RecipientRules rules,
                                 boolean active, boolean stateStructure) {

    public RecipientCandidate {
        Objects.requireNonNull(siret, "siret");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(town, "town");
        Objects.requireNonNull(rules, "rules");
    }
}
