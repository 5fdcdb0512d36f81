package fr.chorusdesk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The finality decisions of docs/chorus-pro-reference.md ("Which statuses are final"), written out. */
class InvoiceStatusTest {

    @Test
    void paidRejectedAbandonedDeletedRefusedAndReplacedAreFinal() {
        assertThat(Arrays.stream(InvoiceStatus.values()).filter(InvoiceStatus::isFinal).map(InvoiceStatus::code))
                .containsExactlyInAnyOrder("MISE_EN_PAIEMENT", "REJETEE", "ABANDONNEE", "SUPPRIMEE", "REFUSEE_1",
                        "REFUSEE_2", "REFUSEE_MOE", "REFUSEE_MOA", "REFUSEE_FOURNISSEUR", "REMPLACEE_PAR_A22",
                        "DUPLIQUE_APRES_REFUS");
    }

    @Test
    void whatAnActionCanStillMoveIsNotFinal() {
        // recyclerFacture, completerFacture, a validator's answer, the accountant's steps before payment
        assertThat(InvoiceStatus.isFinal("A_RECYCLER")).isFalse();
        assertThat(InvoiceStatus.isFinal("SUSPENDUE")).isFalse();
        assertThat(InvoiceStatus.isFinal("A_VALIDER_1")).isFalse();
        assertThat(InvoiceStatus.isFinal("ABSENCE_VALIDATION_1_HORS_DELAI")).isFalse();
        assertThat(InvoiceStatus.isFinal("MANDATEE")).isFalse();
        assertThat(InvoiceStatus.isFinal("COMPTABILISEE")).isFalse();
    }

    @Test
    void annuleeIsNoChorusProStatusAndAnUnknownCodeIsNeitherKnownNorFinal() {
        assertThat(InvoiceStatus.parse("ANNULEE")).isEmpty();
        assertThat(InvoiceStatus.isFinal("ANNULEE")).isFalse();
        assertThat(InvoiceStatus.parse("STATUT_FUTUR")).isEmpty();
        assertThat(InvoiceStatus.parse(null)).isEmpty();
        assertThat(InvoiceStatus.parse(" DEPOSEE ")).contains(InvoiceStatus.DEPOSEE);
        assertThat(InvoiceStatus.values()).hasSize(56);
    }
}
