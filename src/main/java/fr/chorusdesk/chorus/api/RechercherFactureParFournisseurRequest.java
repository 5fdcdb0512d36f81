package fr.chorusdesk.chorus.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Body of {@code rechercherFactureParFournisseur}; every criterion is optional. Note the lower-case
 * "p" of {@code montantApayerMin}/{@code montantApayerMax}, as the API spells them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record RechercherFactureParFournisseurRequest(
        Long idUtilisateurCourant,
        List<DestinataireRecherche> listeDestinataire,
        Boolean rechercheSirenDestinataire,
        String numeroFacture,
        LocalDate periodeDateDepotDu,
        LocalDate periodeDateDepotAu,
        String typeFacture,
        Long idFournisseur,
        Long idServiceFournisseur,
        Long idStructureValideur,
        String cadreFacturation,
        List<String> statutCourant,
        LocalDate periodeDateFactureDu,
        LocalDate periodeDateFactureAu,
        BigDecimal montantHTMin,
        BigDecimal montantHTMax,
        BigDecimal montantTTCMin,
        BigDecimal montantTTCMax,
        BigDecimal montantApayerMin,
        BigDecimal montantApayerMax,
        Long coordonneeBancaire,
        List<Long> idUtilisateurCreateur,
        String numeroMarche,
        String numeroBonCommande,
        String numeroFactureOrigine,
        String modeDepot,
        String numeroFluxDepot,
        Pagination rechercheFactureParFournisseur,
        Boolean recupererTaille,
        LocalDate periodeDateHeureEtatCourantDu,
        LocalDate periodeDateHeureEtatCourantAu,
        Boolean rejetTraite) {

    /** Criteria built one at a time; unset criteria are not sent. */
    public static Builder builder() {
        return new Builder();
    }

    /** Mutable builder because the search has thirty optional criteria. */
    public static final class Builder {
        private Long idUtilisateurCourant;
        private String numeroFacture;
        private LocalDate periodeDateDepotDu;
        private LocalDate periodeDateDepotAu;
        private Long idFournisseur;
        private List<String> statutCourant;
        private String numeroFluxDepot;
        private Pagination pagination;

        private Builder() {
        }

        public Builder idUtilisateurCourant(Long value) {
            this.idUtilisateurCourant = value;
            return this;
        }

        public Builder numeroFacture(String value) {
            this.numeroFacture = value;
            return this;
        }

        public Builder periodeDateDepot(LocalDate du, LocalDate au) {
            this.periodeDateDepotDu = du;
            this.periodeDateDepotAu = au;
            return this;
        }

        public Builder idFournisseur(Long value) {
            this.idFournisseur = value;
            return this;
        }

        public Builder statutCourant(List<String> value) {
            this.statutCourant = value == null ? null : List.copyOf(value);
            return this;
        }

        public Builder numeroFluxDepot(String value) {
            this.numeroFluxDepot = value;
            return this;
        }

        public Builder pagination(Pagination value) {
            this.pagination = value;
            return this;
        }

        public RechercherFactureParFournisseurRequest build() {
            return new RechercherFactureParFournisseurRequest(idUtilisateurCourant, null, null, numeroFacture,
                    periodeDateDepotDu, periodeDateDepotAu, null, idFournisseur, null, null, null, statutCourant,
                    null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                    numeroFluxDepot, pagination, null, null, null, null);
        }
    }
}
