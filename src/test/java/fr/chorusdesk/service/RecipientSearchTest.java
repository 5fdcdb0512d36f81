package fr.chorusdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.chorusdesk.domain.RecipientRules;
import fr.chorusdesk.domain.SentInvoice;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search by name and town, the recent recipients and the State engagement check, over real
 * HTTP against the sandbox. Expected values from docs/sandbox.md ("More public structures",
 * "Seeded engagement numbers"); the order of Besançon's structures is their names sorted by hand
 * with accents and apostrophes dropped.
 */
class RecipientSearchTest {

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
    void theEightStructuresOfBesanconComeByNameOnTwoPagesOfFive() throws Exception {
        RecipientSearchResult first = service.search(new RecipientQuery("", "", "besancon"), 1);

        assertThat(first.total()).isEqualTo(8);
        assertThat(first.pages()).isEqualTo(2);
        assertThat(first.page()).isEqualTo(1);
        assertThat(first.hasPrevious()).isFalse();
        assertThat(first.hasNext()).isTrue();
        assertThat(first.candidates()).extracting(RecipientCandidate::siret).containsExactly(
                "26882054138871", // CENTRE COMMUNAL D'ACTION SOCIALE DE BESANÇON
                "18542430840026", // CHAMBRE DE MÉTIERS ET DE L'ARTISANAT DU DOUBS
                "13042273824703", // DIRECTION DÉPARTEMENTALE DES TERRITOIRES DU DOUBS
                "20323432480913", // ÉTABLISSEMENT PUBLIC FONCIER DU DOUBS
                "19748526057479"); // LYCÉE POLYVALENT JEAN MONNET

        RecipientSearchResult second = service.search(first.query(), 2);
        assertThat(second.page()).isEqualTo(2);
        assertThat(second.hasNext()).isFalse();
        assertThat(second.hasPrevious()).isTrue();
        assertThat(second.candidates()).extracting(RecipientCandidate::siret).containsExactly(
                "27846233670897", "17001894505758", "28351305543642");
    }

    @Test
    void eachMatchSaysItsTownItsRulesWhetherItIsActiveAndWhetherItIsTheState() throws Exception {
        List<RecipientCandidate> page2 = service.search(new RecipientQuery("", "25000", "Besançon"), 2).candidates();
        RecipientCandidate rectorat = page2.stream().filter(c -> c.siret().equals("17001894505758")).findFirst()
                .orElseThrow();
        assertThat(rectorat.name()).isEqualTo("RECTORAT DE L'ACADÉMIE DE BESANÇON");
        assertThat(rectorat.town()).contains("25000 BESANÇON");
        assertThat(rectorat.rules()).isEqualTo(RecipientRules.SERVICE_CODE_AND_ENGAGEMENT_NUMBER);
        assertThat(rectorat.active()).isTrue();
        assertThat(rectorat.stateStructure()).isTrue();

        RecipientCandidate office = page2.get(0);
        assertThat(office.name()).isEqualTo("OFFICE PUBLIC DE L'HABITAT DU DOUBS");
        assertThat(office.rules()).isEqualTo(RecipientRules.ENGAGEMENT_NUMBER);
        assertThat(office.stateStructure()).as("a public company").isFalse();

        RecipientCandidate foncier = service.search(new RecipientQuery("foncier", "", ""), 1).candidates().get(0);
        assertThat(foncier.siret()).isEqualTo("20323432480913");
        assertThat(foncier.active()).as("seeded inactive").isFalse();
    }

    @Test
    void nameAndTownTogetherNarrowTheSearch() throws Exception {
        RecipientSearchResult lycee = service.search(new RecipientQuery("lycée", "", "Poitiers"), 1);

        assertThat(lycee.total()).isEqualTo(1);
        assertThat(lycee.candidates()).singleElement().satisfies(c -> {
            assertThat(c.siret()).isEqualTo("19938092752534");
            assertThat(c.name()).isEqualTo("LYCÉE GÉNÉRAL VICTOR HUGO");
            assertThat(c.rules()).isEqualTo(RecipientRules.NONE);
            assertThat(c.stateStructure()).as("a lycée is a public establishment, not the State").isFalse();
        });
    }

