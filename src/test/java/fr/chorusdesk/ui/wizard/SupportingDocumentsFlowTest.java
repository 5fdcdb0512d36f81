package fr.chorusdesk.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.chorusdesk.service.InvoicePdfs;
import fr.chorusdesk.testing.SignedPdfs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.GregorianCalendar;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
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
 * Supporting documents and a signed PDF through the real window, headless, against the embedded
 * sandbox over HTTP. Expected texts are the French the user reads; the attachment types and the
 * seeded recipient come from docs/sandbox.md; the refused extension from Chorus Pro's list.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(120)
class SupportingDocumentsFlowTest {

    private static final String VALBOURG = "21750001000012";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private WizardWindow app;
    private Stage stage;

    /** The window as the app wires the demo profile (drafts, history as ledger, samples). */
    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        app = WizardWindow.show(stage, dir);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void twoDocumentsAreAttachedOneRefusedForItsExtensionAndTheOtherReachesChorusPro(FxRobot robot)
            throws Exception {
        Button next = robot.lookup("#nextButton").queryButton();
        robot.clickOn(next);
        WizardWindow.openSample(robot, "#menuDemoSamplePlain");
        assertThat(WizardWindow.text(robot, "#documentList .label")).isEqualTo("Aucune pièce jointe complémentaire.");
        Path note = InvoicePdfs.textPdf(dir.resolve("Bon de livraison n°7.pdf"),
                List.of("Bon de livraison n° 7", "Livré le 2 mars 2026"));
        Path tool = Files.writeString(dir.resolve("outil.exe"), "MZ");

        // the paths a drop onto the section (or the file chooser) hands over
        robot.interact(() -> run().documents().add(List.of(note, tool)));

        assertThat(WizardWindow.text(robot, "#documentRefused"))
                .isEqualTo("Chorus Pro n’accepte pas les fichiers « .exe » (« outil.exe »). Enregistrez-le en PDF "
                        + "ou dans un autre format accepté.");
        assertThat(WizardWindow.text(robot, "#documentName0")).isEqualTo("Bon de livraison n°7.pdf");
        assertThat(WizardWindow.text(robot, "#documentUploadName0")).isEqualTo("Envoyé sous le nom « Bon-de-livraison-no7.pdf »");
        assertThat(robot.lookup("#documentName1").tryQuery()).as("the .exe is not in the list").isEmpty();
        ComboBox<?> type = robot.lookup("#documentType0").queryAs(ComboBox.class);
        assertThat(type.getItems()).as("the sandbox's seven types").hasSize(7);
        assertThat(typeLabel(type)).as("default type").isEqualTo("Autre pièce justificative");

        scrollDown(robot, "#supportingDocuments");
        robot.clickOn(type);
        robot.clickOn(showingCell(robot, "Bon de livraison"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(run().draftProperty().get().documents()).singleElement()
                .satisfies(d -> assertThat(d.typeCode()).isEqualTo("BON_LIVRAISON"));
        scrollDown(robot, "#supportingDocuments");
        Screenshots.take(stage, "wizard-attachments");

        robot.clickOn(next);
        robot.clickOn("#recipientSiret").write(VALBOURG);
        robot.clickOn("#invoiceNumber").write("FA-2026-0801");
        robot.clickOn("#invoiceDate").write(today().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                .type(KeyCode.TAB);
        robot.clickOn(next);
        robot.clickOn("#amountExclTax").write("100,00");
        robot.clickOn("#vatAmount").write("20,00");
        robot.clickOn("#amountInclTax").write("120,00");
        robot.clickOn("#amountDue").write("120,00");
        robot.clickOn(next);
        assertThat(WizardWindow.text(robot, "#summary-documents")).isEqualTo("Bon-de-livraison-no7.pdf (Bon de livraison)");
        assertThat(WizardWindow.text(robot, "#sendMode")).startsWith("Envoi du PDF avec les données");
        Screenshots.take(stage, "wizard-attachments-send");

        robot.clickOn("#sendButton");
        assertThat(WizardWindow.text(robot, "#sentTitle")).isEqualTo("✔ Envoyée à Chorus Pro");
        assertThat(app.harness.apiCalls()).filteredOn("/transverses/v1/ajouter/fichier"::equals).hasSize(2);
        JsonNode state = JSON.readTree(Files.readAllBytes(dir.resolve("state/sandbox-state.json")));
        JsonNode invoice = invoiceNumbered(state, "FA-2026-0801");
        assertThat(invoice.path("otherAttachmentIds")).hasSize(1);
        long documentId = invoice.path("otherAttachmentIds").get(0).asLong();
        JsonNode stored = null;
        for (JsonNode a : state.path("attachments")) {
            if (a.path("id").asLong() == documentId) {
                stored = a;
            }
        }
        assertThat(stored).isNotNull();
        assertThat(stored.path("name").asText()).isEqualTo("Bon-de-livraison-no7.pdf");
        assertThat(stored.path("size").asLong()).isEqualTo(Files.size(note));
    }

    @Test
    void aSignedPdfShowsItsBadgeAndIsSentInSignedMode(FxRobot robot) throws Exception {
        Path source = InvoicePdfs.textPdf(dir.resolve("source.pdf"),
                List.of("Facture FA-2026-0802", "Total HT 100,00 EUR", "TVA 20,00 EUR", "Total TTC 120,00 EUR"));
        byte[] signedBytes = SignedPdfs.sign(Files.readAllBytes(source), SignedPdfs.PADES, "Jeanne Démo",
                new GregorianCalendar(2026, 2, 9, 10, 0));
        Path signed = Files.write(dir.resolve("FA-2026-0802-signee.pdf"), signedBytes);
        Button next = robot.lookup("#nextButton").queryButton();
        robot.clickOn(next);

        robot.interact(() -> app.window.wizard().orElseThrow().open(signed));
        WizardWindow.waitUntil(() -> robot.lookup("#signedBadge").queryAs(Label.class).isVisible());

        assertThat(WizardWindow.text(robot, "#signedBadge"))
                .isEqualTo("PDF signé : la signature a été trouvée ; le fichier sera envoyé tel quel, sans modification");
        assertThat(robot.lookup("#facturXBadge").queryAs(Label.class).isVisible()).isFalse();
        assertThat(next.isDisabled()).as("a signed PDF passes the pre-flight").isFalse();
        Screenshots.take(stage, "wizard-signed");

        robot.clickOn(next);
        robot.clickOn("#recipientSiret").write(VALBOURG);
        robot.clickOn("#invoiceNumber").write("FA-2026-0802");
        robot.clickOn("#invoiceDate").write(today().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                .type(KeyCode.TAB);
        robot.clickOn(next);
        robot.clickOn("#amountExclTax").write("100,00");
        robot.clickOn("#vatAmount").write("20,00");
        robot.clickOn("#amountInclTax").write("120,00");
        robot.clickOn("#amountDue").write("120,00");
        robot.clickOn(next);
        assertThat(WizardWindow.text(robot, "#sendMode")).startsWith("Envoi du PDF signé");

        robot.clickOn("#sendButton");
        assertThat(WizardWindow.text(robot, "#sentTitle")).isEqualTo("✔ Envoyée à Chorus Pro");
        long id = Long.parseLong(WizardWindow.text(robot, "#chorusInvoiceId"));
        assertThat(app.harness.client.consulterHistoriqueFacture(id).modeDepot()).isEqualTo("DEPOT_PDF_SIGNE_API");
        JsonNode state = JSON.readTree(Files.readAllBytes(dir.resolve("state/sandbox-state.json")));
        JsonNode invoice = invoiceNumbered(state, "FA-2026-0802");
        assertThat(invoice.path("depositMode").asText()).isEqualTo("DEPOT_PDF_SIGNE_API");
        assertThat(Files.readAllBytes(signed)).as("the user's file is untouched").isEqualTo(signedBytes);
    }

    private WizardRun run() {
        return app.window.wizard().orElseThrow().run().orElseThrow();
    }

    private static JsonNode invoiceNumbered(JsonNode state, String number) {
        for (JsonNode i : state.path("invoices")) {
            if (number.equals(i.path("number").asText())) {
                return i;
            }
        }
        throw new AssertionError("no invoice " + number + " in the sandbox state");
    }

    private static String typeLabel(ComboBox<?> type) {
        Object value = type.getValue();
        return value == null ? null : ((fr.chorusdesk.service.AttachmentType) value).label();
    }

    private LocalDate today() {
        return LocalDate.now(app.harness.clock.withZone(ZoneId.of("Europe/Paris")));
    }

    private void scrollDown(FxRobot robot, String id) {
        Node section = robot.lookup(id).query();
        robot.interact(() -> {
            for (Node n = section; n != null; n = n.getParent()) {
                if (n instanceof ScrollPane scroll) {
                    scroll.setVvalue(scroll.getVmax());
                    return;
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Node showingCell(FxRobot robot, String text) {
        return robot.lookup(".list-cell").match(n -> n instanceof ListCell<?> cell && text.equals(cell.getText())
                && n.getScene() != null && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing())
                .query();
    }

}
