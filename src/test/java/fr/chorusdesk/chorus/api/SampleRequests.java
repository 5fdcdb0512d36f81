package fr.chorusdesk.chorus.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Requests built from the reference's examples. */
public final class SampleRequests {

    /** {@link #soumettreReference()} as JSON: the example body of the reference (§8.1). */
    public static final String SOUMETTRE_REFERENCE_JSON = """
            {"idUtilisateurCourant":0,"modeDepot":"DEPOT_PDF_API","numeroFactureSaisi":"FA-2025-0042",
             "dateFacture":"2025-03-14",
             "destinataire":{"codeDestinataire":"11000201100044","codeServiceExecutant":"SFACETAT"},
             "fournisseur":{"idFournisseur":26300989,"idServiceFournisseur":10652252,
                            "codeCoordonneesBancairesFournisseur":144050},
             "cadreDeFacturation":{"codeCadreFacturation":"A1_FACTURE_FOURNISSEUR"},
             "references":{"deviseFacture":"EUR","typeFacture":"FACTURE","typeTva":"TVA_SUR_DEBIT",
                           "modePaiement":"VIREMENT","numeroMarche":"M2025-17","numeroBonCommande":"1300123456"},
             "lignePoste":[{"lignePosteNumero":1,"lignePosteReference":"PREST-01",
               "lignePosteDenomination":"Prestation de conseil","lignePosteQuantite":10,"lignePosteUnite":"heure",
               "lignePosteMontantUnitaireHT":100.00,"lignePosteMontantRemiseHT":0,"lignePosteTauxTvaManuel":20}],
             "ligneTva":[{"ligneTvaMontantBaseHtParTaux":1000.00,"ligneTvaMontantTvaParTaux":200.00,
               "ligneTvaTauxManuel":20}],
             "montantTotal":{"montantHtTotal":1000.00,"montantTVA":200.00,"montantTtcTotal":1200.00,
               "montantRemiseGlobaleTTC":0,"montantAPayer":1200.00},
             "pieceJointePrincipale":[{"pieceJointePrincipaleDesignation":"FA-2025-0042.pdf",
               "pieceJointePrincipaleId":6921279}],
             "commentaire":"Facture FA-2025-0042"}
            """;

    private SampleRequests() {
    }

    /** The soumettreFacture example of the reference (§8.1). */
    public static SoumettreFactureRequest soumettreReference() {
        return new SoumettreFactureRequest(0L, ModeDepot.DEPOT_PDF_API, "FA-2025-0042", LocalDate.of(2025, 3, 14),
                new Destinataire("11000201100044", "SFACETAT"),
                new Fournisseur(26300989L, 10652252L, 144050L),
                CadreDeFacturation.of(CadreFacturation.A1_FACTURE_FOURNISSEUR),
                new References("EUR", TypeFacture.FACTURE, TypeTva.TVA_SUR_DEBIT, null, "M2025-17", "1300123456", null,
                        ModePaiement.VIREMENT),
                List.of(new LignePoste(1, "PREST-01", "Prestation de conseil", new BigDecimal("10"), "heure",
                        new BigDecimal("100.00"), BigDecimal.ZERO, null, new BigDecimal("20"))),
                List.of(new LigneTva(null, new BigDecimal("1000.00"), new BigDecimal("200.00"), new BigDecimal("20"))),
                MontantTotal.of(new BigDecimal("1000.00"), new BigDecimal("200.00"), new BigDecimal("1200.00"),
                        BigDecimal.ZERO, null, new BigDecimal("1200.00")),
                List.of(new PieceJointePrincipale("FA-2025-0042.pdf", 6921279L)), null, "Facture FA-2025-0042");
    }
}
