package fr.chorusdesk.ui.wizard;

import fr.chorusdesk.service.PreSendAudit;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * « Contrôle du PDF avant envoi » in the Envoi step: each finding of the pre-send audit in its own
 * line, what blocks in red, what warns in amber, a skipped comparison as a hint. Binds to a
 * {@link PreSendAuditModel}.
 */
final class PreSendAuditPanel extends VBox {

    private final PreSendAuditModel model;
    private final ResourceBundle messages;

    PreSendAuditPanel(PreSendAuditModel model, ResourceBundle messages) {
        super(6);
        this.model = model;
        this.messages = messages;
        setId("preSendAudit");
        model.reportProperty().addListener((obs, old, now) -> refresh());
        model.runningProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    private void refresh() {
        getChildren().clear();
        PreSendAudit.Report report = model.reportProperty().get();
        // nothing to say fits on one line, so that the step keeps its room for the summary
        if (model.runningProperty().get() || report == null || report.clean()) {
            String status = model.runningProperty().get() ? messages.getString("wizard.audit.running")
                    : report == null ? messages.getString("wizard.audit.notRun")
                    : MessageFormat.format(messages.getString("wizard.audit.clean"), report.pagesRead());
            Label line = new Label(messages.getString("wizard.audit.title") + " : " + status);
            line.setId("auditStatus");
            line.setWrapText(true);
            line.getStyleClass().add(report != null && report.clean() ? "audit-ok" : "page-hint");
            getChildren().add(line);
            return;
        }
        Label title = new Label(messages.getString("wizard.audit.title"));
        title.getStyleClass().add("section-title");
        getChildren().add(title);
        for (PreSendAudit.Finding finding : report.findings()) {
            Label line = new Label(finding.message());
            line.setId("auditFinding-" + finding.check().name());
            line.setWrapText(true);
            line.setMaxWidth(Double.MAX_VALUE);
            line.getStyleClass().add(switch (finding.severity()) {
                case BLOCKS -> "blocking-message";
                case WARNS -> "rule-warning";
                case SKIPPED -> "page-hint";
            });
            getChildren().add(line);
        }
    }
}
