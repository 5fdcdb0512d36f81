package fr.chorusdesk.chorus.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** {@code facture} of a consulterFactureParFournisseur response (the fields this product reads). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record FactureEmise(
        Long identifiantFactureCPP,
        String numeroFacture,
        String statutFacture,
        String modeDepot,
        Boolean rejetTraite,
        FactureDestinataire destinataire,
        FactureFournisseurInfo fournisseur,
        FactureCadre cadreDeFacturation,
        FactureReferences references,
        MontantTotal montantTotal,
        String commentaire,
        RecapitulatifDeTva recapitulatifDeTva) {

    /** Without the VAT summary. */
    public FactureEmise(Long identifiantFactureCPP, String numeroFacture, String statutFacture, String modeDepot,
            Boolean rejetTraite, FactureDestinataire destinataire, FactureFournisseurInfo fournisseur,
            FactureCadre cadreDeFacturation, FactureReferences references, MontantTotal montantTotal,
            String commentaire) {
        this(identifiantFactureCPP, numeroFacture, statutFacture, modeDepot, rejetTraite, destinataire, fournisseur,
                cadreDeFacturation, references, montantTotal, commentaire, null);
    }
}