    @Test
    void nothingFoundIsAnEmptyPageNotAnError() throws Exception {
        RecipientSearchResult none = service.search(new RecipientQuery("mairie de nulle part", "", ""), 1);

        assertThat(none.candidates()).isEmpty();
        assertThat(none.total()).isZero();
        assertThat(none.pages()).isEqualTo(1);
        assertThat(none.hasNext()).isFalse();
    }

    @Test
    void blankCriteriaAreRefusedInFrenchWithoutAskingChorusPro() {
        int before = harness.apiCalls().size();

        assertThatThrownBy(() -> service.search(new RecipientQuery("  ", null, " "), 1))
                .isInstanceOfSatisfying(RecipientException.class, e -> {
                    assertThat(e.kind()).isEqualTo(RecipientException.Kind.SEARCH_CRITERIA_MISSING);
                    assertThat(e.userMessage()).isEqualTo(
                            "Indiquez au moins une partie de la raison sociale, un code postal ou une ville.");
                });
        assertThatThrownBy(() -> service.search(new RecipientQuery("", "250", ""), 1))
                .isInstanceOfSatisfying(RecipientException.class, e -> {
                    assertThat(e.kind()).isEqualTo(RecipientException.Kind.POSTAL_CODE_INVALID);
                    assertThat(e.userMessage()).contains("« 250 »").contains("5 chiffres");
                });
        assertThat(harness.apiCalls()).hasSize(before);
    }

    @Test
    void chorusProUnreachableIsSaidInFrench() {
        harness.close();

        assertThatThrownBy(() -> service.search(new RecipientQuery("lycée", "", ""), 1))
                .isInstanceOfSatisfying(RecipientException.class, e -> {
                    assertThat(e.kind()).isEqualTo(RecipientException.Kind.CHORUS_ERROR);
                    assertThat(e.userMessage()).isNotBlank().doesNotContain("Exception");
                });
    }

    // ------------------------------------------------------------------ recent recipients

    @Test
    void recentRecipientsAreTheLastSentOnesMostRecentFirstEachOnceAndAtMostTheCount() {
        List<SentInvoice> history = List.of(
                sent("A", "21750001000012", SentInvoice.State.SENT, 10),
                sent("B", "22691000200014", SentInvoice.State.SENT, 30),
                sent("C", "21750001000012", SentInvoice.State.SENT, 40),
                sent("D", "26750003000015", SentInvoice.State.IN_FLIGHT, 50),
                sent("E", "11000201100044", SentInvoice.State.SENT, 20));

        assertThat(RecentRecipients.of(() -> history, 5).sirets())
                .containsExactly("21750001000012", "22691000200014", "11000201100044");
        assertThat(RecentRecipients.of(() -> history, 2).sirets())
                .containsExactly("21750001000012", "22691000200014");
        assertThat(RecentRecipients.NONE.sirets()).isEmpty();
    }

    @Test
    void recentRecipientsAreOfferedWithTheirNamesAndAVanishedOneIsLeftOut() {
        List<RecipientCandidate> offered = service.candidates(
                List.of("22691000200014", "25890100400014", "11000201100044"));

        assertThat(offered).extracting(RecipientCandidate::siret, RecipientCandidate::name).containsExactly(
                org.assertj.core.groups.Tuple.tuple("22691000200014", "DEPARTEMENT DU VAL-DEMO"),
                org.assertj.core.groups.Tuple.tuple("11000201100044",
                        "MINISTERE DE LA DEMONSTRATION - SERVICE FACTURIER"));
        assertThat(offered.get(1).stateStructure()).isTrue();
        assertThat(offered.get(1).rules()).isEqualTo(RecipientRules.SERVICE_CODE_AND_ENGAGEMENT_NUMBER);
    }

