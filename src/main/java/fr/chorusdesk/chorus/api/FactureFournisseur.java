package fr.chorusdesk.chorus.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** One item of {@code listeFactures} in a rechercherFactureParFournisseur response. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record FactureFournisseur(
        Long identifiantFactureCPP,
        String typeDemandePaiement,
        String codeFournisseur,
        String typeIdentifiantFournisseur,
        String designationFournisseur,
        String codeServiceFournisseur,
        String nomServiceFournisseur,
        Long idDestinataire,
        String codeDestinataire,
        String designationDestinataire,
        Long idServiceExecutant,
        String codeServiceExecutant,
        String nomServiceExecutant,
        String typeFacture,
        String numeroFacture,
        LocalDate dateFacture,
        LocalDate dateDepot,
        BigDecimal montantHT,
        BigDecimal montantTTC,
        BigDecimal montantAPayer,
        String devise,
        String statut,
        String numeroMarche,
        String numeroBonCommande,
        String numeroFluxDepot,
        String numeroFactureOrigine,
        String modeDepot,
        @JsonSerialize(using = ParisOffsetDateTimeSerializer.class) LocalDateTime dateHeureEtatCourant,
        String commentaireEtatCourant,
        Boolean rejetTraite) {
}
