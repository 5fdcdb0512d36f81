package fr.chorusdesk.chorus.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/** {@code facture.references} of a consulterFactureParFournisseur response (output names differ from input). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record FactureReferences(
        LocalDate dateFacture,
        LocalDate dateDepot,
        String codeDeviseFacture,
        String typeFacture,
        String typeTva,
        String motifExonerationTva,
        String numeroMarche,
        String numeroBonCommande,
        String numeroFactureOrigine,
        String modePaiement,
        LocalDate dateEcheancePaiement) {
}
