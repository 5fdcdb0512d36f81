package fr.chorusdesk.chorus.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Body of engagementsJuridiques/v1/rechercher: does this engagement number (numéro d'engagement
 * juridique, the State's purchase order) exist for this supplier? See
 * {@link ChorusWireChoices#ENGAGEMENT_JURIDIQUE_ETAT_COURANT} for what is confirmed.
 *
 * @param structureReceptriceEngagementJuridique the supplier's idStructureCPP, as a string
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RechercherEngagementJuridiqueRequest(String structureReceptriceEngagementJuridique,
        String numeroEngagementJuridique, String etatCourantEngagementJuridique) {

    public static RechercherEngagementJuridiqueRequest of(long idFournisseur, String numeroEngagement) {
        return new RechercherEngagementJuridiqueRequest(Long.toString(idFournisseur), numeroEngagement,
                ChorusWireChoices.ENGAGEMENT_JURIDIQUE_ETAT_COURANT);
    }
}
