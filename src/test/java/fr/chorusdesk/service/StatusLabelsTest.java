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
        assertEquals("COMPTABILISEE", french.label("COMPTABILISEE"));
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
    void finalStatusesAreTheThreeDocumentedOnes() {
        assertTrue(StatusLabels.isFinal("MISE_EN_PAIEMENT"));
        assertTrue(StatusLabels.isFinal("REJETEE"));
        assertTrue(StatusLabels.isFinal("ANNULEE"));
        assertFalse(StatusLabels.isFinal("SUSPENDUE"));
        assertFalse(StatusLabels.isFinal("DEPOSEE"));
    }
}
