package fr.chorusdesk.ui.wizard;

import static fr.chorusdesk.ui.wizard.WizardWindow.text;
import static fr.chorusdesk.ui.wizard.WizardWindow.typeInvoiceDate;
import static fr.chorusdesk.ui.wizard.WizardWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.service.DraftSummary;
import fr.chorusdesk.service.InvoicePdfs;
import fr.chorusdesk.ui.wizard.WizardModel.OpenedPdf;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The pre-send audit in the window: a Factur-X whose page shows another number than its XML is
 * blocked in Envoi with both numbers, and its draft says so in Brouillons; a PDF holding two
 * invoices is warned about with their pages, and can still be sent. The PDFs are written here
 * ({@link InvoicePdfs}); the commune requires nothing (docs/sandbox.md).
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PreSendAuditFlowTest {

    private static final String COMMUNE = "21750001000012";

    @TempDir
    Path dir;

    private WizardWindow app;
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        app = WizardWindow.show(stage, dir);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private void open(FxRobot robot, Path pdf) {
        Button next = robot.lookup("#nextButton").queryButton();
        robot.clickOn(next);
        robot.interact(() -> app.window.openPdf(new OpenedPdf(pdf, true)));
        waitUntil(() -> text(robot, "#pdfFileName").contains(pdf.getFileName().toString()));
        waitUntil(() -> !next.isDisabled());
    }

    @Test
    void aFacturXWhoseVisibleNumberDiffersFromItsXmlIsBlockedWithBothNumbers(FxRobot robot) throws IOException {
        // the XML says FA-2026-3001, 1200.00, 9 March 2026 (InvoicePdfs.Cii.demo); the page another number
        Path pdf = InvoicePdfs.facturX(dir.resolve("facture-3001.pdf"), InvoicePdfs.Cii.demo("FA-2026-3001", COMMUNE),
                List.of("Facture n° FA-2026-3000", "Date de facture 09/03/2026", "SIRET du destinataire " + COMMUNE,
                        "Total TTC 1 200,00 €"));
        open(robot, pdf);
        Button next = robot.lookup("#nextButton").queryButton();
        robot.clickOn(next);
        waitUntil(() -> !next.isDisabled());
        robot.clickOn(next);
        waitUntil(() -> !next.isDisabled());
        robot.clickOn(next);

        waitUntil(() -> robot.lookup("#auditFinding-INVOICE_NUMBER").tryQuery().isPresent());
        Label finding = robot.lookup("#auditFinding-INVOICE_NUMBER").queryAs(Label.class);
        assertThat(finding.getText()).contains("FA-2026-3001").contains("FA-2026-3000").contains("page 1");
        assertThat(finding.getStyleClass()).contains("blocking-message");
        Button send = robot.lookup("#sendButton").queryButton();
        assertThat(send.isDisabled()).isTrue();
        Screenshots.take(stage, "wizard-audit-blocked");
        assertThat(app.calls("/transverses/v1/ajouter/fichier")).isZero();

        // the draft kept in Brouillons says so too
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        TableView<?> table = robot.lookup("#draftsTable").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 1);
        assertThat(((DraftSummary) table.getItems().get(0)).invoiceNumber()).contains("FA-2026-3001");
        waitUntil(() -> robot.lookup("#draftAudit").queryAll().stream().filter(n -> n instanceof javafx.scene.control.TableCell)
                .map(n -> ((javafx.scene.control.TableCell<?, ?>) n).getText())
                .anyMatch("Bloquant : numéro de facture"::equals));
        Screenshots.take(stage, "drafts-audit");
    }

    @Test
    void aPdfHoldingTwoInvoicesIsWarnedWithThePagesAndCanStillBeSent(FxRobot robot) throws IOException {
        Path pdf = InvoicePdfs.textPdfPages(dir.resolve("lot.pdf"), List.of(
                List.of("Facture n° FA-2026-3010", "Total TTC 120,00 €"),
                List.of("Facture n° FA-2026-3011", "Total TTC 80,00 €")));
        open(robot, pdf);
        Button next = robot.lookup("#nextButton").queryButton();
        robot.clickOn(next);
        robot.clickOn("#recipientSiret").write(COMMUNE);
        robot.clickOn("#invoiceNumber").write("FA-2026-3010");
        typeInvoiceDate(robot, app.today());
        waitUntil(() -> !next.isDisabled());
        robot.clickOn(next);
        robot.clickOn("#amountExclTax").write("100,00");
        robot.clickOn("#vatAmount").write("20,00");
        robot.clickOn("#amountInclTax").write("120,00");
        robot.clickOn("#amountDue").write("120,00");
        robot.clickOn(next);

        waitUntil(() -> robot.lookup("#auditFinding-SEVERAL_INVOICES").tryQuery().isPresent());
        assertThat(text(robot, "#auditFinding-SEVERAL_INVOICES")).contains("Plusieurs factures")
                .contains("FA-2026-3010 (page 1)").contains("FA-2026-3011 (page 2)");
        Button send = robot.lookup("#sendButton").queryButton();
        assertThat(send.isDisabled()).as("a warning: the user decides").isFalse();
        Screenshots.take(stage, "wizard-audit-several");

        robot.clickOn(send);
        waitUntil(() -> robot.lookup("#sentTitle").tryQuery().isPresent());
        assertThat(text(robot, "#sentTitle")).isEqualTo("✔ Envoyée à Chorus Pro");
    }
}
