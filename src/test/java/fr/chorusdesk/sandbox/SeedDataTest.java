package fr.chorusdesk.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.domain.Luhn;
import fr.chorusdesk.domain.Siret;
import fr.chorusdesk.sandbox.SeededStructure.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeedDataTest {

    private final List<SeededStructure> recipients = SeedData.recipients();

    @Test
    void everySeededSiretIsValidAndUnique() {
        assertThat(SeedData.allStructures()).allSatisfy(s -> assertThat(Siret.isValid(s.siret()))
                .as(s.designation() + " " + s.siret()).isTrue());
        assertThat(SeedData.allStructures()).extracting(SeededStructure::siret).doesNotHaveDuplicates();
        assertThat(SeedData.allStructures()).extracting(SeededStructure::idStructureCPP).doesNotHaveDuplicates();
        // One of them is valid only through the La Poste rule.
        assertThat(SeedData.allStructures()).anyMatch(s -> !Luhn.passes(s.siret()));
    }

    @Test
    void recipientsCoverEveryRoutingRule() {
        assertThat(recipients).hasSizeGreaterThanOrEqualTo(8);
        assertThat(recipients).anyMatch(s -> s.active() && !s.serviceCodeRequired() && !s.engagementRequired()
                && !s.serviceOrEngagement());
        assertThat(recipients).anyMatch(s -> s.serviceCodeRequired() && !s.engagementRequired());
        assertThat(recipients).anyMatch(s -> !s.serviceCodeRequired() && s.engagementRequired());
        assertThat(recipients).anyMatch(s -> s.serviceCodeRequired() && s.engagementRequired());
        assertThat(recipients).anyMatch(SeededStructure::serviceOrEngagement);
        assertThat(recipients).anyMatch(s -> !s.active());
        assertThat(recipients).anyMatch(s -> s.services().stream().anyMatch(SeededService::active)
                && s.services().stream().anyMatch(v -> !v.active()));
        assertThat(recipients).anyMatch(s -> s.kind() == Kind.STATE);
        assertThat(recipients).anyMatch(s -> s.kind() == Kind.LOCAL_AUTHORITY);
        assertThat(recipients).anyMatch(s -> s.kind() == Kind.HOSPITAL);
    }

    @Test
    void theSupplierHasTwoServicesAndTwoBankAccounts() {
        assertThat(SeedData.supplier().services()).hasSize(2);
        assertThat(SeedData.bankAccounts()).hasSize(2);
        assertThat(SeedData.supplier().isPublic()).isFalse();
    }

    @Test
    void vatNumbersCarryTheFrenchKey() {
        // Known pair from the reference implementation: SIREN 732829320 -> FR44732829320.
        SeededStructure probe = new SeededStructure(1, "73282932000074", "X", Kind.SUPPLIER, true, false, false, false,
                new SeededStructure.PostalAddress("a", "75000", "PARIS"), List.of());
        assertThat(probe.numeroTva()).isEqualTo("FR44732829320");
    }
}
