package fr.chorusdesk.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.domain.FieldSource;
import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.pdf.PageRenderer;
import fr.chorusdesk.pdf.PdfInspector;
import fr.chorusdesk.sandbox.SandboxConfig;
import fr.chorusdesk.service.DemoInvoices;
import fr.chorusdesk.service.DemoSandboxService;
import fr.chorusdesk.service.FlowPolling;
import fr.chorusdesk.service.InMemorySubmissionLedger;
import fr.chorusdesk.service.PagePreviewService;
import fr.chorusdesk.service.PreflightService;
import fr.chorusdesk.service.RecipientService;
import fr.chorusdesk.service.SandboxHarness;
import fr.chorusdesk.service.SubmissionService;
import fr.chorusdesk.ui.MainWindow;
import fr.chorusdesk.ui.common.SameThreadTaskRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The wizard's four working steps through the real window, headless, against the embedded
 * sandbox over HTTP (its clock moved by the flow follow-up instead of waiting). Expected texts
 * are the French the user reads; seeded recipients from docs/sandbox.md.
 */
@ExtendWith(ApplicationExtension.class)
class WizardFlowTest {

    private static final String VAL_DEMO_SIRET = "22691000200014";

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
        // the window's demo menu and banner; its own sandbox is never started here
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
    void theFacturXSampleIsSentWithNothingTyped(FxRobot robot) throws IOException {
        Button next = robot.lookup("#nextButton").queryButton();
        Screenshots.take(stage, "main-window");
        robot.clickOn(next);
        openSample(robot, "#menuDemoSampleFacturX");

        assertThat(text(robot, "#facturXBadge")).isEqualTo("Factur-X · profil MINIMUM");
        assertThat(text(robot, "#facturXRead")).contains("numéro FX-", "destinataire", "montants");
        assertThat(robot.lookup("#pdfPreview").queryAs(ImageView.class).getImage()).as("page 1 shown").isNotNull();
        assertThat(text(robot, "#pdfPageLabel")).isEqualTo("Page 1 sur 1");
        assertThat(robot.lookup("#preflightChecklist").lookup(".check-fail").tryQuery()).isEmpty();
        assertThat(next.isDisabled()).isFalse();
        Screenshots.take(stage, "wizard-pdf");

        robot.clickOn(next);
        assertThat(text(robot, "#recipientName")).isEqualTo("COMMUNE DE VALBOURG");
        assertThat(robot.lookup("#recipientSiret").queryAs(TextField.class).getText()).isEqualTo("21750001000012");
        assertThat(text(robot, "#recipientRules"))
                .isEqualTo("Ce destinataire n’exige ni code service ni numéro d’engagement.");
        assertThat(robot.lookup("#invoiceNumberOrigin").queryAs(Label.class).isVisible()).isTrue();
        assertThat(text(robot, "#invoiceNumberOrigin")).isEqualTo("lu dans le Factur-X");
        Screenshots.take(stage, "wizard-references");

        robot.clickOn(next);
        // French groups thousands with a narrow no-break space
        assertThat(robot.lookup("#amountInclTax").queryAs(TextField.class).getText()).isEqualTo("1\u202f200,00");
        assertThat(text(robot, "#expectedTotal")).isEqualTo("HT + TVA = 1\u202f200,00 €");
        Screenshots.take(stage, "wizard-amounts");

        robot.clickOn(next);
        assertThat(text(robot, "#summary-recipient")).isEqualTo("COMMUNE DE VALBOURG (21750001000012)");
        assertThat(text(robot, "#sendMode")).as("the PDF with its data by default").startsWith("Envoi du PDF");
        assertThat(robot.lookup("#sendAsFlow").queryAs(CheckBox.class).isVisible()).as("the flow is offered")
                .isTrue();
        assertThat(next.isDisabled()).as("Envoi is the last step").isTrue();
        Screenshots.take(stage, "wizard-send");

        robot.clickOn("#sendButton");
        assertThat(text(robot, "#sentTitle")).isEqualTo("✔ Envoyée à Chorus Pro");
        assertThat(text(robot, "#chorusInvoiceId")).matches("\\d+");
        assertThat(text(robot, "#chorusStatus")).isEqualTo("Déposée (DEPOSEE)");
        assertThat(harness.apiCalls()).contains("/transverses/v1/ajouter/fichier", "/factures/v1/soumettre")
                .doesNotContain("/factures/v1/deposer/flux");
        assertThat(robot.lookup("#backButton").queryButton().isDisabled()).as("a sent invoice is not edited")
                .isTrue();
        InvoiceDraft sent = window.wizard().orElseThrow().run().orElseThrow().draftProperty().get();
        assertThat(sent.origins()).doesNotContainValue(FieldSource.TYPED);
        Screenshots.take(stage, "wizard-sent");

        robot.clickOn("#newRunButton");
        InvoiceDraft fresh = window.wizard().orElseThrow().run().orElseThrow().draftProperty().get();
        assertThat(fresh.pdf()).as("a new run starts empty").isEmpty();
        assertThat(fresh.id()).isNotEqualTo(sent.id());
        assertThat(robot.lookup("#page-account").tryQuery()).isPresent();
    }

