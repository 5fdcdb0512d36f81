package fr.chorusdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fr.chorusdesk.domain.RecipientRules;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recipient lookup over real HTTP against the sandbox; expected values from docs/sandbox.md, "Seeded data". */
class RecipientServiceTest {

    @TempDir
    Path dir;

    private SandboxHarness harness;
    private RecipientService service;

    @BeforeEach
    void start() {
        harness = new SandboxHarness(dir.resolve("state"));
        service = new RecipientService(harness.client, harness.clock);
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void theStateTestStructureNeedsAServiceCodeAndAnEngagementNumber() throws Exception {
        Recipient r = service.lookup("110 002 011 00044");

        assertThat(r.siret().value()).isEqualTo("11000201100044");
        assertThat(r.structureId()).isEqualTo(26346724L);
        assertThat(r.name()).isEqualTo("MINISTERE DE LA DEMONSTRATION - SERVICE FACTURIER");
        assertThat(r.rules()).isEqualTo(RecipientRules.SERVICE_CODE_AND_ENGAGEMENT_NUMBER);
        assertThat(r.stateStructure()).isTrue();
        assertThat(r.activeServices()).extracting(Recipient.RecipientUnit::code)
                .containsExactlyInAnyOrder("SFACETAT", "SFACDEFENSE");
    }

    @Test
    void eachSeededRuleIsRead() throws Exception {
        assertThat(service.lookup("21750001000012").rules()).isEqualTo(RecipientRules.NONE);
        assertThat(service.lookup("22691000200014").rules()).isEqualTo(RecipientRules.SERVICE_CODE);
        assertThat(service.lookup("26750003000015").rules()).isEqualTo(RecipientRules.ENGAGEMENT_NUMBER);
        assertThat(service.lookup("20004500100019").rules())
                .isEqualTo(RecipientRules.SERVICE_CODE_OR_ENGAGEMENT_NUMBER);
        Recipient commune = service.lookup("21750001000012");
        assertThat(commune.name()).isEqualTo("COMMUNE DE VALBOURG");
        assertThat(commune.stateStructure()).as("a local authority").isFalse();
        assertThat(commune.services()).isEmpty();
    }

    @Test
    void anInactiveStructureIsRefusedWithTheReason() {
        assertThatThrownBy(() -> service.lookup("25890100400014"))
                .isInstanceOfSatisfying(RecipientException.class, e -> {
                    assertThat(e.kind()).isEqualTo(RecipientException.Kind.INACTIVE_STRUCTURE);
                    assertThat(e.userMessage()).contains("25890100400014").contains("inactive");
                });
    }

    @Test
    void servicesAreCheckedActiveOrNot() throws Exception {
        Recipient region = service.lookup("20001234000010");

        assertThat(region.services()).extracting(Recipient.RecipientUnit::code, Recipient.RecipientUnit::active)
                .containsExactlyInAnyOrder(tuple("LYCEES", true), tuple("ANCIEN-SERVICE", false),
                        tuple("CULTURE", true));
        assertThat(service.checkService(region, "lycees").code()).isEqualTo("LYCEES");
        assertThatThrownBy(() -> service.checkService(region, "ANCIEN-SERVICE"))
                .isInstanceOfSatisfying(RecipientException.class, e -> {
                    assertThat(e.kind()).isEqualTo(RecipientException.Kind.INACTIVE_SERVICE);
                    assertThat(e.userMessage()).contains("ANCIEN-SERVICE").contains("inactif");
                });
        assertThatThrownBy(() -> service.checkService(region, "VOIRIE"))
                .isInstanceOfSatisfying(RecipientException.class,
                        e -> assertThat(e.kind()).isEqualTo(RecipientException.Kind.UNKNOWN_SERVICE));
    }

    @Test
    void anUnknownOrInvalidSiretIsSaidSo() {
        // La Poste's head office: a valid SIRET the seeded directory does not hold
        assertThatThrownBy(() -> service.lookup("35600000000048"))
                .isInstanceOfSatisfying(RecipientException.class,
                        e -> assertThat(e.kind()).isEqualTo(RecipientException.Kind.NOT_FOUND));
        int calls = harness.apiCalls().size();
        assertThatThrownBy(() -> service.lookup("11000201100045"))
                .isInstanceOfSatisfying(RecipientException.class, e -> {
                    assertThat(e.kind()).isEqualTo(RecipientException.Kind.INVALID_SIRET);
                    assertThat(e.userMessage()).contains("11000201100045");
                });
        assertThat(harness.apiCalls()).as("an invalid SIRET is not sent").hasSize(calls);
    }

    @Test
    void answersAreKeptTenMinutesSoTypingDoesNotAskAgain() throws Exception {
        service.lookup("22691000200014");
        int first = harness.apiCalls().size();
        assertThat(harness.apiCalls()).contains("/structures/v1/rechercher", "/structures/v1/consulter",
                "/structures/v1/rechercher/services");

        harness.clock.advance(Duration.ofMinutes(9));
        service.lookup("226 910 002 00014");
        assertThat(harness.apiCalls()).as("still cached").hasSize(first);

        harness.clock.advance(Duration.ofMinutes(2));
        service.lookup("22691000200014");
        assertThat(harness.apiCalls()).as("expired after 10 minutes").hasSize(2 * first);
    }
}
