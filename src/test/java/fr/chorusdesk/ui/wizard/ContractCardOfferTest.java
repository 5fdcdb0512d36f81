package fr.chorusdesk.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.service.ContractCards;
import fr.chorusdesk.service.RecipientService;
import fr.chorusdesk.service.SandboxHarness;
import fr.chorusdesk.store.ContractCardStore;
import fr.chorusdesk.ui.common.SameThreadTaskRunner;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The references step offers the contract card of a recipient once it is found; one call fills the fields. */
class ContractCardOfferTest {

    private static final String DEPARTEMENT = "22691000200014";

    @TempDir
    Path dir;

    private SandboxHarness harness;
    private ContractCards cards;
    private ObjectProperty<InvoiceDraft> draft;
    private ReferencesStepModel references;
    private ContractCardOffer offer;

    @BeforeEach
    void start() throws Exception {
        harness = new SandboxHarness(dir.resolve("state"));
        cards = new ContractCards(new ContractCardStore(dir.resolve("contracts"), harness.clock), harness.clock);
        cards.remember("demo", InvoiceDraft.start(harness.clock.instant()).withRecipientSiret(DEPARTEMENT)
                .withContractNumber("M-2026-07").withServiceCode("COLLEGES").withEngagementNumber("EJ-77"),
                Optional.of("DEPARTEMENT DU VAL-DEMO"));
        draft = new SimpleObjectProperty<>(InvoiceDraft.start(harness.clock.instant()));
        SameThreadTaskRunner runner = new SameThreadTaskRunner();
        references = new ReferencesStepModel(draft, new RecipientService(harness.client, harness.clock), runner,
                harness.clock);
        offer = new ContractCardOffer(references, draft, Optional.of(cards.ofProfile(() -> "demo")), runner);
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void theCardOfAFoundRecipientIsOfferedAndFillsTheFieldsInOneCall() {
        assertThat(offer.offerProperty().get()).isNull();
        references.recipientSiretProperty().set(DEPARTEMENT);
        assertThat(references.recipientProperty().get()).isNotNull();
        assertThat(offer.offerProperty().get().serviceCode()).contains("COLLEGES");

        offer.use();

        assertThat(draft.get().contractNumber()).contains("M-2026-07");
        assertThat(draft.get().serviceCode()).contains("COLLEGES");
        assertThat(draft.get().engagementNumber()).contains("EJ-77");
        assertThat(offer.offerProperty().get()).as("nothing left to offer").isNull();
    }

    @Test
    void aRecipientWithoutCardOrAnotherProfileGetsNoOffer() {
        references.recipientSiretProperty().set("21750001000012");
        assertThat(references.recipientProperty().get()).isNotNull();
        assertThat(offer.offerProperty().get()).isNull();

        ContractCardOffer other = new ContractCardOffer(references, draft,
                Optional.of(cards.ofProfile(() -> "client-b")), new SameThreadTaskRunner());
        references.recipientSiretProperty().set(DEPARTEMENT);
        assertThat(other.offerProperty().get()).isNull();
        assertThat(offer.offerProperty().get()).isNotNull();
    }
}