    @Test
    void aFacturXSentAsAFlowIsFollowedToItsReport(FxRobot robot) {
        Button next = robot.lookup("#nextButton").queryButton();
        robot.clickOn(next);
        openSample(robot, "#menuDemoSampleFacturX");
        robot.clickOn(next).clickOn(next).clickOn(next);
        CheckBox asFlow = robot.lookup("#sendAsFlow").queryAs(CheckBox.class);
        assertThat(asFlow.isSelected()).as("off by default").isFalse();

        robot.clickOn(asFlow);
        assertThat(text(robot, "#sendMode")).startsWith("Envoi en flux Factur-X");
        robot.clickOn("#sendButton");

        assertThat(text(robot, "#sentTitle")).isEqualTo("✔ Envoyée à Chorus Pro");
        assertThat(text(robot, "#chorusInvoiceId")).matches("\\d+");
        assertThat(text(robot, "#flowNumber")).startsWith("CPP");
        assertThat(harness.apiCalls()).contains("/factures/v1/deposer/flux", "/transverses/v1/consulterCRDetaille")
                .doesNotContain("/factures/v1/soumettre");
        assertThat(asFlow.isVisible()).as("no choice left once sent").isFalse();
    }

    @Test
    void aPlainPdfNeedsTypingAndTheServiceCodeTheRecipientRequires(FxRobot robot) {
        Button next = robot.lookup("#nextButton").queryButton();
        robot.clickOn(next);
        openSample(robot, "#menuDemoSamplePlain");
        assertThat(robot.lookup("#facturXBadge").queryAs(Label.class).isVisible()).isFalse();
        assertThat(robot.lookup("#pdfSuggestions").lookup(".read-value").queryAll()).as("values read from the text")
                .isNotEmpty();
        robot.clickOn(next);
        assertThat(next.isDisabled()).isTrue();

        robot.clickOn("#recipientSiret").write("226 910 002 00015");
        assertThat(text(robot, "#recipientSiretProblem"))
                .isEqualTo("Ce SIRET n’est pas valide : 14 chiffres, clé de contrôle comprise.");
        robot.type(KeyCode.BACK_SPACE).write("4");
        assertThat(text(robot, "#recipientName")).isEqualTo("DEPARTEMENT DU VAL-DEMO");
        assertThat(text(robot, "#recipientRules"))
                .isEqualTo("Ce destinataire exige un code service : choisissez l’un de ses services.");
        assertThat(text(robot, "#serviceCodeProblem")).isEqualTo("Ce destinataire exige un code service.");

        robot.clickOn("#invoiceNumber").write("FA-2026-0042");
        robot.clickOn("#invoiceDate").write(today().minusDays(3).format(
                java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))).type(KeyCode.TAB);
        assertThat(robot.lookup("#invoiceDate").queryAs(DatePicker.class).getValue()).isEqualTo(today().minusDays(3));
        assertThat(next.isDisabled()).as("the service code is still missing").isTrue();
        Screenshots.take(stage, "wizard-references-service");

