package fr.chorusdesk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.chorusdesk.sandbox.StoredInvoice.PlannedStatus;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The A9 circuit of docs/sandbox.md ("Validation circuit"): the main contractor validates, refuses
 * or stays silent; 15 days of silence is a tacit validation (community page on sous-traitance and
 * cotraitance; Code de la commande publique art. R2393-34-1).
 */
class ValidationCircuitTest {

    private static final List<PlannedStatus> ROUTING = List.of(
            new PlannedStatus(InvoiceStatus.EN_COURS_ACHEMINEMENT, Optional.empty()),
            new PlannedStatus(InvoiceStatus.MISE_A_DISPOSITION, Optional.empty()));

    private final ValidationCircuit circuit = new ValidationCircuit(InvoiceStatus.ABSENCE_VALIDATION_1_HORS_DELAI);

    @Test
    void aSubcontractorsInvoiceWaitsForTheMainContractorWhoValidatesIt() {
        List<PlannedStatus> plan = circuit.plan("A9_FACTURE_SOUSTRAITANT", "FA-2026-0701", Optional.empty(), ROUTING);

        assertThat(plan).extracting(PlannedStatus::status).containsExactly(InvoiceStatus.A_VALIDER_1,
                InvoiceStatus.VALIDEE_1, InvoiceStatus.EN_COURS_ACHEMINEMENT, InvoiceStatus.MISE_A_DISPOSITION);
        assertThat(plan).allSatisfy(p -> assertThat(p.delay()).as("one step each").isEmpty());
    }

    @Test
    void aRefusalEndsTheInvoice() {
        List<PlannedStatus> plan = circuit.plan("A9_FACTURE_SOUSTRAITANT", "REFV-2026-01", Optional.empty(), ROUTING);

        assertThat(plan).extracting(PlannedStatus::status)
                .containsExactly(InvoiceStatus.A_VALIDER_1, InvoiceStatus.REFUSEE_1);
        assertThat(plan.get(1).comment()).contains(ValidationCircuit.REFUSED_COMMENT);
        assertThat(circuit.plan("A9_FACTURE_SOUSTRAITANT", "FA-2026-0702", Optional.of("lot 2 #refusee_1"), ROUTING))
                .as("the comment's tag, any case").extracting(PlannedStatus::status)
                .containsExactly(InvoiceStatus.A_VALIDER_1, InvoiceStatus.REFUSEE_1);
    }

    @Test
    void silenceIsATacitValidationFifteenDaysLater() {
        List<PlannedStatus> plan = circuit.plan("A9_FACTURE_SOUSTRAITANT", "TACI-2026-01", Optional.empty(), ROUTING);

        assertThat(plan).extracting(PlannedStatus::status).containsExactly(InvoiceStatus.A_VALIDER_1,
                InvoiceStatus.ABSENCE_VALIDATION_1_HORS_DELAI, InvoiceStatus.EN_COURS_ACHEMINEMENT,
                InvoiceStatus.MISE_A_DISPOSITION);
        assertThat(plan.get(1).delay()).contains(Duration.ofDays(15));
        assertThat(new ValidationCircuit(InvoiceStatus.VALIDEE_1)
                .plan("A9_FACTURE_SOUSTRAITANT", "FA-2026-0703", Optional.of("#TACITE"), ROUTING).get(1).status())
                .as("the other reading of the switch").isEqualTo(InvoiceStatus.VALIDEE_1);
        assertThatThrownBy(() -> new ValidationCircuit(InvoiceStatus.DEPOSEE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCoContractorsOrAnyOtherInvoiceHasNoCircuit() {
        assertThat(circuit.plan("A12_FACTURE_COTRAITANT", "REFV-2026-02", Optional.empty(), ROUTING)).isEqualTo(ROUTING);
        assertThat(circuit.plan("A1_FACTURE_FOURNISSEUR", "TACI-2026-02", Optional.empty(), ROUTING)).isEqualTo(ROUTING);
    }
}
