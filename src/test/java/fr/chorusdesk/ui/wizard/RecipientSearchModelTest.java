package fr.chorusdesk.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.domain.SupplierIdentity;
import fr.chorusdesk.service.EngagementCheck;
import fr.chorusdesk.service.RecipientCandidate;
import fr.chorusdesk.service.RecipientService;
import fr.chorusdesk.service.SandboxHarness;
import fr.chorusdesk.ui.common.SameThreadTaskRunner;
import fr.chorusdesk.ui.common.HeldTaskRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search's view-model and the references step's engagement check, without the FX thread,
 * with the real service over HTTP against the sandbox. Expected values from docs/sandbox.md.
 */
class RecipientSearchModelTest {

    @TempDir
    Path dir;

    private SandboxHarness harness;
    private RecipientService recipients;
    private final List<String> picked = new ArrayList<>();


    @BeforeEach
    void start() {
        harness = new SandboxHarness(dir.resolve("state"));
        recipients = new RecipientService(harness.client, harness.clock);
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void theRecentRecipientsComeFirstThenAPageOfResultsThenTheNext() {
        RecipientSearchModel model = new RecipientSearchModel(recipients, () -> List.of("21750001000012"),
                new SameThreadTaskRunner(), picked::add);

        model.open();
        assertThat(model.showingRecentProperty().get()).isTrue();
        assertThat(model.rows()).extracting(RecipientCandidate::name).containsExactly("COMMUNE DE VALBOURG");

        model.townProperty().set("Poitiers");
        model.search();
        assertThat(model.showingRecentProperty().get()).isFalse();
        assertThat(model.resultProperty().get().total()).isEqualTo(4);
        assertThat(model.rows()).extracting(RecipientCandidate::siret).containsExactly(
                "26382852876988", // CAISSE DES ÉCOLES DE POITIERS
                "19556920200169", // COLLÈGE JULES FERRY
                "19913896931659", // INSTITUT UNIVERSITAIRE DE TECHNOLOGIE DE POITIERS
                "19938092752534"); // LYCÉE GÉNÉRAL VICTOR HUGO
        model.next();
        assertThat(model.resultProperty().get().page()).as("one page only: next does nothing").isEqualTo(1);

        model.choose(model.rows().get(2));
        assertThat(picked).containsExactly("19913896931659");
        model.open();
        assertThat(model.rows()).as("reopened: the search typed is kept").hasSize(4);
    }

    @Test
    void aBlankSearchIsSaidInFrenchAndTheRowsStay() {
        RecipientSearchModel model = new RecipientSearchModel(recipients, () -> List.of("22691000200014"),
                new SameThreadTaskRunner(), picked::add);
        model.open();

        model.search();

        assertThat(model.messageProperty().get())
                .isEqualTo("Indiquez au moins une partie de la raison sociale, un code postal ou une ville.");
        assertThat(model.rows()).extracting(RecipientCandidate::siret).containsExactly("22691000200014");
        assertThat(model.searchingProperty().get()).isFalse();
    }

    @Test
    void anAnswerToAnOlderQuestionIsDropped() {
        HeldTaskRunner tasks = new HeldTaskRunner();
        RecipientSearchModel model = new RecipientSearchModel(recipients, () -> List.of(), tasks, picked::add);
        model.nameProperty().set("lycée");
        model.search();
        model.nameProperty().set("collège");
        model.search();
        assertThat(model.searchingProperty().get()).isTrue();

        Runnable older = tasks.held.removeFirst();
        tasks.held.removeFirst().run();
        older.run();

        assertThat(model.rows()).extracting(RecipientCandidate::name)
                .containsExactly("COLLÈGE ALBERT CAMUS", "COLLÈGE JULES FERRY", "COLLÈGE LOUIS PASTEUR");
        assertThat(model.searchingProperty().get()).isFalse();
    }

    @Test
    void theReferencesStepBlocksAnUnknownNumberOfAStateRecipientUnderTheStrictCheckAndLetsAKnownOneThrough() {
        SimpleObjectProperty<InvoiceDraft> draft = new SimpleObjectProperty<>(
                InvoiceDraft.start(harness.clock.instant()));
        SimpleObjectProperty<SupplierIdentity> supplier = new SimpleObjectProperty<>(SandboxHarness.DEMO_SUPPLIER);
        ReferencesStepModel references = new ReferencesStepModel(draft, recipients, new SameThreadTaskRunner(),
                harness.clock, supplier, Locale.FRENCH, (InvoiceDraft d) -> java.util.Optional.empty(),
                new fr.chorusdesk.service.RecipientChecks(
                        recipients, fr.chorusdesk.service.ProfileAnswers.inMemory(
                                fr.chorusdesk.domain.RecipientAnswers.NONE.withStrictEngagementCheck(true)),
                        Locale.FRENCH));

        references.recipientSiretProperty().set("13042273824703"); // DDT du Doubs, State, engagement number
        references.engagementNumberProperty().set("1300999999");
        references.invoiceNumberProperty().set("FA-1");
        references.invoiceDateProperty().set(java.time.LocalDate.of(2026, 3, 9));
        references.checkEngagement();

        assertThat(references.engagementCheckProperty().get().outcome()).isEqualTo(EngagementCheck.Outcome.UNKNOWN);
        assertThat(references.canContinueProperty().get()).isFalse();

        references.engagementNumberProperty().set("1300500001");
        assertThat(references.engagementCheckProperty().get()).as("an edit forgets the old answer").isNull();
        references.checkEngagement();
        assertThat(references.engagementCheckProperty().get().outcome()).isEqualTo(EngagementCheck.Outcome.FOUND);
        assertThat(references.canContinueProperty().get()).isTrue();
    }

    @Test
    void withoutTheStrictCheckAnUnknownNumberOfAStateRecipientOnlyWarns() {
        SimpleObjectProperty<InvoiceDraft> draft = new SimpleObjectProperty<>(
                InvoiceDraft.start(harness.clock.instant()));
        ReferencesStepModel references = new ReferencesStepModel(draft, recipients, new SameThreadTaskRunner(),
                harness.clock, new SimpleObjectProperty<>(SandboxHarness.DEMO_SUPPLIER), Locale.FRENCH);

        references.recipientSiretProperty().set("13042273824703"); // DDT du Doubs, State, engagement number
        references.engagementNumberProperty().set("1300999999");
        references.invoiceNumberProperty().set("FA-1");
        references.invoiceDateProperty().set(java.time.LocalDate.of(2026, 3, 9));
        references.checkEngagement();

        assertThat(references.engagementCheckProperty().get().outcome()).isEqualTo(EngagementCheck.Outcome.UNKNOWN);
        assertThat(references.engagementCheckProperty().get().warns()).isTrue();
        assertThat(references.canContinueProperty().get()).isTrue();
    }

    @Test
    void withoutASupplierOrForARecipientOutsideTheStateNothingIsAsked() {
        SimpleObjectProperty<InvoiceDraft> draft = new SimpleObjectProperty<>(
                InvoiceDraft.start(harness.clock.instant()));
        ReferencesStepModel references = new ReferencesStepModel(draft, recipients, new SameThreadTaskRunner(),
                harness.clock);
        references.recipientSiretProperty().set("13042273824703");
        references.engagementNumberProperty().set("1300999999");
        references.checkEngagement();
        assertThat(references.engagementCheckProperty().get()).as("no supplier: checked when sending").isNull();

        ReferencesStepModel hospital = new ReferencesStepModel(new SimpleObjectProperty<>(
                InvoiceDraft.start(harness.clock.instant())), recipients, new SameThreadTaskRunner(), harness.clock,
                new SimpleObjectProperty<>(SandboxHarness.DEMO_SUPPLIER), Locale.FRENCH);
        hospital.recipientSiretProperty().set("26750003000015");
        hospital.engagementNumberProperty().set("1300999999");
        hospital.checkEngagement();
        assertThat(hospital.engagementCheckProperty().get()).isNull();
        assertThat(harness.apiCalls()).doesNotContain("/engagementsJuridiques/v1/rechercher");
    }
}