        // Alt+C, the label's mnemonic, reaches the service list; the arrows go through its services
        ComboBox<?> services = robot.lookup("#serviceCode").queryAs(ComboBox.class);
        robot.press(KeyCode.ALT).type(KeyCode.C).release(KeyCode.ALT);
        assertThat(services.isFocused()).isTrue();
        for (int i = 0; i < 3 && !"VOIRIE".equals(services.getValue()); i++) {
            robot.type(KeyCode.DOWN);
        }
        assertThat(services.getValue()).isEqualTo("VOIRIE");
        assertThat(robot.lookup("#serviceCodeProblem").queryAs(Label.class).isVisible()).isFalse();
        assertThat(next.isDisabled()).isFalse();

        robot.clickOn(next);
        assertThat(next.isDisabled()).as("the amounts read in the PDF add up").isFalse();
        robot.clickOn("#amountExclTax").write("1 000,00");
        robot.clickOn("#vatAmount").write("200,00");
        robot.clickOn("#amountInclTax").write("1 200,01");
        assertThat(text(robot, "#amountInclTaxProblem"))
                .isEqualTo("Le montant TTC doit être égal au montant HT plus la TVA, au centime près.");
        robot.type(KeyCode.BACK_SPACE).write("0");
        robot.clickOn("#amountDue").write("1 200,00");
        assertThat(next.isDisabled()).isFalse();
        robot.clickOn(next);

