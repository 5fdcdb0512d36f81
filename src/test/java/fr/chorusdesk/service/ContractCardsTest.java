package fr.chorusdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.chorusdesk.domain.ContractCard;
import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.store.ContractCardStore;
import fr.chorusdesk.testing.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract cards: remembered per recipient and per contract, offered back, edited, deleted. */
class ContractCardsTest {

    private static final String DEPARTEMENT = "22691000200014";
    private static final String COMMUNE = "21750001000012";

    @TempDir
    Path dir;

    private final MutableClock clock = MutableClock.atFixedStart();
    private ContractCards cards;

    @org.junit.jupiter.api.BeforeEach
    void open() {
        cards = new ContractCards(new ContractCardStore(dir, clock), clock);
    }

    private InvoiceDraft sent(String siret, String contract, String service, String engagement) {
        InvoiceDraft d = InvoiceDraft.start(clock.instant()).withRecipientSiret(siret).withContractNumber(contract)
                .withServiceCode(service).withEngagementNumber(engagement);
        return d;
    }

    @Test
    void aSentInvoiceTeachesItsContractAndTheRecipientLearnsWithoutOne() throws Exception {
        cards.remember("demo", sent(DEPARTEMENT, "M-1", "VOIRIE", "EJ-1"), Optional.of("DEPARTEMENT DU VAL-DEMO"));
        clock.advance(Duration.ofMinutes(1));
        cards.remember("demo", sent(DEPARTEMENT, null, "COLLEGES", null), Optional.empty());

        assertThat(cards.find("demo", DEPARTEMENT, Optional.of("m-1"))).hasValueSatisfying(c -> {
            assertThat(c.serviceCode()).contains("VOIRIE");
            assertThat(c.engagementNumber()).contains("EJ-1");
            assertThat(c.recipientName()).contains("DEPARTEMENT DU VAL-DEMO");
        });
        assertThat(cards.find("demo", "226 910 002 00014", Optional.empty()).orElseThrow().serviceCode())
                .as("the recipient's own card, spaces in the SIRET allowed").contains("COLLEGES");
        assertThat(cards.find("demo", DEPARTEMENT, Optional.of("M-UNKNOWN")).orElseThrow().contractNumber())
                .as("an unknown contract falls back on the recipient's card").isEmpty();
        assertThat(cards.find("other", DEPARTEMENT, Optional.empty())).as("per profile").isEmpty();
        assertThat(cards.find("demo", COMMUNE, Optional.empty())).isEmpty();
    }

    @Test
    void withoutAContractTheMostRecentContractOfTheRecipientIsOfferedWithItsNumber() throws Exception {
        cards.remember("demo", sent(DEPARTEMENT, "M-OLD", "VOIRIE", "EJ-1"), Optional.empty());
        clock.advance(Duration.ofDays(1));
        cards.remember("demo", sent(DEPARTEMENT, "M-NEW", "COLLEGES", "EJ-2"), Optional.empty());

        InvoiceDraft next = InvoiceDraft.start(clock.instant()).withRecipientSiret(DEPARTEMENT);
        ContractCard offer = cards.offerFor("demo", next).orElseThrow();
        assertThat(offer.contractNumber()).contains("M-NEW");
        InvoiceDraft applied = ContractCards.apply(offer, next, false);
        assertThat(applied.contractNumber()).contains("M-NEW");
        assertThat(applied.serviceCode()).contains("COLLEGES");
        assertThat(applied.engagementNumber()).contains("EJ-2");
        assertThat(cards.offerFor("demo", applied)).as("nothing left to offer").isEmpty();
        assertThat(ContractCards.apply(offer, next.withServiceCode("VOIRIE"), true).serviceCode())
                .as("only empty fields").contains("VOIRIE");
    }

    @Test
    void anInvoiceWithoutReferencesTeachesNothing() throws Exception {
        cards.remember("demo", sent(COMMUNE, null, null, null), Optional.empty());
        assertThat(cards.list("demo")).isEmpty();
    }

    @Test
    void aCardCanBeEditedUnderANewKeyAndDeleted() throws Exception {
        cards.remember("demo", sent(DEPARTEMENT, "M-1", "VOIRIE", "EJ-1"), Optional.empty());
        ContractCard card = cards.list("demo").get(0);

        cards.save("demo", Optional.of(card.key()), new ContractCard(DEPARTEMENT, Optional.of("M-2"),
                Optional.of("COLLEGES"), Optional.empty(), Optional.empty(), clock.instant()));
        assertThat(cards.list("demo")).singleElement().satisfies(c -> {
            assertThat(c.contractNumber()).contains("M-2");
            assertThat(c.serviceCode()).contains("COLLEGES");
            assertThat(c.engagementNumber()).isEmpty();
        });
        assertThatThrownBy(() -> cards.save("demo", Optional.empty(), new ContractCard("12345678901234",
                Optional.empty(), Optional.of("X"), Optional.empty(), Optional.empty(), clock.instant())))
                .isInstanceOf(IllegalArgumentException.class);

        cards.delete("demo", cards.list("demo").get(0).key());
        assertThat(cards.list("demo")).isEmpty();
    }

    @Test
    void aDamagedFileIsSaidOnceAndCardsStartAgain(@org.junit.jupiter.api.io.TempDir Path own) throws Exception {
        Files.writeString(own.resolve("demo.json"), "not json");
        ContractCards fresh = new ContractCards(new ContractCardStore(own, clock), clock);

        assertThat(fresh.list("demo")).isEmpty();
        assertThat(fresh.takeSetAsideMessages(Locale.FRENCH)).singleElement().asString()
                .contains("demo.json.corrupt-20260310-090000");
        assertThat(fresh.takeSetAsideMessages(Locale.FRENCH)).isEmpty();
    }
}
