package fr.chorusdesk.chorus.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** Response of {@code rechercherFactureParFournisseur}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RechercherFactureParFournisseurResponse(
        Integer codeRetour,
        String libelle,
        List<FactureFournisseur> listeFactures,
        ParametresRetour parametresRetour) implements ChorusResponse {

    public RechercherFactureParFournisseurResponse {
        listeFactures = WireLists.orEmpty(listeFactures);
    }
}