        assertThat(text(robot, "#sendMode")).startsWith("Envoi du PDF");
        robot.clickOn("#sendButton");
        assertThat(text(robot, "#sentTitle")).isEqualTo("✔ Envoyée à Chorus Pro");
        assertThat(text(robot, "#chorusInvoiceId")).matches("\\d+");
        assertThat(text(robot, "#chorusStatus")).isEqualTo("Déposée (DEPOSEE)");
        assertThat(harness.apiCalls()).contains("/transverses/v1/ajouter/fichier", "/factures/v1/soumettre");
    }

    @Test
    void aCorruptPdfIsBlockedAtThePdfStepWithWhatToDo(FxRobot robot) throws IOException {
        Path corrupt = dir.resolve("facture-abimee.pdf");
        Files.write(corrupt, "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\nxref broken"
                .getBytes(StandardCharsets.ISO_8859_1));
        Button next = robot.lookup("#nextButton").queryButton();
        robot.clickOn(next);
        // the path drag and drop and the command line take
        robot.interact(() -> window.wizard().orElseThrow().open(corrupt));

        Label blocked = robot.lookup("#pdfBlockedMessage").queryAs(Label.class);
        assertThat(blocked.isVisible()).isTrue();
        assertThat(blocked.getText()).contains("Choisissez le PDF de la facture");
        assertThat(robot.lookup("#preflightChecklist").lookup(".check-fail").queryAll()).isNotEmpty();
        assertThat(next.isDisabled()).isTrue();
        robot.clickOn(next);
        assertThat(robot.lookup("#page-pdf").tryQuery()).as("still on the PDF step").isPresent();
        Screenshots.take(stage, "wizard-pdf-blocked");
    }

    @Test
    void aDateInTheFutureIsRefused(FxRobot robot) {
        Button next = robot.lookup("#nextButton").queryButton();
        robot.clickOn(next);
        openSample(robot, "#menuDemoSamplePlain");
        robot.clickOn(next);
        robot.clickOn("#recipientSiret").write("21750001000012");
        robot.clickOn("#invoiceNumber").write("FA-2026-0043");
        String tomorrow = today().plusDays(1).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        robot.clickOn("#invoiceDate").write(tomorrow).type(KeyCode.TAB);

        assertThat(text(robot, "#invoiceDateProblem"))
                .isEqualTo("La date de la facture ne peut pas être postérieure à aujourd’hui.");
        assertThat(next.isDisabled()).isTrue();

        robot.doubleClickOn("#invoiceDate");
        robot.interact(() -> robot.lookup("#invoiceDate").queryAs(DatePicker.class).getEditor().clear());
        robot.clickOn("#invoiceDate").write(today().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                .type(KeyCode.TAB);
        assertThat(robot.lookup("#invoiceDateProblem").queryAs(Label.class).isVisible()).isFalse();
        assertThat(next.isDisabled()).isFalse();
    }

    @Test
    void aRefusalByChorusProLeadsBackToTheStepWithNothingLost(FxRobot robot) {
        Button next = robot.lookup("#nextButton").queryButton();
        sendPlainSample(robot, "FA-2026-0077");
        assertThat(text(robot, "#sentTitle")).isEqualTo("✔ Envoyée à Chorus Pro");

        robot.clickOn("#newRunButton");
        // another file with the same number: Chorus Pro refuses the duplicate number (20110)
        sendPlainSample(robot, "FA-2026-0077");
        assertThat(robot.lookup("#sentTitle").tryQuery()).isEmpty();
        assertThat(text(robot, "#sendFailureMessage")).contains("20110", "déjà déposé");
        Screenshots.take(stage, "wizard-send-refused");

        robot.clickOn("#correct-references");
        TextField number = robot.lookup("#invoiceNumber").queryAs(TextField.class);
        assertThat(number.getText()).as("nothing typed is lost").isEqualTo("FA-2026-0077");
        assertThat(robot.lookup("#recipientName").queryAs(Label.class).getText()).isEqualTo("COMMUNE DE VALBOURG");
        robot.clickOn(number).type(KeyCode.END).type(KeyCode.BACK_SPACE).write("8");
        assertThat(number.getText()).isEqualTo("FA-2026-0078");
        robot.clickOn(next).clickOn(next);
        assertThat(text(robot, "#summary-number")).isEqualTo("FA-2026-0078");
        robot.clickOn("#sendButton");
        assertThat(robot.lookup("#sendFailureMessage").tryQuery().map(n -> ((Label) n).getText()))
                .as("no refusal this time").isEmpty();
        assertThat(text(robot, "#sentTitle")).isEqualTo("✔ Envoyée à Chorus Pro");
        assertThat(text(robot, "#summary-number")).isEqualTo("FA-2026-0078");
    }

    /** Account → PDF (plain sample) → typed references to COMMUNE DE VALBOURG → typed amounts → send. */
    private void sendPlainSample(FxRobot robot, String invoiceNumber) {
        Button next = robot.lookup("#nextButton").queryButton();
        robot.clickOn(next);
        openSample(robot, "#menuDemoSamplePlain");
        robot.clickOn(next);
        robot.clickOn("#recipientSiret").write("21750001000012");
        robot.clickOn("#invoiceNumber").write(invoiceNumber);
        robot.clickOn("#invoiceDate").write(today().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")))
                .type(KeyCode.TAB);
        robot.clickOn(next);
        robot.clickOn("#amountExclTax").write("100,00");
        robot.clickOn("#vatAmount").write("20,00");
        robot.clickOn("#amountInclTax").write("120,00");
        robot.clickOn("#amountDue").write("120,00");
        robot.clickOn(next);
        robot.clickOn("#sendButton");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private LocalDate today() {
        return LocalDate.now(harness.clock.withZone(ZoneId.of("Europe/Paris")));
    }

    private void openSample(FxRobot robot, String item) {
        robot.clickOn("#menuDemo");
        robot.clickOn(showing(robot, "#menuDemoSample"));
        // into the submenu along its first item, not across the parent menu's other items
        robot.moveTo(showing(robot, "#menuDemoSampleFacturX"));
        robot.clickOn(showing(robot, item));
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> !robot.lookup("#pdfFileName").queryAs(Label.class).getText().equals("Aucun fichier choisi."));
        // a menu still open would swallow the next click
        waitUntil(() -> javafx.stage.Window.getWindows().stream()
                .noneMatch(w -> w instanceof javafx.stage.PopupWindow && w.isShowing()));
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within 10 s", e);
        }
    }

    /** The node in a window on screen: menus of the previous tests' windows linger in the lookup. */
    private static Node showing(FxRobot robot, String id) {
        return robot.lookup(id).match(n -> n.getScene() != null && n.getScene().getWindow() != null
                && n.getScene().getWindow().isShowing()).query();
    }

    private static String text(FxRobot robot, String id) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
