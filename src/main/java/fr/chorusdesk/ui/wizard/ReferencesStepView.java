package fr.chorusdesk.ui.wizard;

import fr.chorusdesk.domain.BillingFrame;
import fr.chorusdesk.domain.DraftField;
import fr.chorusdesk.domain.DraftIssue;
import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.domain.InvoiceKind;
import fr.chorusdesk.service.EngagementCheck;
import fr.chorusdesk.service.Recipient;
import java.time.LocalDate;
import java.util.List;
import java.util.ResourceBundle;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;

/**
 * Step 3, "Références": the recipient (SIRET checked as typed, then looked up: name, State or not,
 * its rules in words, its active services; or found with "Rechercher une structure"), the billing
 * frame and the invoice's own references. A State recipient's engagement number is looked up in
 * Chorus Pro once typing pauses.
 *
 * <p>Over 300 lines because the step has the most fields of the wizard (recipient, search, rules,
 * service, engagement, contract, number, date, kind, frame, validator, original invoice), each
 * laid out and bound here; the rules are in {@link ReferencesStepModel}.
 */
final class ReferencesStepView extends ScrollPane {

    /** Long enough not to ask Chorus Pro at every key, short enough to answer before "Suivant". */
    private static final Duration ENGAGEMENT_PAUSE = Duration.millis(600);

    private final ReferencesStepModel model;
    private final ResourceBundle messages;
    private final StepForm form;
    private final StepForm.Row siretRow;
    private final StepForm.Row serviceRow;
    private final StepForm.Row engagementRow;
    private final Label engagementStatus = new Label();
    private final RecipientSearchPanel searchPanel;
    private final RecipientSearchModel search;
    private final Label recipientName = new Label();
    private final Label recipientState = new Label();
    private final Label recipientRules = new Label();
    private final VBox recipientCard;
    private final Label todo = new Label();
    private final javafx.beans.value.ObservableValue<InvoiceDraft> shownDraft;

