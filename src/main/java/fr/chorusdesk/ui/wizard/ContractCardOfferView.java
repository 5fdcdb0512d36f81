package fr.chorusdesk.ui.wizard;

import fr.chorusdesk.domain.ContractCard;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/** « Fiche du marché : … [Utiliser la fiche] » under the recipient, while a card has something to offer. */
final class ContractCardOfferView extends HBox {

    ContractCardOfferView(ContractCardOffer model, ResourceBundle messages) {
        super(10);
        setId("contractCardOffer");
        getStyleClass().add("contract-card-offer");
        setAlignment(Pos.CENTER_LEFT);
        Label text = new Label();
        text.setId("contractCardText");
        text.setWrapText(true);
        Button use = new Button(messages.getString("contracts.offer.use"));
        use.setId("useContractCard");
        use.setOnAction(e -> model.use());
        getChildren().addAll(text, use);
        model.offerProperty().addListener((obs, old, card) -> show(card, text, messages));
        show(model.offerProperty().get(), text, messages);
    }

    private void show(ContractCard card, Label text, ResourceBundle messages) {
        setVisible(card != null);
        setManaged(card != null);
        if (card != null) {
            text.setText(describe(card, messages));
        }
    }

    /** « Fiche du marché M-1 : service VOIRIE · engagement EJ-1 ». */
    static String describe(ContractCard card, ResourceBundle messages) {
        List<String> parts = new ArrayList<>();
        card.serviceCode().ifPresent(s -> parts.add(java.text.MessageFormat.format(
                messages.getString("contracts.offer.service"), s)));
        card.engagementNumber().ifPresent(s -> parts.add(java.text.MessageFormat.format(
                messages.getString("contracts.offer.engagement"), s)));
        String title = card.contractNumber().map(c -> java.text.MessageFormat.format(
                messages.getString("contracts.offer.contract"), c)).orElse(messages.getString("contracts.offer.recipient"));
        return title + " : " + String.join(" · ", parts);
    }
}
