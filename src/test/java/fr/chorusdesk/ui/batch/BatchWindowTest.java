package fr.chorusdesk.ui.batch;

import static fr.chorusdesk.ui.batch.BatchWindow.cell;
import static fr.chorusdesk.ui.batch.BatchWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.domain.SentInvoice;
import fr.chorusdesk.service.BatchRow;
import fr.chorusdesk.service.BatchStatus;
import fr.chorusdesk.service.DraftSummary;
import fr.chorusdesk.service.InvoicePdfs;
import fr.chorusdesk.service.SandboxHarness;
import fr.chorusdesk.service.SubmissionListener;
import fr.chorusdesk.ui.Screenshots;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A folder of twelve PDFs deposited as a batch in the real window, headless, against the sandbox
 * over HTTP: Factur-X and plain PDFs, one copy of another, one to an inactive structure, one without
 * the service code its recipient requires, one already in the history. Two are fixed in cells, the
 * ready ones are sent after the confirmation, and every row's end is asserted. Which recipient
 * requires what comes from docs/sandbox.md.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class BatchWindowTest {

    private static final String COMMUNE = "21750001000012";
    private static final String DEPARTEMENT = "22691000200014";
    private static final String INACTIVE = "25890100400014";

    @TempDir
    Path dir;

    private BatchWindow app;

    @Start
    void start(Stage stage) throws IOException {
        app = new BatchWindow(stage, dir);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private Path folder() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("fin-du-mois"));
        for (int i = 1; i <= 6; i++) {
            String number = "FX-0" + i;
            InvoicePdfs.facturX(folder.resolve(number + ".pdf"), InvoicePdfs.Cii.demo(number, COMMUNE));
        }
        InvoicePdfs.facturX(folder.resolve("FX-07.pdf"), InvoicePdfs.Cii.demo("FX-07", INACTIVE));
        InvoicePdfs.facturX(folder.resolve("FX-08.pdf"), InvoicePdfs.Cii.demo("FX-08", DEPARTEMENT));
        Path sentBefore = InvoicePdfs.facturX(folder.resolve("FX-11.pdf"), InvoicePdfs.Cii.demo("FX-11", COMMUNE));
        Files.copy(folder.resolve("FX-01.pdf"), folder.resolve("FX-12-copie-de-FX-01.pdf"));
        InvoicePdfs.textPdf(folder.resolve("PL-09.pdf"), List.of("ATELIER DEMO CONSEIL SARL",
                "Facture n° PL-09", "Date de facture 05/03/2026", "Total HT 500,00 €", "TVA 20 % 100,00 €",
                "Total TTC 600,00 €"));
        InvoicePdfs.textPdf(folder.resolve("PL-10.pdf"), List.of("Compte rendu de réunion"));
        app.app.sending.send(app.app.preflight.prepare(sentBefore).draft(), SandboxHarness.DEMO_SUPPLIER,
                SubmissionListener.NONE);
        return folder;
    }

    @Test
    void aFolderIsReviewedTwoRowsAreFixedInCellsAndTheReadyOnesAreSent(FxRobot robot) throws Exception {
        Path folder = folder();
        long earlier = app.app.onChorusPro("FX-11").get(0).identifiantFactureCPP();
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(robot.lookup("#tabs").queryAs(TabPane.class)
                .getTabs().stream().filter(t -> "tabBatch".equals(t.getId())).findFirst().orElseThrow()));
        robot.interact(() -> app.model().add(List.of(folder)));
        waitUntil(() -> app.model().rows().size() == 11
                && app.model().rows().stream().noneMatch(i -> i.row().status() == BatchStatus.READING));
        waitUntil(() -> robot.lookup("#batchNotice").queryAs(Label.class).getText()
                .equals("Déjà dans le lot (même PDF) : FX-12-copie-de-FX-01.pdf."));

        assertThat(app.row("FX-07.pdf").status()).isEqualTo(BatchStatus.BLOCKED);
        assertThat(app.row("FX-08.pdf").status()).isEqualTo(BatchStatus.INCOMPLETE);
        assertThat(text(robot, "FX-08.pdf", "batchStatus")).isEqualTo("à compléter — code service");
        assertThat(app.row("FX-11.pdf").status()).isEqualTo(BatchStatus.ALREADY_SENT);
        assertThat(app.row("PL-09.pdf").reading()).isEqualTo(BatchRow.Reading.TEXT);
        assertThat(text(robot, "FX-01.pdf", "batchRecipient")).isEqualTo("COMMUNE DE VALBOURG\n" + COMMUNE);
        assertThat(text(robot, "FX-01.pdf", "batchTtc")).isEqualTo("1\u202f200,00");

        // fix 1: the service code DEPARTEMENT DU VAL-DEMO requires, typed in its cell
        robot.doubleClickOn(cell(robot, "FX-08.pdf", "batchService"));
        robot.write("VOIRIE").type(KeyCode.ENTER);
        try {
            waitUntil(() -> app.row("FX-08.pdf").status() == BatchStatus.READY);
        } catch (AssertionError e) {
            throw new AssertionError(app.row("FX-08.pdf") + " / notice: " + robot.lookup("#batchNotice")
                    .queryAs(Label.class).getText() + " / focus: " + robot.lookup("#tabs").query().getScene()
                    .getFocusOwner(), e);
        }

        // fix 2: the plain PDF takes the values read in its text, then its recipient is typed
        robot.clickOn(cell(robot, "PL-09.pdf", "batchFile"));
        robot.clickOn("#batchTakeRead");
        waitUntil(() -> app.row("PL-09.pdf").draft().orElseThrow().invoiceNumber().isPresent());
        assertThat(app.row("PL-10.pdf").draft().orElseThrow().invoiceNumber()).as("only the chosen row").isEmpty();
        robot.doubleClickOn(cell(robot, "PL-09.pdf", "batchRecipient"));
        robot.write(COMMUNE).type(KeyCode.ENTER);
        waitUntil(() -> app.row("PL-09.pdf").status() == BatchStatus.READY);
        // Enter went down to the next row's cell, ready for its value: nothing to type there
        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#batchSend").queryAs(Button.class).getText().replace("_", ""))
                .isEqualTo("Envoyer les 8 factures prêtes");
        screenshot(robot, "batch-review");

        robot.clickOn("#batchSend");
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(dialog.getContentText().replace('\u202f', ' ')).isEqualTo("""
                8 facture(s) seront envoyées à Chorus Pro avec le profil « demo » :
                • COMMUNE DE VALBOURG : 7 800,00 € TTC
                • DEPARTEMENT DU VAL-DEMO : 1 200,00 € TTC

                Elles partent une à une ; une facture déjà reçue par Chorus Pro n’est jamais renvoyée.""");
        screenshot(dialog, "batch-confirm");
        robot.clickOn((Node) robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals("OK"))
                .query());
        waitUntil(() -> robot.lookup("#batchNotice").queryAs(Label.class).getText().startsWith("Envoi terminé"));

        assertThat(robot.lookup("#batchNotice").queryAs(Label.class).getText())
                .isEqualTo("Envoi terminé : 8 envoyée(s), 0 refusée(s), 0 à vérifier.");
        for (String number : List.of("FX-01", "FX-02", "FX-03", "FX-04", "FX-05", "FX-06", "FX-08", "PL-09")) {
            BatchRow row = app.row(number + ".pdf");
            long id = app.app.onChorusPro(number).get(0).identifiantFactureCPP();
            assertThat(app.app.onChorusPro(number)).as(number).hasSize(1);
            assertThat(row.status()).as(number).isEqualTo(BatchStatus.SENT);
            assertThat(row.invoiceId()).as(number).contains(id);
            assertThat(text(robot, number + ".pdf", "batchStatus")).isEqualTo("envoyée — n° Chorus " + id);
        }
        assertThat(app.row("FX-07.pdf").status()).isEqualTo(BatchStatus.BLOCKED);
        assertThat(text(robot, "FX-07.pdf", "batchStatus")).isEqualTo("bloquée — La structure de SIRET "
                + INACTIVE + " est inactive dans Chorus Pro : elle ne reçoit plus de factures. "
                + "Demandez à votre client à qui facturer.");
        assertThat(app.row("PL-10.pdf").status()).isEqualTo(BatchStatus.INCOMPLETE);
        assertThat(app.row("FX-11.pdf").status()).isEqualTo(BatchStatus.ALREADY_SENT);
        assertThat(app.row("FX-11.pdf").invoiceId()).contains(earlier);
        assertThat(app.app.onChorusPro("FX-11")).as("never sent again").hasSize(1);
        assertThat(app.app.onChorusPro("FX-07")).isEmpty();
        assertThat(app.app.history.find(fr.chorusdesk.service.HistoryFilter.ALL)).extracting(SentInvoice::invoiceNumber)
                .containsExactlyInAnyOrder("FX-01", "FX-02", "FX-03", "FX-04", "FX-05", "FX-06", "FX-08", "PL-09",
                        "FX-11");
        assertThat(robot.lookup("#batchSend").queryAs(Button.class).isDisabled()).isTrue();
        screenshot(robot, "batch-sent");

        // the Brouillons tab: the two invoices left are drafts of the batch, which says its profile
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> "tabDrafts".equals(t.getId())).findFirst().orElseThrow()));
        waitUntil(() -> !robot.lookup("#batchesList").queryAs(ListView.class).getItems().isEmpty());
        assertThat(app.app.drafts.list().drafts()).extracting(DraftSummary::id).containsExactlyInAnyOrder(
                app.row("FX-07.pdf").id(), app.row("PL-10.pdf").id());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#batchesList .list-cell").queryAs(javafx.scene.control.ListCell.class).getText())
                .matches("Lot du \\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d — profil « demo » — 11 facture\\(s\\), 9 sur Chorus Pro");
        screenshot(robot, "batch-drafts");
    }

    private static String text(FxRobot robot, String file, String column) {
        WaitForAsyncUtils.waitForFxEvents();
        return cell(robot, file, column).getText();
    }

    private static void screenshot(FxRobot robot, String name) {
        screenshot(robot.lookup("#tabs").query().getScene().getRoot(), name);
    }

    private static void screenshot(Node node, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        try {
            WaitForAsyncUtils.asyncFx(() -> {
                try {
                    Screenshots.write(node, name);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
