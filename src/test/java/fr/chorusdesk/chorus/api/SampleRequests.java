package fr.chorusdesk.chorus.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Requests built from the reference's examples. */
public final class SampleRequests {

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