    ReferencesStepView(ReferencesStepModel model, javafx.beans.value.ObservableValue<InvoiceDraft> draft,
            WizardServices services, ResourceBundle messages) {
        this.model = model;
        this.messages = messages;
        this.shownDraft = draft;
        setId("page-references");
        getStyleClass().addAll("wizard-page", "page-scroll");
        setFitToWidth(true);

        Label title = new Label(messages.getString("wizard.step.references.title"));
        title.getStyleClass().add("page-title");
        form = new StepForm(messages);

        TextField siret = text("recipientSiret", model.recipientSiretProperty());
        siret.setPromptText(messages.getString("wizard.references.siret.prompt"));
        siretRow = form.add(DraftField.RECIPIENT_SIRET, "wizard.references.siret", siret);
        siretRow.hideUntilTouched(i -> i.reason() == DraftIssue.Reason.RECIPIENT_MISSING
                || i.reason() == DraftIssue.Reason.RECIPIENT_INVALID);
        siret.textProperty().addListener((obs, old, now) -> {
            // a complete SIRET is judged at once; a partial one only when the field is left
            if (model.judgeSiretAsTyped(now)) {
                siretRow.touch();
                refresh(draft.getValue());
            }
        });
        Button openSearch = new Button(messages.getString("wizard.references.search"));
        openSearch.setId("openRecipientSearch");
        openSearch.setMnemonicParsing(true);
        openSearch.setAccessibleText(messages.getString("wizard.references.search.help"));
        search = new RecipientSearchModel(services.recipients(), services.recentRecipients(), services.tasks(),
                chosen -> {
                    closeSearch();
                    model.recipientSiretProperty().set(chosen);
                    siret.requestFocus();
                });
        searchPanel = new RecipientSearchPanel(search, messages, this::closeSearch);
        searchPanel.setVisible(false);
        searchPanel.setManaged(false);
        openSearch.setOnAction(e -> {
            if (searchPanel.isVisible()) {
                closeSearch();
            } else {
                searchPanel.setVisible(true);
                searchPanel.setManaged(true);
                search.open();
                searchPanel.focusFirstField();
            }
        });
        form.addLine(openSearch);
        form.addWideLine(searchPanel);
        ProgressIndicator looking = new ProgressIndicator();
        looking.setId("recipientLookup");
        looking.setPrefSize(18, 18);
        looking.visibleProperty().bind(model.lookingUpProperty());
        recipientName.setId("recipientName");
        recipientName.getStyleClass().add("recipient-name");
        recipientState.setId("recipientState");
        recipientRules.setId("recipientRules");
        recipientRules.setWrapText(true);
        recipientRules.getStyleClass().add("recipient-rules");
        recipientCard = new VBox(2, new HBox(8, recipientName, looking), recipientState, recipientRules,
                new RecipientRulesPanel(model.recipientRules(), messages));
        recipientCard.setId("recipientCard");
        recipientCard.getStyleClass().add("recipient-card");
        form.addLine(recipientCard);
        form.addLine(new ContractCardOfferView(new ContractCardOffer(model, draft, services.contractCards(),
                services.tasks()), messages));

        ComboBox<String> service = new ComboBox<>();
        service.setId("serviceCode");
        service.valueProperty().bindBidirectional(model.serviceCodeProperty());
        service.setCellFactory(list -> new ServiceCell());
        service.setButtonCell(new ServiceCell());
        service.setPromptText(messages.getString("wizard.references.service.prompt"));
        model.services().addListener((ListChangeListener<Recipient.RecipientUnit>) c -> fillServices(service));
        fillServices(service);
        serviceRow = form.add(DraftField.SERVICE_CODE, "wizard.references.service", service);

        TextField engagement = text("engagementNumber", model.engagementNumberProperty());
        engagementRow = form.add(DraftField.ENGAGEMENT_NUMBER, "wizard.references.engagement", engagement);
        engagementStatus.setId("engagementStatus");
        engagementStatus.setWrapText(true);
        engagementStatus.getStyleClass().add("page-hint");
        form.addLine(engagementStatus);
        PauseTransition typing = new PauseTransition(ENGAGEMENT_PAUSE);
        typing.setOnFinished(e -> model.checkEngagement());
        engagement.textProperty().addListener((obs, old, now) -> typing.playFromStart());
        engagement.focusedProperty().addListener((obs, was, now) -> {
            if (was && !now && typing.getStatus() == javafx.animation.Animation.Status.RUNNING) {
                typing.stop();
                model.checkEngagement();
            }
        });
        form.add(DraftField.CONTRACT_NUMBER, "wizard.references.contract",
                text("contractNumber", model.contractNumberProperty()));
        form.add(DraftField.INVOICE_NUMBER, "wizard.references.number",
                text("invoiceNumber", model.invoiceNumberProperty()));
        EarlierDepositPanel earlier = new EarlierDepositPanel(model, messages);
        form.addLine(earlier);
        // what blocks Suivant, and its link to the history, are never left below the fold
        fr.chorusdesk.ui.common.Scrolling.revealWhenShown(this, earlier);
        form.add(DraftField.INVOICE_DATE, "wizard.references.date", datePicker(services));

        ComboBox<InvoiceKind> kind = new ComboBox<>();
        kind.setId("invoiceKind");
        kind.getItems().setAll(InvoiceKind.values());
        kind.setConverter(enumText("wizard.kind."));
        kind.valueProperty().bindBidirectional(model.kindProperty());
        form.add(DraftField.INVOICE_KIND, "wizard.references.kind", kind);

        ComboBox<BillingFrame> frame = new ComboBox<>();
        frame.setId("billingFrame");
        frame.getItems().setAll(BillingFrame.values());
        frame.setConverter(enumText("wizard.frame."));
        frame.valueProperty().bindBidirectional(model.billingFrameProperty());
        form.add(DraftField.BILLING_FRAME, "wizard.references.frame", frame);
        StepForm.Row validator = form.add(DraftField.VALIDATOR_STRUCTURE, "wizard.references.validator",
                text("validatorSiret", model.validatorSiretProperty()));
        StepForm.Row validatorService = form.add(DraftField.VALIDATOR_SERVICE, "wizard.references.validatorService",
                text("validatorService", model.validatorServiceProperty()));
        var needsValidator = Bindings.createBooleanBinding(() -> model.billingFrameProperty().get() != null
                && model.billingFrameProperty().get().validatorRequired(), model.billingFrameProperty());
        for (StepForm.Row row : List.of(validator, validatorService)) {
            for (var node : List.of(row.label, row.control)) {
                node.visibleProperty().bind(needsValidator);
                node.managedProperty().bind(needsValidator);
            }
        }

        todo.setId("referencesTodo");
        todo.setWrapText(true);
        todo.getStyleClass().add("page-hint");
        VBox page = new VBox(14, title, form, todo);
        page.getStyleClass().add("page-body");
        setContent(page);

        model.issues().addListener((ListChangeListener<DraftIssue>) c -> refresh(draft.getValue()));
        model.recipientProperty().addListener((obs, old, now) -> refresh(draft.getValue()));
        model.recipientMessageProperty().addListener((obs, old, now) -> refresh(draft.getValue()));
        model.serviceMessageProperty().addListener((obs, old, now) -> refresh(draft.getValue()));
        model.lookingUpProperty().addListener((obs, old, now) -> refresh(draft.getValue()));
        model.engagementCheckProperty().addListener((obs, old, now) -> refresh(draft.getValue()));
        model.checkingEngagementProperty().addListener((obs, old, now) -> refresh(draft.getValue()));
        model.recipientRules().stateAnswerProperty().addListener((obs, old, now) -> refresh(draft.getValue()));
        model.recipientRules().rulesProperty().addListener((obs, old, now) -> refresh(draft.getValue()));
        draft.addListener((obs, old, now) -> refresh(now));
        for (StepForm.Row row : form.rows()) {
            row.control.focusedProperty().addListener((obs, was, now) -> refresh(draft.getValue()));
        }
        refresh(draft.getValue());
    }

