package fr.chorusdesk.ui.wizard;

import fr.chorusdesk.service.FacturXCheck;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The PDF step's Factur-X verdict under the badge: « valide », « valide avec remarques » or « non
 * valide », what Chorus Pro does with the profile, each finding (the field, what the rule asks, what
 * to change, the rule id in the details) and, for one that is not valid, the choice to send it as a
 * plain PDF or why a signed one cannot be.
 */
final class FacturXVerdictPanel extends VBox {

    private final FacturXVerdictModel model;
    private final ResourceBundle messages;
    private final HBox running = new HBox(8);
    private final Label runningText = new Label();
    private final Label verdict = new Label();
    private final Label profileNote = new Label();
    private final Label blocked = new Label();
    private final Label signed = new Label();
    private final CheckBox plainPdf;
    private final VBox findings = new VBox(6);
    private final Label ruleSets = new Label();
    private final Label failed = new Label();

    FacturXVerdictPanel(FacturXVerdictModel model, ResourceBundle messages) {
        super(8);
        this.model = model;
        this.messages = messages;
        setId("facturXVerdictPanel");
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(18, 18);
        runningText.setId("facturXValidationRunning");
        runningText.setWrapText(true);
        running.getChildren().setAll(progress, runningText);
        verdict.setId("facturXVerdict");
        verdict.getStyleClass().add("facturx-badge");
        verdict.setWrapText(true);
        profileNote.setId("facturXProfileNote");
        profileNote.setWrapText(true);
        profileNote.getStyleClass().add("page-hint");
        blocked.setId("facturXBlocked");
        blocked.getStyleClass().add("blocking-message");
        blocked.setWrapText(true);
        blocked.setText(messages.getString("wizard.pdf.validation.blocked"));
        signed.setId("facturXSignedNote");
        signed.setWrapText(true);
        signed.getStyleClass().add("check-warn");
        plainPdf = new CheckBox(messages.getString("wizard.pdf.validation.plainPdf"));
        plainPdf.setId("sendAsPlainPdf");
        plainPdf.setMnemonicParsing(true);
        plainPdf.setWrapText(true);
        plainPdf.setAccessibleText(messages.getString("wizard.pdf.validation.plainPdf").replace("_", ""));
        plainPdf.selectedProperty().bindBidirectional(model.plainPdfProperty());
        findings.setId("facturXFindings");
        ruleSets.setId("facturXRuleSets");
        ruleSets.setWrapText(true);
        ruleSets.getStyleClass().add("page-hint");
        failed.setId("facturXValidationFailed");
        failed.setWrapText(true);
        failed.getStyleClass().add("check-warn");
        getChildren().setAll(running, verdict, profileNote, blocked, signed, plainPdf, findings, ruleSets, failed);
        model.busyProperty().addListener((obs, old, now) -> refresh());
        model.resultProperty().addListener((obs, old, now) -> refresh());
        model.failureProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    private void refresh() {
        boolean busy = model.busyProperty().get();
        FacturXCheck check = model.resultProperty().get();
        runningText.setText(messages.getString(model.firstRunProperty().get() ? "wizard.pdf.validation.firstRun"
                : "wizard.pdf.validation.running"));
        shown(running, busy);
        Throwable error = model.failureProperty().get();
        failed.setText(error == null ? "" : format("wizard.pdf.validation.failed", String.valueOf(error.getMessage())));
        shown(failed, error != null);
        findings.getChildren().clear();
        boolean present = !busy && check != null;
        shown(verdict, present);
        shown(profileNote, present);
        shown(ruleSets, present);
        shown(blocked, present && check.blocksFacturX());
        shown(plainPdf, present && check.plainPdfPossible());
        shown(signed, present && check.signed());
        shown(findings, present && !check.findings().isEmpty());
        setVisible(busy || present || error != null);
        setManaged(isVisible());
        if (!present) {
            return;
        }
        verdict.setText(format("wizard.pdf.validation.verdict", check.profile().orElse("?"), check.verdictLabel()));
        verdict.getStyleClass().removeAll("verdict-valid", "verdict-remarks", "verdict-invalid");
        verdict.getStyleClass().add(switch (check.verdict()) {
            case VALID -> "verdict-valid";
            case VALID_WITH_REMARKS -> "verdict-remarks";
            case INVALID -> "verdict-invalid";
        });
        profileNote.setText(check.profileNote());
        signed.setText(messages.getString(check.blocksFacturX() ? "wizard.pdf.validation.signed"
                : "wizard.pdf.validation.signedValid"));
        ruleSets.setText(format("wizard.pdf.validation.ruleSets", String.join(", ", check.ruleSets())));
        int i = 0;
        for (FacturXCheck.Finding finding : check.findings()) {
            findings.getChildren().add(findingLine(finding, i++));
        }
    }

    private VBox findingLine(FacturXCheck.Finding finding, int index) {
        String severity = finding.blocking() ? "fail" : "warn";
        Label mark = new Label(messages.getString("wizard.pdf.check." + severity));
        mark.getStyleClass().addAll("check-mark", "check-" + severity);
        mark.setMinWidth(Region.USE_PREF_SIZE);
        Label text = new Label(format("wizard.pdf.validation.finding", finding.field(), finding.message()));
        text.setWrapText(true);
        HBox head = new HBox(8, mark, text);
        Label fix = new Label(format("wizard.pdf.validation.fix", finding.fix()));
        fix.setWrapText(true);
        fix.getStyleClass().add("page-hint");
        Label details = new Label(finding.layer() + " · " + finding.details());
        details.setWrapText(true);
        details.setId("facturXFindingDetails" + index);
        TitledPane more = new TitledPane(messages.getString("wizard.pdf.validation.detailsToggle") + " — "
                + finding.ruleId(), details);
        more.setExpanded(false);
        more.setAnimated(false);
        VBox line = new VBox(2, head, fix, more);
        line.setId("facturXFinding" + index);
        line.setAccessibleText(mark.getText() + " : " + text.getText() + " " + fix.getText());
        line.getStyleClass().add("check-line");
        return line;
    }

    private String format(String key, Object... args) {
        return new MessageFormat(messages.getString(key), messages.getLocale() == null ? Locale.FRENCH
                : messages.getLocale()).format(args);
    }

    private static void shown(javafx.scene.Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }
}
