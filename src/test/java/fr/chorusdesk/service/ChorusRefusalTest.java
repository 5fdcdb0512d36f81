package fr.chorusdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.domain.DraftField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The field named by Chorus Pro's refusal labels (the published 20110 wording, and ordinary phrasings). */
class ChorusRefusalTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Vous avez déjà déposé une demande de paiement avec ce numéro de facture pour cette structure.|INVOICE_NUMBER",
            "Le service exécutant VOIRIE n'existe pas pour le destinataire 22691000200014.|SERVICE_CODE",
            "Le numéro d'engagement est obligatoire pour le destinataire 26750003000015.|ENGAGEMENT_NUMBER",
            "LE DESTINATAIRE 25890100400014 N'EST PAS ACTIF|RECIPIENT_SIRET",
            "La date de facture 2026-03-11 est postérieure à la date de dépôt.|INVOICE_DATE"})
    void theLabelNamesTheField(String label, DraftField field) {
        assertThat(ChorusRefusal.fieldNamedIn(label)).contains(field);
    }

    @Test
    void aLabelNamingNoFieldGivesNone() {
        assertThat(ChorusRefusal.fieldNamedIn("Erreur interne du serveur")).isEmpty();
        assertThat(ChorusRefusal.fieldNamedIn(null)).isEmpty();
    }
}