    private static SentInvoice sent(String number, String siret, SentInvoice.State state, long second) {
        return new SentInvoice(number, "demo", Optional.empty(), number, siret, state, "PDF_UPLOAD", Optional.empty(),
                Optional.empty(), "DEPOSEE", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), Instant.ofEpochSecond(second), Optional.empty());
    }

    // ------------------------------------------------------------------ State engagement numbers

    @Test
    void aSeededEngagementNumberOfAStateRecipientIsFound() throws Exception {
        Recipient ministry = service.lookup("11000201100044");

        EngagementCheck check = service.checkEngagement(ministry, Optional.of(" 1300123456 "),
                SandboxHarness.DEMO_SUPPLIER.structureId(), Locale.FRENCH);

        assertThat(check.outcome()).isEqualTo(EngagementCheck.Outcome.FOUND);
        assertThat(check.blocks()).isFalse();
        assertThat(harness.apiCalls()).contains("/engagementsJuridiques/v1/rechercher");
    }

    @Test
    void anUnknownEngagementNumberOfAStateRecipientWarnsWithTheReason() throws Exception {
        Recipient rectorat = service.lookup("17001894505758");

        EngagementCheck check = service.checkEngagement(rectorat, Optional.of("1399999999"),
                SandboxHarness.DEMO_SUPPLIER.structureId(), Locale.FRENCH);

        assertThat(check.outcome()).isEqualTo(EngagementCheck.Outcome.UNKNOWN);
        // without the profile's strict check it warns (RecipientRulesBeforeUploadTest: blocks under it)
        assertThat(check.blocks()).isFalse();
        assertThat(check.warns()).isTrue();
        assertThat(check.message()).hasValueSatisfying(m -> assertThat(m)
                .contains("1399999999").contains("17001894505758").contains("n’existe pas").contains("l’État"));
    }

    @Test
    void anEngagementNumberIsNotLookedUpForARecipientOutsideTheState() throws Exception {
        Recipient hospital = service.lookup("26750003000015");
        int before = harness.apiCalls().size();

        EngagementCheck check = service.checkEngagement(hospital, Optional.of("1399999999"),
                SandboxHarness.DEMO_SUPPLIER.structureId(), Locale.FRENCH);

        assertThat(check.outcome()).isEqualTo(EngagementCheck.Outcome.NOT_NEEDED);
        assertThat(check.message()).isEmpty();
        assertThat(harness.apiCalls()).hasSize(before);
    }

    @Test
    void aSearchChorusProCannotAnswerOnlyWarns() throws Exception {
        Recipient ministry = service.lookup("11000201100044");
        harness.close();

        EngagementCheck check = service.checkEngagement(ministry, Optional.of("1300123456"),
                SandboxHarness.DEMO_SUPPLIER.structureId(), Locale.FRENCH);

        assertThat(check.outcome()).isEqualTo(EngagementCheck.Outcome.NOT_VERIFIED);
        assertThat(check.blocks()).isFalse();
        assertThat(check.message()).hasValueSatisfying(m -> assertThat(m).contains("1300123456")
                .contains("n’a pas pu être vérifié"));
    }

    @Test
    void theStateIsTheSirensStartingWithOneExceptPublicEstablishments() {
        assertThat(RecipientService.isStateSiren(fr.chorusdesk.domain.Siret.parse("13037703686870").orElseThrow()))
                .as("DRFiP").isTrue();
        assertThat(RecipientService.isStateSiren(fr.chorusdesk.domain.Siret.parse("19316716285985").orElseThrow()))
                .as("lycée").isFalse();
        assertThat(RecipientService.isStateSiren(fr.chorusdesk.domain.Siret.parse("18542430840026").orElseThrow()))
                .as("chambre de métiers").isFalse();
        assertThat(RecipientService.isStateSiren(fr.chorusdesk.domain.Siret.parse("26750003000015").orElseThrow()))
                .as("hospital").isFalse();
    }
}
