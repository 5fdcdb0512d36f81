package fr.chorusdesk.chorus;

import fr.chorusdesk.domain.RecipientRules;
import java.util.Optional;

/**
 * One public structure found by name: what the portal's search shows (name, SIRET, town) and what
 * the invoice will need (service code, engagement number).
 *
 * @param active {@code statut} ACTIVE; an inactive structure cannot receive invoices
 */
public record RecipientMatch(long idStructureCPP, String siret, String name, Optional<String> postalCode,
        Optional<String> town, RecipientRules rules, boolean active) {

    public boolean serviceCodeRequired() {
        return rules.serviceCodeRequired();
    }

    public boolean engagementNumberRequired() {
        return rules.engagementNumberRequired();
    }
}
