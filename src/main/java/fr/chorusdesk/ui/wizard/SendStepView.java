package fr.chorusdesk.ui.wizard;

import fr.chorusdesk.domain.DisplayFormats;
import fr.chorusdesk.domain.DraftIssue;
import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.domain.SupplierIdentity;
import fr.chorusdesk.service.Recipient;
import fr.chorusdesk.service.SubmissionException;
import fr.chorusdesk.service.SubmissionReceipt;
import fr.chorusdesk.ui.common.ErrorDialog;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Step 5, "Envoi": the summary, Valider et envoyer, the progress of the submission, then either
 * the receipt, unmistakably « Envoyée à Chorus Pro », or the refusal with a way back to the step
 * to correct; nothing typed is lost.
 *
 * <p>Over 300 lines because the page shows three states (before sending, progress, outcome with
 * its receipt or refusal), the summary and the pre-send audit; what each shows is decided by
 * {@link SendStepModel}.
 */
final class SendStepView extends javafx.scene.layout.BorderPane {

    private final WizardRun run;
    private final SendStepModel model;
    private final ObservableSupplier supplier;
    private final ResourceBundle messages;
    private final Locale locale;
    private final GridPane summary = new GridPane();
    private final Label mode = new Label();
    private final Button send;
    private final VBox progress;
    private final Label stepLabel = new Label();
    private final VBox result = new VBox(6);
    private final VBox failure = new VBox(6);
    private final Runnable newRun;
    private ScrollPane scroll;

    /** The supplier value, read when the summary is drawn. */
    interface ObservableSupplier {
        SupplierIdentity get();
    }

