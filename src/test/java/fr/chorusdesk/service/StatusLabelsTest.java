package fr.chorusdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Status codes in words (docs/drafts-history.md, "Statuses in words"). */
class StatusLabelsTest {

    private final StatusLabels french = new StatusLabels(Locale.FRENCH);

    @Test
    void aKnownCodeHasItsFrenchWords() {
        assertEquals("Rejetée", french.label("REJETEE"));
        assertEquals("Mise en paiement", french.label("MISE_EN_PAIEMENT"));
        assertEquals("Rejected", new StatusLabels(Locale.ENGLISH).label("REJETEE"));
    }

    @Test
    void anUnknownCodeIsShownAsWritten() {
        assertEquals("STATUT_FUTUR_INCONNU", french.label("STATUT_FUTUR_INCONNU"));
        assertEquals("ANNULEE", french.label("ANNULEE"), "not a Chorus Pro status");
    }

    @Test
    void theStatusesOnceShownAsCodesHaveWords() {
        assertEquals("Comptabilisée", french.label("COMPTABILISEE"));
        assertEquals("Mise à disposition du comptable public", french.label("MISE_A_DISPOSITION_COMPTABLE"));
        assertEquals("À valider par le titulaire (valideur)", french.label("A_VALIDER_1"));
        assertEquals("Refusée par le titulaire (valideur)", french.label("REFUSEE_1"));
        assertEquals("Validée par le titulaire (valideur)", french.label("VALIDEE_1"));
    }

    @Test
    void noCodeYetSaysSo() {
        assertEquals("Statut inconnu pour l’instant", french.label(null));
        assertEquals("Statut inconnu pour l’instant", french.label("  "));
    }

    @Test
    void nextActionForAStatusThatNeedsOne() {
        assertEquals("Le destinataire attend des pièces : ajoutez les documents manquants.",
                french.nextAction("SUSPENDUE"));
    }

    @Test
    void noNextActionIsAnEmptyText() {
        assertEquals("", french.nextAction("DEPOSEE"));
        assertEquals("", french.nextAction("COMPTABILISEE"));
    }

    @Test
    void finalStatusesAreTheDocumentedOnes() {
        assertTrue(StatusLabels.isFinal("MISE_EN_PAIEMENT"));
        assertTrue(StatusLabels.isFinal("REJETEE"));
        assertTrue(StatusLabels.isFinal("ABANDONNEE"), "no longer polled forever");
        assertTrue(StatusLabels.isFinal("SUPPRIMEE"), "no longer polled forever");
        assertFalse(StatusLabels.isFinal("ANNULEE"), "not a Chorus Pro status: an unknown code is polled");
        assertFalse(StatusLabels.isFinal("SUSPENDUE"));
        assertFalse(StatusLabels.isFinal("DEPOSEE"));
    }
}
