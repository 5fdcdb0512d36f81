package fr.chorusdesk.ui.wizard;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Under the recipient's name in Références: « Le destinataire est-il l'État ? » with Oui / Non and
 * where the pre-answer comes from, what the chosen service adds to the structure's rules, and a
 * warning for a private structure. Binds to a {@link RecipientRulesModel}; no rule of its own.
 */
final class RecipientRulesPanel extends VBox {

    private final RecipientRulesModel model;
    private final ResourceBundle messages;
    private final HBox question;
    private final Label source = new Label();
    private final Label serviceRule = new Label();
    private final Label sector = new Label();

    RecipientRulesPanel(RecipientRulesModel model, ResourceBundle messages) {
        super(4);
        this.model = model;
        this.messages = messages;
        setId("recipientRulesPanel");

        Label ask = new Label(messages.getString("wizard.references.stateQuestion"));
        ask.getStyleClass().add("state-question");
        ToggleGroup answers = new ToggleGroup();
        RadioButton yes = new RadioButton(messages.getString("wizard.references.stateYes"));
        yes.setId("stateYes");
        yes.setToggleGroup(answers);
        RadioButton no = new RadioButton(messages.getString("wizard.references.stateNo"));
        no.setId("stateNo");
        no.setToggleGroup(answers);
        ask.setLabelFor(yes);
        question = new HBox(12, ask, yes, no);
        question.setId("stateQuestion");
        yes.setOnAction(e -> model.stateAnswerProperty().set(true));
        no.setOnAction(e -> model.stateAnswerProperty().set(false));
        model.stateAnswerProperty().addListener((obs, old, now) -> {
            yes.setSelected(Boolean.TRUE.equals(now));
            no.setSelected(Boolean.FALSE.equals(now));
            refresh();
        });

        source.setId("stateSource");
        source.setWrapText(true);
        source.getStyleClass().add("page-hint");
        serviceRule.setId("serviceRule");
        serviceRule.setWrapText(true);
        sector.setId("recipientSectorWarning");
        sector.setWrapText(true);
        sector.getStyleClass().add("rule-warning");
        getChildren().addAll(question, source, serviceRule, sector);

        model.answerSourceProperty().addListener((obs, old, now) -> refresh());
        model.serviceAddsEngagementProperty().addListener((obs, old, now) -> refresh());
        model.serviceRulesUnreadProperty().addListener((obs, old, now) -> refresh());
        model.rulesProperty().addListener((obs, old, now) -> refresh());
        yes.setSelected(Boolean.TRUE.equals(model.stateAnswerProperty().get()));
        no.setSelected(Boolean.FALSE.equals(model.stateAnswerProperty().get()));
        refresh();
    }

    private void refresh() {
        boolean known = model.stateAnswerProperty().get() != null;
        question.setVisible(known);
        question.setManaged(known);
        RecipientRulesModel.AnswerSource from = model.answerSourceProperty().get();
        show(source, from == null ? "" : switch (from) {
            case ANSWERED -> messages.getString("wizard.references.stateSource.ANSWERED");
            case LEGAL_CATEGORY -> MessageFormat.format(messages.getString(
                    "wizard.references.stateSource.LEGAL_CATEGORY"), model.legalCategory().orElse(""));
            case SIREN_PREFIX -> messages.getString("wizard.references.stateSource.SIREN_PREFIX");
        });
        String unread = model.serviceRulesUnreadProperty().get();
        show(serviceRule, unread != null ? MessageFormat.format(messages.getString("wizard.references.serviceRule.unread"),
                unread) : model.serviceAddsEngagementProperty().get()
                ? messages.getString("wizard.references.serviceRule.engagement") : "");
        show(sector, model.sectorWarning().map(s -> messages.getString("wizard.references.sector." + s.name()))
                .orElse(""));
    }

    private static void show(Label label, String text) {
        label.setText(text);
        label.setVisible(!text.isEmpty());
        label.setManaged(!text.isEmpty());
    }
}
