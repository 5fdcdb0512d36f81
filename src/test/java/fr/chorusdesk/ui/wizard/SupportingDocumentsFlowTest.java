package fr.chorusdesk.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.chorusdesk.pdf.PageRenderer;
import fr.chorusdesk.pdf.PdfInspector;
import fr.chorusdesk.sandbox.SandboxConfig;
import fr.chorusdesk.service.DemoInvoices;
import fr.chorusdesk.service.DemoSandboxService;
import fr.chorusdesk.service.FlowPolling;
import fr.chorusdesk.service.InMemorySubmissionLedger;
import fr.chorusdesk.service.InvoicePdfs;
import fr.chorusdesk.service.PagePreviewService;
import fr.chorusdesk.service.PreflightService;
import fr.chorusdesk.service.RecipientService;
import fr.chorusdesk.service.SandboxHarness;
import fr.chorusdesk.service.SubmissionService;
import fr.chorusdesk.testing.SignedPdfs;
import fr.chorusdesk.ui.MainWindow;
import fr.chorusdesk.ui.common.SameThreadTaskRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.beans.property.SimpleObjectProperty;
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

    private final ResourceBundle messages = ResourceBundle.getBundle("fr.chorusdesk.i18n.messages", Locale.FRENCH);
    private SandboxHarness harness;
    private DemoSandboxService unusedDemo;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        harness = new SandboxHarness(dir.resolve("state"));
        SameThreadTaskRunner tasks = new SameThreadTaskRunner();
        RecipientService recipients = new RecipientService(harness.client, harness.clock);
        WizardServices services = new WizardServices(
                new PreflightService(new PdfInspector(), harness.clock, Locale.FRENCH),
                new PagePreviewService(new PageRenderer(), Locale.FRENCH), recipients,
                new SubmissionService(harness.client, recipients, new InMemorySubmissionLedger(),
                        new FlowPolling(Duration.ofSeconds(10), 10, harness.clock::advance), harness.clock,
                        Locale.FRENCH),
                new SimpleObjectProperty<>(SandboxHarness.DEMO_SUPPLIER),
                Optional.of(new DemoInvoices(dir.resolve("demo-invoices"), harness.clock)), tasks, Runnable::run,
                harness.clock, Locale.FRENCH);
        unusedDemo = new DemoSandboxService(SandboxConfig.defaults(Files.createTempDirectory(dir, "unused")));
        window = new MainWindow(messages, "test", tasks, Optional.of(unusedDemo));
        window.show(stage);
        window.installWizard(services);
    }

    @AfterEach
    void stop() {
        unusedDemo.close();
        harness.close();
    }

    @Test
    void twoDocumentsAreAttachedOneRefusedForItsExtensionAndTheOtherReachesChorusPro(FxRobot robot)
            throws Exception {
        Button next = robot.lookup("#nextButton").queryButton();
        robot.clickOn(next);
        openSample(robot, "#menuDemoSamplePlain");
        assertThat(text(robot, "#documentList .label")).isEqualTo("Aucune pièce jointe complémentaire.");
        Path note = InvoicePdfs.textPdf(dir.resolve("Bon de livraison n°7.pdf"),
                List.of("Bon de livraison n° 7", "Livré le 2 mars 2026"));
        Path tool = Files.writeString(dir.resolve("outil.exe"), "MZ");

        // the paths a drop onto the section (or the file chooser) hands over
        robot.interact(() -> run().documents().add(List.of(note, tool)));

        assertThat(text(robot, "#documentRefused"))
                .isEqualTo("Chorus Pro n’accepte pas les fichiers « .exe » (« outil.exe »). Enregistrez-le en PDF "
                        + "ou dans un autre format accepté.");
        assertThat(text(robot, "#documentName0")).isEqualTo("Bon de livraison n°7.pdf");
        assertThat(text(robot, "#documentUploadName0")).isEqualTo("Envoyé sous le nom « Bon-de-livraison-no7.pdf »");
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
        assertThat(text(robot, "#summary-documents")).isEqualTo("Bon-de-livraison-no7.pdf (Bon de livraison)");
        assertThat(text(robot, "#sendMode")).startsWith("Envoi du PDF avec les données");
        Screenshots.take(stage, "wizard-attachments-send");

        robot.clickOn("#sendButton");
        assertThat(text(robot, "#sentTitle")).isEqualTo("✔ Envoyée à Chorus Pro");
        assertThat(harness.apiCalls()).filteredOn("/transverses/v1/ajouter/fichier"::equals).hasSize(2);
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

        robot.interact(() -> window.wizard().orElseThrow().open(signed));
        waitUntil(() -> robot.lookup("#signedBadge").queryAs(Label.class).isVisible());

        assertThat(text(robot, "#signedBadge"))
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
        assertThat(text(robot, "#sendMode")).startsWith("Envoi du PDF signé");

        robot.clickOn("#sendButton");
        assertThat(text(robot, "#sentTitle")).isEqualTo("✔ Envoyée à Chorus Pro");
        long id = Long.parseLong(text(robot, "#chorusInvoiceId"));
        assertThat(harness.client.consulterHistoriqueFacture(id).modeDepot()).isEqualTo("DEPOT_PDF_SIGNE_API");
        JsonNode state = JSON.readTree(Files.readAllBytes(dir.resolve("state/sandbox-state.json")));
        JsonNode invoice = invoiceNumbered(state, "FA-2026-0802");
        assertThat(invoice.path("depositMode").asText()).isEqualTo("DEPOT_PDF_SIGNE_API");
        assertThat(Files.readAllBytes(signed)).as("the user's file is untouched").isEqualTo(signedBytes);
    }

    private WizardRun run() {
        return window.wizard().orElseThrow().run().orElseThrow();
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
        return LocalDate.now(harness.clock.withZone(ZoneId.of("Europe/Paris")));
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

    private void openSample(FxRobot robot, String item) {
        robot.clickOn("#menuDemo");
        robot.clickOn(showing(robot, "#menuDemoSample"));
        robot.moveTo(showing(robot, "#menuDemoSampleFacturX"));
        robot.clickOn(showing(robot, item));
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> !robot.lookup("#pdfFileName").queryAs(Label.class).getText().equals("Aucun fichier choisi."));
        waitUntil(() -> javafx.stage.Window.getWindows().stream()
                .noneMatch(w -> w instanceof javafx.stage.PopupWindow && w.isShowing()));
    }

    private static Node showingCell(FxRobot robot, String text) {
        return robot.lookup(".list-cell").match(n -> n instanceof ListCell<?> cell && text.equals(cell.getText())
                && n.getScene() != null && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing())
                .query();
    }

    private static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within 10 s", e);
        }
    }

    private static Node showing(FxRobot robot, String id) {
        return robot.lookup(id).match(n -> n.getScene() != null && n.getScene().getWindow() != null
                && n.getScene().getWindow().isShowing()).query();
    }

    private static String text(FxRobot robot, String id) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
