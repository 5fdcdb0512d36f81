package fr.chorusdesk.chorus.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import fr.chorusdesk.domain.Iban;
import java.util.Optional;

/**
 * {@code facture.fournisseur} of a consulterFactureParFournisseur response, with the bank account
 * the invoice is paid on: its id ({@code codeCoordonneesBancairesFournisseur} of the submission) and
 * its IBAN in parts (Swagger {@code FactureCppEmise}; the branch code alone is named without
 * "Fournisseur"). The parts are read as text: some public clients type them as numbers.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record FactureFournisseurInfo(
        Long idFournisseur,
        String typeIdentifiantFournisseur,
        String codeFournisseur,
        String raisonSocialeFournisseur,
        Long idServiceFournisseur,
        String codeServiceFournisseur,
        Long coordBancairesFournisseurId,
        String coordBancairesFournisseurLibelle,
        String coordBancairesFournisseurCodePays,
        String coordBancairesFournisseurCleIban,
        String coordBancairesFournisseurCodeBanque,
        String coordBancairesCodeGuichet,
        String coordBancairesFournisseurCompteBancaire,
        String coordBancairesFournisseurCleRib) {

    /** The IBAN the parts make, when they are all there and pass the check. */
    public Optional<Iban> iban() {
        return Iban.fromParts(coordBancairesFournisseurCodePays, coordBancairesFournisseurCleIban,
                coordBancairesFournisseurCodeBanque, coordBancairesCodeGuichet, coordBancairesFournisseurCompteBancaire,
                coordBancairesFournisseurCleRib);
    }
}