    SendStepView(WizardRun run, WizardServices services, ResourceBundle messages, Runnable newRun) {
        this.run = run;
        this.model = run.send();
        this.supplier = () -> services.supplier().getValue();
        this.messages = messages;
        this.locale = services.locale();
        this.newRun = newRun;
        setId("page-send");
        getStyleClass().add("wizard-page");

        Label title = new Label(messages.getString("wizard.step.send.title"));
        title.getStyleClass().add("page-title");
        Label hint = new Label(messages.getString("wizard.step.send.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("page-hint");
        summary.setId("sendSummary");
        summary.getStyleClass().add("summary");
        summary.setHgap(16);
        summary.setVgap(4);
        mode.setId("sendMode");
        mode.setWrapText(true);
        // a Factur-X whose XML says all the draft says may go as a flow; off by default, since the
        // PDF with its data is checked by Chorus Pro at once
        CheckBox asFlow = new CheckBox(messages.getString("wizard.send.asFlow"));
        asFlow.setId("sendAsFlow");
        asFlow.setMnemonicParsing(true);
        asFlow.setWrapText(true);
        asFlow.setAccessibleText(messages.getString("wizard.send.asFlow").replace("_", ""));
        asFlow.selectedProperty().bindBidirectional(model.asFlowProperty());
        asFlow.visibleProperty().bind(model.flowPossibleProperty().and(model.receiptProperty().isNull()));
        asFlow.managedProperty().bind(asFlow.visibleProperty());
        asFlow.disableProperty().bind(model.sendingProperty());

        send = new Button(messages.getString("wizard.send.button"));
        send.setId("sendButton");
        send.setMnemonicParsing(true);
        send.getStyleClass().add("primary");
        send.setAccessibleText(messages.getString("wizard.send.button").replace("_", ""));
        // what the pre-send audit finds blocking stops the invoice here already
        send.disableProperty().bind(model.canSendProperty().not().or(run.audit().blocksProperty())
                .or(run.audit().runningProperty()));
        send.setOnAction(e -> model.send());
        Label noAccount = new Label(messages.getString("wizard.send.noAccount"));
        noAccount.setId("sendNoAccount");
        noAccount.visibleProperty().bind(Bindings.createBooleanBinding(() -> services.supplier().getValue() == null,
                services.supplier()));
        noAccount.managedProperty().bind(noAccount.visibleProperty());

        ProgressBar bar = new ProgressBar();
        bar.setId("sendProgress");
        bar.setPrefWidth(360);
        bar.progressProperty().bind(model.progressProperty());
        stepLabel.setId("sendStepLabel");
        stepLabel.textProperty().bind(Bindings.createStringBinding(() -> model.stepProperty().get() == null ? ""
                : messages.getString(model.stepProperty().get().messageKey()), model.stepProperty()));
        progress = new VBox(4, bar, stepLabel);
        progress.setId("sendProgressPane");
        progress.visibleProperty().bind(model.sendingProperty());
        progress.managedProperty().bind(model.sendingProperty());
        bar.setAccessibleText(messages.getString("wizard.send.progress"));

        result.setId("sendResult");
        failure.setId("sendFailure");
        failure.getStyleClass().add("send-failure");

        PreSendAuditPanel audit = new PreSendAuditPanel(run.audit(), messages);
        audit.visibleProperty().bind(model.receiptProperty().isNull());
        audit.managedProperty().bind(audit.visibleProperty());
        // what the pre-send audit finds sits by the button it may disable, on its row when all is well
        HBox actions = new HBox(12, send, noAccount, audit);
        HBox.setHgrow(audit, javafx.scene.layout.Priority.ALWAYS);
        send.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        actions.setAlignment(Pos.CENTER_LEFT);
        // the outcome comes first, where the eye is after clicking; the summary stays below as the record
        VBox page = new VBox(14, title, result, failure, hint, summary);
        hint.visibleProperty().bind(model.receiptProperty().isNull());
        hint.managedProperty().bind(hint.visibleProperty());
        page.getStyleClass().add("page-body");
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("page-scroll");
        this.scroll = scroll;
        setCenter(scroll);
        // the button and the progress stay in sight however long the summary or the refusal is
        // the mode and the flow choice too: they are what the button will do
        VBox bottom = new VBox(8, mode, asFlow, actions, progress);
        bottom.setPadding(new javafx.geometry.Insets(12, 0, 0, 0));
        setBottom(bottom);

        run.draftProperty().addListener((obs, old, now) -> refreshSummary());
        run.references().recipientProperty().addListener((obs, old, now) -> refreshSummary());
        model.modeProperty().addListener((obs, old, now) -> refreshSummary());
        model.receiptProperty().addListener((obs, old, now) -> refreshOutcome());
        model.failureMessageProperty().addListener((obs, old, now) -> refreshOutcome());
        model.issues().addListener((ListChangeListener<DraftIssue>) c -> refreshOutcome());
        model.sendingProperty().addListener((obs, old, now) -> refreshOutcome());
        model.unexpectedFailureProperty().addListener((obs, old, now) -> {
            if (now != null && getScene() != null) {
                new ErrorDialog(messages).create(getScene().getWindow(), messages.getString("wizard.send.failed"), now)
                        .show();
            }
        });
        refreshSummary();
        refreshOutcome();
    }

    private void refreshSummary() {
        InvoiceDraft d = run.draftProperty().get();
        summary.getChildren().clear();
        SupplierIdentity from = supplier.get();
        SendSummaryText said = new SendSummaryText(messages, locale);
        summaryLine("wizard.summary.supplier", said.supplier(from).orElse(null));
        summaryLine("wizard.summary.pdf", d.pdf().map(p -> p.uploadName()).orElse(null));
        Recipient recipient = run.references().recipientProperty().get();
        summaryLine("wizard.summary.recipient", d.recipientSiret().map(s -> recipient == null ? s
                : recipient.name() + " (" + recipient.siret().value() + ")").orElse(null));
        summaryLine("wizard.summary.service", d.serviceCode().orElse(null));
        summaryLine("wizard.summary.engagement", d.engagementNumber().orElse(null));
        summaryLine("wizard.summary.contract", d.contractNumber().orElse(null));
        summaryLine("wizard.summary.number", d.invoiceNumber().orElse(null));
        summaryLine("wizard.summary.date", d.invoiceDate().map(DisplayFormats::day).orElse(null));
        summaryLine("wizard.summary.kind", messages.getString("wizard.kind." + d.kind().name()));
        summaryLine("wizard.summary.frame", messages.getString("wizard.frame." + d.billingFrame().name()));
        summaryLine("wizard.summary.original", said.original(d).orElse(null));
        summaryLine("wizard.summary.excl", money(d.amountExclTax()));
        summaryLine("wizard.summary.vat", money(d.vatAmount()));
        summaryLine("wizard.summary.incl", money(d.amountInclTax()));
        summaryLine("wizard.summary.due", money(d.amountDue()));
        summaryLine("wizard.summary.vatTreatment", said.vatTreatment(d).orElse(null));
        summaryLine("wizard.summary.vatLines", said.vatLines(d).orElse(null));
        summaryLine("wizard.summary.paymentMode", said.paymentMode(d).orElse(null));
        summaryLine("wizard.summary.bankAccount", said.bankAccount(d, from).orElse(null));
        summaryLine("wizard.summary.comment", d.comment().orElse(null));
        summaryLine("wizard.summary.documents", d.documents().isEmpty() ? null : String.join("\n",
                d.documents().stream().map(doc -> MessageFormat.format(messages.getString("wizard.summary.document"),
                        doc.uploadName(), doc.typeLabel().isEmpty() ? "—" : doc.typeLabel())).toList()));
        mode.setText(model.modeProperty().get() == null ? ""
                : messages.getString("wizard.send.mode." + model.modeProperty().get().name()));
    }

    private void summaryLine(String key, String value) {
        if (value == null) {
            return;
        }
        Label k = new Label(messages.getString(key));
        k.getStyleClass().add("summary-key");
        Label v = new Label(value);
        v.setId("summary-" + key.substring("wizard.summary.".length()));
        v.setWrapText(true);
        summary.addRow(summary.getRowCount(), k, v);
    }

    private String money(Optional<BigDecimal> amount) {
        return amount.map(a -> DisplayFormats.money(a, locale)).orElse(null);
    }

    private void refreshOutcome() {
        result.getChildren().clear();
        result.getStyleClass().remove("send-result");
        failure.getChildren().clear();
        if (model.sendingProperty().get()) {
            result.setManaged(false);
            failure.setManaged(false);
            return;
        }
        SubmissionReceipt receipt = model.receiptProperty().get();
        SubmissionException.Kind kind = model.failureKindProperty().get();
        String message = model.failureMessageProperty().get();
        if (message != null) {
            Label text = new Label(message);
            text.setId("sendFailureMessage");
            text.setWrapText(true);
            text.getStyleClass().add("blocking-message");
            failure.getChildren().add(text);
            for (String detail : model.failureDetails()) {
                Label d = new Label("• " + detail);
                d.setWrapText(true);
                failure.getChildren().add(d);
            }
            for (DraftIssue issue : model.issues()) {
                Label d = new Label("• " + messages.getString("wizard.field." + issue.field().name()) + " : "
                        + messages.getString(issue.messageKey()));
                d.setWrapText(true);
                failure.getChildren().add(d);
            }
            if (model.mustVerifyFirst()) {
                Label verify = new Label(messages.getString("wizard.send.verifyHint"));
                verify.setId("sendVerifyHint");
                verify.setWrapText(true);
                failure.getChildren().add(verify);
            } else if (!model.stepsToCorrect().isEmpty()) {
                FlowPane back = new FlowPane(8, 8);
                for (WizardStep step : model.stepsToCorrect()) {
                    Button go = new Button(MessageFormat.format(messages.getString("wizard.send.correct"),
                            messages.getString("wizard.step." + step.key() + ".title")));
                    go.setId("correct-" + step.key());
                    go.setOnAction(e -> run.model().backTo(step));
                    back.getChildren().add(go);
                }
                failure.getChildren().add(back);
            }
        }
        if (receipt != null) {
            showReceipt(receipt, kind == SubmissionException.Kind.DUPLICATE);
        }
        result.setManaged(!result.getChildren().isEmpty());
        failure.setManaged(!failure.getChildren().isEmpty());
        send.setVisible(receipt == null || receipt.inProgress());
        send.setManaged(send.isVisible());
        send.setText(messages.getString(model.sendActionKey()));
        send.setAccessibleText(send.getText().replace("_", ""));
    }

    private void showReceipt(SubmissionReceipt receipt, boolean earlier) {
        if (receipt.inProgress()) {
            Label wait = new Label(MessageFormat.format(messages.getString("wizard.send.inProgress"),
                    receipt.flowNumber().orElse("")));
            wait.setId("sendInProgress");
            wait.setWrapText(true);
            result.getChildren().add(wait);
            return;
        }
        Label sent = new Label(messages.getString(earlier ? "wizard.send.alreadySent" : "wizard.send.sent"));
        sent.setId("sentTitle");
        sent.getStyleClass().add("sent-title");
        GridPane facts = new GridPane();
        facts.setHgap(16);
        facts.setVgap(4);
        int r = 0;
        r = fact(facts, r, "wizard.send.invoiceId", "chorusInvoiceId", receipt.invoiceId().map(String::valueOf).orElse(""));
        r = fact(facts, r, "wizard.send.status", "chorusStatus", statusText(receipt.status()));
        r = fact(facts, r, "wizard.send.depositDate", "depositDate", receipt.depositDate().map(DisplayFormats::day).orElse(""));
        if (receipt.flowNumber().isPresent()) {
            r = fact(facts, r, "wizard.send.flowNumber", "flowNumber", receipt.flowNumber().get());
        }
        if (receipt.depositCertificate().isPresent()) {
            fact(facts, r, "wizard.send.certificate", "depositCertificate", receipt.depositCertificate().get());
        }
        Label next = new Label(messages.getString("wizard.send.next"));
        next.setId("sendNext");
        next.setWrapText(true);
        List<javafx.scene.Node> lines = new ArrayList<>(List.of(sent, facts));
        if (receipt.mode() == fr.chorusdesk.service.SubmissionMode.PLAIN_PDF_UPLOAD) {
            Label plain = new Label(messages.getString("wizard.send.plainPdfDone"));
            plain.setId("sentAsPlainPdf");
            plain.setWrapText(true);
            lines.add(plain);
        }
        if (model.confirmedAfterLostAnswerProperty().get()) {
            Label confirmed = new Label(messages.getString("wizard.send.confirmedAfterLostAnswer"));
            confirmed.setId("sendConfirmedAfterLostAnswer");
            confirmed.setWrapText(true);
            lines.add(confirmed);
        }
        Button again = new Button(messages.getString("wizard.send.newRun"));
        again.setId("newRunButton");
        again.setMnemonicParsing(true);
        again.setOnAction(e -> newRun.run());
        lines.add(next);
        lines.add(again);
        result.getChildren().setAll(lines);
        result.getStyleClass().add("send-result");
        scroll.setVvalue(0);
        result.setAccessibleText(sent.getText());
    }

    private String statusText(String status) {
        try {
            return messages.getString("wizard.send.status." + status) + " (" + status + ")";
        } catch (MissingResourceException e) {
            return status;
        }
    }

    private int fact(GridPane grid, int row, String key, String id, String value) {
        Label k = new Label(messages.getString(key));
        k.getStyleClass().add("summary-key");
        Label v = new Label(value);
        v.setId(id);
        grid.addRow(row, k, v);
        return row + 1;
    }
}
