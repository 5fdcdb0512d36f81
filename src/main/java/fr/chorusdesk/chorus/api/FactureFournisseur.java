package fr.chorusdesk.chorus.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One item of {@code listeFactures} in a rechercherFactureParFournisseur response. The bank
 * account's parts are flat fields here, without its id nor the branch code (Swagger
 * {@code RetourRechercherFactureParFournisseur}): enough to tell two accounts apart, not to name one.
 */
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
        Boolean rejetTraite,
        String coordBancairesFournisseurCodePays,
        String coordBancairesFournisseurCleIban,
        String coordBancairesFournisseurCodeBanque,
        String coordBancairesFournisseurCompteBancaire,
        String coordBancairesFournisseurCleRib,
        String coordBancairesFournisseurNomCb) {

    /**
     * What tells this invoice's bank account from another's: its parts, or empty when the answer
     * carries none (then every invoice may be on its own account).
     */
    public Optional<String> bankAccountKey() {
        String key = Stream.of(coordBancairesFournisseurCodePays, coordBancairesFournisseurCodeBanque,
                        coordBancairesFournisseurCompteBancaire, coordBancairesFournisseurCleRib)
                .map(p -> p == null ? "" : p.trim()).collect(Collectors.joining("|"));
        return key.replace("|", "").isEmpty() ? Optional.empty() : Optional.of(key);
    }
}
