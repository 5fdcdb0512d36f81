package fr.chorusdesk.ui.contracts;

import fr.chorusdesk.domain.ContractCard;
import fr.chorusdesk.service.ContractCards;
import fr.chorusdesk.ui.common.TaskRunner;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * *Fichier → Marchés…*: the active profile's contract cards, one chosen for editing in the form
 * below the list, a new one, or one deleted. Holds no {@code Node}.
 */
public final class ContractCardsModel {

    private final ContractCards cards;
    private final Supplier<String> profile;
    private final TaskRunner tasks;
    private final ResourceBundle messages;
    private final Locale locale;
    private final ObservableList<ContractCard> list = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final StringProperty siret = new SimpleStringProperty("");
    private final StringProperty contract = new SimpleStringProperty("");
    private final StringProperty service = new SimpleStringProperty("");
    private final StringProperty engagement = new SimpleStringProperty("");
    private Optional<ContractCard> editing = Optional.empty();

    public ContractCardsModel(ContractCards cards, Supplier<String> profile, TaskRunner tasks, ResourceBundle messages,
            Locale locale) {
        this.cards = Objects.requireNonNull(cards);
        this.profile = Objects.requireNonNull(profile);
        this.tasks = Objects.requireNonNull(tasks);
        this.messages = Objects.requireNonNull(messages);
        this.locale = Objects.requireNonNull(locale);
    }

    public void load() {
        String of = profile.get();
        tasks.run(() -> new Loaded(cards.list(of), cards.takeSetAsideMessages(locale)), loaded -> {
            list.setAll(loaded.cards());
            if (!loaded.setAside().isEmpty()) {
                message.set(String.join("\n", loaded.setAside()));
            }
        }, this::failed);
    }

    private record Loaded(List<ContractCard> cards, List<String> setAside) {
    }

    /** Puts a card in the form, to edit it; null starts a new one. */
    public void edit(ContractCard card) {
        editing = Optional.ofNullable(card);
        siret.set(card == null ? "" : card.recipientSiret());
        contract.set(card == null ? "" : card.contractNumber().orElse(""));
        service.set(card == null ? "" : card.serviceCode().orElse(""));
        engagement.set(card == null ? "" : card.engagementNumber().orElse(""));
        message.set("");
    }

    /** Writes the form: the card edited (under its new contract number if changed), or a new one. */
    public void save() {
        String of = profile.get();
        Optional<ContractCard.Key> replaced = editing.map(ContractCard::key);
        ContractCard card = new ContractCard(siret.get() == null ? "" : siret.get(), text(contract), text(service),
                text(engagement), editing.flatMap(ContractCard::recipientName), java.time.Instant.EPOCH);
        if (card.serviceCode().isEmpty() && card.engagementNumber().isEmpty()) {
            message.set(messages.getString("contracts.edit.empty"));
            return;
        }
        tasks.run(() -> cards.save(of, replaced, card), saved -> {
            editing = Optional.of(saved);
            message.set(messages.getString("contracts.edit.saved"));
            load();
        }, failure -> {
            if (failure instanceof IllegalArgumentException) {
                message.set(java.text.MessageFormat.format(messages.getString("contracts.edit.siretInvalid"),
                        card.recipientSiret()));
            } else {
                failed(failure);
            }
        });
    }

    public void delete(ContractCard card) {
        String of = profile.get();
        tasks.run(() -> {
            cards.delete(of, card.key());
            return card;
        }, deleted -> {
            if (editing.map(c -> c.key().equals(deleted.key())).orElse(false)) {
                edit(null);
            }
            load();
        }, this::failed);
    }

    private void failed(Throwable failure) {
        message.set(messages.getString("problem.localFile"));
    }

    private static Optional<String> text(StringProperty p) {
        return Optional.ofNullable(p.get()).map(String::trim).filter(s -> !s.isEmpty());
    }

    public ObservableList<ContractCard> cards() {
        return list;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public StringProperty siretProperty() {
        return siret;
    }

    public StringProperty contractProperty() {
        return contract;
    }

    public StringProperty serviceProperty() {
        return service;
    }

    public StringProperty engagementProperty() {
        return engagement;
    }
}