    /**
     * For a credit note: the invoice it corrects, typed or picked from the history's invoices to this
     * recipient (an editable list), shown only when the document is a credit note.
     */
    void addOriginalInvoice(OriginalInvoiceModel original) {
        ComboBox<String> number = new ComboBox<>();
        number.setId("originalInvoice");
        number.setEditable(true);
        number.setPromptText(messages.getString("wizard.original.prompt"));
        number.valueProperty().bindBidirectional(original.numberProperty());
        number.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : original.choices().stream()
                        .filter(c -> c.number().equals(item)).findFirst().map(original::describe).orElse(item));
            }
        });
        Runnable fill = () -> number.getItems().setAll(original.choices().stream()
                .map(fr.chorusdesk.service.OriginalInvoices.Choice::number).toList());
        original.choices().addListener((ListChangeListener<fr.chorusdesk.service.OriginalInvoices.Choice>) c -> fill.run());
        fill.run();
        StepForm.Row row = form.add(DraftField.ORIGINAL_INVOICE, "wizard.original.label", number);
        for (var node : List.of(row.label, row.control)) {
            node.visibleProperty().bind(original.creditNoteProperty());
            node.managedProperty().bind(original.creditNoteProperty());
        }
        row.control.focusedProperty().addListener((obs, was, now) -> refresh(shownDraft.getValue()));
        refresh(shownDraft.getValue());
    }

    private void closeSearch() {
        searchPanel.setVisible(false);
        searchPanel.setManaged(false);
    }

    private TextField text(String id, javafx.beans.property.StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private DatePicker datePicker(WizardServices services) {
        DatePicker picker = new DatePicker();
        picker.setId("invoiceDate");
        picker.setPromptText(messages.getString("wizard.date.prompt"));
        // unreadable text clears the date: "Indiquez la date" says what to do
        picker.setConverter(new fr.chorusdesk.ui.common.DayTextConverter());
        // days after today cannot be picked; a typed one is refused by the rule below the field
        picker.setDayCellFactory(p -> new DateCell() {
            @Override
            public void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                setDisable(empty || !model.canBeInvoiceDate(item));
            }
        });
        picker.valueProperty().bindBidirectional(model.invoiceDateProperty());
        return picker;
    }

    private <E extends Enum<E>> StringConverter<E> enumText(String prefix) {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : messages.getString(prefix + value.name());
            }

            @Override
            public E fromString(String text) {
                throw new UnsupportedOperationException("not editable");
            }
        };
    }

    private void fillServices(ComboBox<String> combo) {
        String chosen = combo.getValue();
        List<String> codes = new java.util.ArrayList<>();
        codes.add("");
        model.services().forEach(s -> codes.add(s.code()));
        combo.getItems().setAll(codes);
        combo.setValue(chosen);
    }

    /** "VOIRIE — Service voirie"; the empty entry is "no service". */
    private final class ServiceCell extends ListCell<String> {
        @Override
        protected void updateItem(String code, boolean empty) {
            super.updateItem(code, empty);
            if (empty || code == null) {
                setText(null);
            } else if (code.isEmpty()) {
                setText(messages.getString("wizard.references.service.none"));
            } else {
                setText(model.services().stream().filter(s -> s.code().equals(code)).findFirst()
                        .map(s -> s.code() + " — " + s.label()).orElse(code));
            }
        }
    }

    private void refresh(InvoiceDraft draft) {
        Recipient recipient = model.recipientProperty().get();
        boolean known = recipient != null;
        recipientName.setText(known ? recipient.name()
                : model.lookingUpProperty().get() ? messages.getString("wizard.references.lookingUp") : "");
        recipientState.setText(known ? messages.getString(model.recipientRules().isState()
                ? "wizard.references.state" : "wizard.references.notState") : "");
        var rules = model.recipientRules().rulesProperty().get();
        recipientRules.setText(known && rules != null ? messages.getString("wizard.references.rules." + rules.name())
                : "");
        recipientCard.setVisible(known || model.lookingUpProperty().get());
        recipientCard.setManaged(recipientCard.isVisible());
        List<DraftIssue> issues = model.issues();
        EngagementCheck engagement = model.engagementCheckProperty().get();
        String engagementBlock = engagement != null && engagement.blocks() ? engagement.message().orElse(null) : null;
        engagementStatus.setText(model.checkingEngagementProperty().get()
                ? messages.getString("wizard.references.engagement.checking")
                : engagement == null ? ""
                : engagement.outcome() == EngagementCheck.Outcome.FOUND
                        ? messages.getString("wizard.references.engagement.found")
                        : engagement.warns() ? engagement.message().orElse("") : "");
        // an unknown number without the strict check: said, in amber, and the step goes on
        engagementStatus.getStyleClass().remove("rule-warning");
        if (engagement != null && engagement.outcome() == EngagementCheck.Outcome.UNKNOWN && !engagement.blocks()) {
            engagementStatus.getStyleClass().add("rule-warning");
        }
        engagementStatus.setVisible(!engagementStatus.getText().isEmpty());
        engagementStatus.setManaged(engagementStatus.isVisible());
        for (StepForm.Row row : form.rows()) {
            String extra = row == siretRow ? model.recipientMessageProperty().get()
                    : row == serviceRow ? model.serviceMessageProperty().get()
                    : row == engagementRow ? engagementBlock : null;
            row.show(issues, extra);
            row.showOrigin(draft);
        }
        todo.setText(issues.isEmpty() ? "" : java.text.MessageFormat.format(
                messages.getString("wizard.todo"), String.join(", ", issues.stream()
                        .map(i -> messages.getString("wizard.field." + i.field().name())).distinct().toList())));
        todo.setVisible(!issues.isEmpty());
    }
}
