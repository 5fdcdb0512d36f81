package fr.chorusdesk.chorus.api;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;

/**
 * Body of {@code soumettreFacture}. For an invoice built on an uploaded PDF use
 * {@link ModeDepot#DEPOT_PDF_API} with {@code pieceJointePrincipale} pointing at the
 * {@code pieceJointeId} from ajouterFichierDansSysteme.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SoumettreFactureRequest(
        Long idUtilisateurCourant,
        ModeDepot modeDepot,
        String numeroFactureSaisi,
        LocalDate dateFacture,
        Destinataire destinataire,
        Fournisseur fournisseur,
        CadreDeFacturation cadreDeFacturation,
        References references,
        List<LignePoste> lignePoste,
        List<LigneTva> ligneTva,
        MontantTotal montantTotal,
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        @JsonSerialize(using = PieceJointePrincipaleSerializer.class)
        List<PieceJointePrincipale> pieceJointePrincipale,
        List<PieceJointeComplementaire> pieceJointeComplementaire,
        String commentaire) {

    /** Same request without the invoice lines (for DEPOT_PDF_* when lines are not to be sent). */
    public SoumettreFactureRequest withoutLines() {
        return new SoumettreFactureRequest(idUtilisateurCourant, modeDepot, numeroFactureSaisi, dateFacture,
                destinataire, fournisseur, cadreDeFacturation, references, null, null, montantTotal,
                pieceJointePrincipale, pieceJointeComplementaire, commentaire);
    }

    /** Same request with another {@code idUtilisateurCourant} ({@code null} omits it). */
    public SoumettreFactureRequest withIdUtilisateurCourant(Long id) {
        return new SoumettreFactureRequest(id, modeDepot, numeroFactureSaisi, dateFacture,
                destinataire, fournisseur, cadreDeFacturation, references, lignePoste, ligneTva, montantTotal,
                pieceJointePrincipale, pieceJointeComplementaire, commentaire);
    }
}
