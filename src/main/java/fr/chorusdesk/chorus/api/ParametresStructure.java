package fr.chorusdesk.chorus.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** {@code parametres} of a consulterStructure response: the recipient's rules. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ParametresStructure(
        Boolean codeServiceDoitEtreRenseigne,
        Boolean numeroEJDoitEtreRenseigne,
        Boolean gestionNumeroEJOuCodeService,
        Boolean connexionEDI,
        Boolean recevoirDonneesViaEDI,
        Boolean estMoaUniquement,
        Boolean estValideurDelegue,
        Boolean getaMoa,
        Boolean nonDiffusibleInsee,
        Boolean statutMiseEnPaiementNestPasRemonte) {
}
