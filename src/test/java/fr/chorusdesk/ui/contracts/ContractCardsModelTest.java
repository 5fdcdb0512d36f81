package fr.chorusdesk.ui.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.domain.ContractCard;
import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.service.ContractCards;
import fr.chorusdesk.store.ContractCardStore;
import fr.chorusdesk.testing.MutableClock;
import fr.chorusdesk.ui.common.SameThreadTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContractCardsModelTest {

    private static final String DEPARTEMENT = "22691000200014";

    @TempDir
    Path dir;

    private final MutableClock clock = MutableClock.atFixedStart();
    private ContractCards cards;
    private ContractCardsModel model;

    @BeforeEach
    void open() throws Exception {
        cards = new ContractCards(new ContractCardStore(dir, clock), clock);
        cards.remember("demo", InvoiceDraft.start(clock.instant()).withRecipientSiret(DEPARTEMENT)
                .withContractNumber("M-1").withServiceCode("VOIRIE"), Optional.empty());
        model = new ContractCardsModel(cards, () -> "demo", new SameThreadTaskRunner(),
                ResourceBundle.getBundle("fr.chorusdesk.i18n.messages", Locale.FRENCH), Locale.FRENCH);
        model.load();
    }

    @Test
    void aCardIsEditedInTheFormAndSaved() throws Exception {
        ContractCard card = model.cards().get(0);
        model.edit(card);
        assertThat(model.serviceProperty().get()).isEqualTo("VOIRIE");
        model.engagementProperty().set("EJ-5");
        model.contractProperty().set("M-2");
        model.save();

        assertThat(model.messageProperty().get()).isEqualTo("Fiche enregistrée.");
        assertThat(model.cards()).singleElement().satisfies(c -> {
            assertThat(c.contractNumber()).contains("M-2");
            assertThat(c.engagementNumber()).contains("EJ-5");
        });
        assertThat(cards.list("demo")).hasSize(1);
    }

    @Test
    void aNewCardNeedsAValidSiretAndAReference() throws Exception {
        model.edit(null);
        model.siretProperty().set("12345678901234");
        model.save();
        assertThat(model.messageProperty().get()).isEqualTo("Indiquez au moins un code service ou un numéro d’engagement.");
        model.serviceProperty().set("EAU");
        model.save();
        assertThat(model.messageProperty().get()).startsWith("« 12345678901234 » n’est pas un SIRET valide");
        model.siretProperty().set("20004500100019");
        model.save();
        assertThat(model.cards()).extracting(ContractCard::recipientSiret)
                .containsExactly("20004500100019", DEPARTEMENT);
    }

    @Test
    void aCardIsDeletedAndADamagedFileIsSaid() throws Exception {
        model.delete(model.cards().get(0));
        assertThat(model.cards()).isEmpty();
        assertThat(cards.list("demo")).isEmpty();

        Files.writeString(dir.resolve("demo.json"), "{broken");
        model.load();
        assertThat(model.messageProperty().get()).contains("mis de côté").contains("demo.json.corrupt-");
    }
}
