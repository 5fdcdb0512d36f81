package fr.chorusdesk.ui.wizard;

import fr.chorusdesk.domain.DraftField;
import fr.chorusdesk.domain.DraftIssue;
import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.domain.SupplierBankAccount;
import fr.chorusdesk.ui.common.ShownAs;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * Step 4, "Montants": HT, TVA, TTC and amount to pay in the user's format ("1 234,56"), HT + TVA
 * shown beside TTC, the comment, and the VAT and payment section ({@link VatSection}).
 */
final class AmountsStepView extends ScrollPane {

    private final AmountsStepModel model;
    private final ResourceBundle messages;
    private final Locale locale;
    private final StepForm form;
    private final Label expected = new Label();
    private final Label todo = new Label();

    AmountsStepView(AmountsStepModel model, VatSectionModel vat, BankAccountModel bank,
            ObservableValue<InvoiceDraft> draft, Locale locale, ResourceBundle messages) {
        this.model = model;
        this.messages = messages;
        this.locale = locale;
        setId("page-amounts");
        getStyleClass().addAll("wizard-page", "page-scroll");
        setFitToWidth(true);

        Label title = new Label(messages.getString("wizard.step.amounts.title"));
        title.getStyleClass().add("page-title");
        Label hint = new Label(messages.getString("wizard.step.amounts.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("page-hint");
        form = new StepForm(messages);
        form.add(DraftField.AMOUNT_EXCL_TAX, "wizard.amounts.excl", amount("amountExclTax",
                model.amountExclTaxProperty()));
        form.add(DraftField.VAT_AMOUNT, "wizard.amounts.vat", amount("vatAmount", model.vatAmountProperty()));
        form.add(DraftField.AMOUNT_INCL_TAX, "wizard.amounts.incl", amount("amountInclTax",
                model.amountInclTaxProperty()));
        expected.setId("expectedTotal");
        expected.getStyleClass().add("page-hint");
        form.addLine(expected);
        form.add(DraftField.AMOUNT_DUE, "wizard.amounts.due", amount("amountDue", model.amountDueProperty()));
        TextArea comment = new TextArea();
        comment.setId("comment");
        comment.setPrefRowCount(2);
        comment.setWrapText(true);
        comment.textProperty().bindBidirectional(model.commentProperty());
        form.add(DraftField.COMMENT, "wizard.amounts.comment", comment);
        new VatSection(form, vat, model.issues(), messages);
        bankAccountRow(bank);

        todo.setId("amountsTodo");
        todo.setWrapText(true);
        todo.getStyleClass().add("page-hint");
        VBox page = new VBox(14, title, hint, form, todo);
        page.getStyleClass().add("page-body");
        setContent(page);

        model.issues().addListener((ListChangeListener<DraftIssue>) c -> refresh(draft.getValue()));
        model.unreadable().addListener((ListChangeListener<DraftField>) c -> refresh(draft.getValue()));
        model.expectedTotalProperty().addListener((obs, old, now) -> refresh(draft.getValue()));
        draft.addListener((obs, old, now) -> refresh(now));
        for (StepForm.Row row : form.rows()) {
            row.control.focusedProperty().addListener((obs, was, now) -> refresh(draft.getValue()));
        }
        refresh(draft.getValue());
    }

    /** The account the invoice is paid on: offered only when the supplier has several, with why this one. */
    private void bankAccountRow(BankAccountModel bank) {
        ComboBox<SupplierBankAccount> account = new ComboBox<>(bank.accounts());
        account.setId("bankAccount");
        account.setConverter(ShownAs.text(SupplierBankAccount::label));
        account.valueProperty().bindBidirectional(bank.chosenProperty());
        form.add(DraftField.BANK_ACCOUNT, "wizard.bank.account", account).showWhen(bank.choosableProperty());
        Label why = new Label();
        why.setId("bankAccountReason");
        why.setWrapText(true);
        why.textProperty().bind(bank.reasonProperty());
        why.getStyleClass().add("page-hint");
        bank.warningProperty().addListener((obs, was, now) -> warn(why, now));
        warn(why, bank.warningProperty().get());
        form.addLine(why);
        why.visibleProperty().bind(bank.reasonProperty().isNotEmpty());
        why.managedProperty().bind(why.visibleProperty());
        Hyperlink useFound = new Hyperlink();
        useFound.setId("useFoundBankAccount");
        useFound.textProperty().bind(bank.foundAccountOfferProperty());
        useFound.setOnAction(e -> bank.useFoundAccount());
        form.addLine(useFound);
        useFound.visibleProperty().bind(bank.foundAccountOfferProperty().isNotEmpty());
        useFound.managedProperty().bind(useFound.visibleProperty());
    }

    private static void warn(Label label, boolean warning) {
        label.getStyleClass().remove("rule-warning");
        if (warning) {
            label.getStyleClass().add("rule-warning");
        }
    }

    private TextField amount(String id, StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.getStyleClass().add("amount");
        field.setPromptText(messages.getString("wizard.amounts.prompt"));
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private void refresh(InvoiceDraft draft) {
        String total = model.expectedTotalProperty().get();
        expected.setText(total == null ? "" : MessageFormat.format(messages.getString("wizard.amounts.expected"), total));
        for (StepForm.Row row : form.rows()) {
            row.show(model.issues(), model.unreadable().contains(row.field)
                    ? messages.getString("wizard.amounts.unreadable") : null);
            row.showOrigin(draft);
        }
        boolean open = !model.issues().isEmpty() || !model.unreadable().isEmpty();
        todo.setText(open ? MessageFormat.format(messages.getString("wizard.todo"), String.join(", ",
                java.util.stream.Stream.concat(model.issues().stream().map(DraftIssue::field),
                        model.unreadable().stream()).distinct()
                        .map(f -> messages.getString("wizard.field." + f.name())).toList())) : "");
        todo.setVisible(open);
    }
}
