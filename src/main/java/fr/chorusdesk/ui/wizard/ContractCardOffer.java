package fr.chorusdesk.ui.wizard;

import fr.chorusdesk.domain.ContractCard;
import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.service.ContractCards;
import fr.chorusdesk.service.Recipient;
import fr.chorusdesk.ui.common.TaskRunner;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;

/**
 * The references step's contract card: once the recipient is found, the card kept for it (or for
 * the contract typed) is offered when it would fill or change the service code, the engagement
 * number or the contract number; {@link #use()} puts them in the step's fields, in one click.
 * Holds no {@code Node}.
 */
public final class ContractCardOffer {

    private final ReferencesStepModel references;
    private final ObservableValue<InvoiceDraft> draft;
    private final Optional<ContractCards.OfProfile> cards;
    private final TaskRunner tasks;
    private final ReadOnlyObjectWrapper<ContractCard> offer = new ReadOnlyObjectWrapper<>();
    private ContractCard found;
    private long asked;

    public ContractCardOffer(ReferencesStepModel references, ObservableValue<InvoiceDraft> draft,
            Optional<ContractCards.OfProfile> cards, TaskRunner tasks) {
        this.references = Objects.requireNonNull(references);
        this.draft = Objects.requireNonNull(draft);
        this.cards = Objects.requireNonNull(cards);
        this.tasks = Objects.requireNonNull(tasks);
        references.recipientProperty().addListener((obs, old, now) -> ask());
        references.contractNumberProperty().addListener((obs, old, now) -> ask());
        draft.addListener((obs, old, now) -> update());
        ask();
    }

    /** The card to offer; null when there is none, or it says what the invoice already says. */
    public ReadOnlyObjectProperty<ContractCard> offerProperty() {
        return offer.getReadOnlyProperty();
    }

    /** Puts the card's contract number, service code and engagement number in the step. */
    public void use() {
        ContractCard card = offer.get();
        if (card == null) {
            return;
        }
        card.contractNumber().ifPresent(references.contractNumberProperty()::set);
        card.serviceCode().ifPresent(references.serviceCodeProperty()::set);
        card.engagementNumber().ifPresent(references.engagementNumberProperty()::set);
        update();
    }

    private void ask() {
        long mine = ++asked;
        Recipient recipient = references.recipientProperty().get();
        if (cards.isEmpty() || recipient == null) {
            found = null;
            update();
            return;
        }
        Optional<String> contract = Optional.ofNullable(references.contractNumberProperty().get());
        tasks.run(() -> cards.get().find(recipient.siret().value(), contract), card -> {
            if (mine == asked) {
                found = card.orElse(null);
                update();
            }
        }, failure -> {
            if (mine == asked) {
                found = null;
                update();
            }
        });
    }

    private void update() {
        InvoiceDraft current = draft.getValue();
        offer.set(found != null && current != null && ContractCards.wouldChange(found, current) ? found : null);
    }
}
