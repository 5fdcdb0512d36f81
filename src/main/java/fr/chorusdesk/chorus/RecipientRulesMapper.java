package fr.chorusdesk.chorus;

import fr.chorusdesk.chorus.api.ConsulterStructureResponse;
import fr.chorusdesk.chorus.api.ParametresStructure;
import fr.chorusdesk.domain.RecipientRules;

/**
 * Turns the {@code parametres} flags of consulterStructure into one {@link RecipientRules}, in the
 * order production clients read them: the "either" flag wins, then both, then each alone. A
 * missing flag counts as false.
 */
public final class RecipientRulesMapper {

    private RecipientRulesMapper() {
    }

    public static RecipientRules fromParametres(ParametresStructure p) {
        if (p == null) {
            return RecipientRules.NONE;
        }
        boolean either = Boolean.TRUE.equals(p.gestionNumeroEJOuCodeService());
        boolean service = Boolean.TRUE.equals(p.codeServiceDoitEtreRenseigne());
        boolean engagement = Boolean.TRUE.equals(p.numeroEJDoitEtreRenseigne());
        if (either) {
            return RecipientRules.SERVICE_CODE_OR_ENGAGEMENT_NUMBER;
        }
        if (service && engagement) {
            return RecipientRules.SERVICE_CODE_AND_ENGAGEMENT_NUMBER;
        }
        if (service) {
            return RecipientRules.SERVICE_CODE;
        }
        if (engagement) {
            return RecipientRules.ENGAGEMENT_NUMBER;
        }
        return RecipientRules.NONE;
    }

    public static RecipientRules fromStructure(ConsulterStructureResponse structure) {
        return fromParametres(structure.parametres());
    }
}
