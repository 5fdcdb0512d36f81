package fr.chorusdesk.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.domain.SentInvoice;
import fr.chorusdesk.sandbox.SeedData;
import fr.chorusdesk.service.FacturXCheckService;
import fr.chorusdesk.validation.FacturXPdfs;
import fr.chorusdesk.validation.InvoiceXmls;
import fr.chorusdesk.validation.PhiveFacturXValidator;
import fr.chorusdesk.validation.ValidationPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The PDF step's Factur-X verdict in the real window against the sandbox: a valid Factur-X goes as
 * today; one that breaks EN 16931 is blocked with its findings in French; sent as a plain PDF it
 * reaches Chorus Pro, the history says so and the user's file keeps its bytes.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(180)
class FacturXVerdictFlowTest {

    private static final String AGGLO = "20004500100019";
    private static final ValidationPolicy POLICY = ValidationPolicy.sourcedOnly();
    private static final PhiveFacturXValidator VALIDATOR = new PhiveFacturXValidator(POLICY);

    @TempDir
    Path dir;

    private WizardWindow app;
    private Stage stage;

    /** The rules are compiled once, off the FX thread (the steps' tasks run on it in these tests). */
    @BeforeAll
    static void compileTheRules() {
        VALIDATOR.validate("factur-x.xml", InvoiceXmls.bytes(InvoiceXmls.en16931("WARM-UP")));
    }

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        app = WizardWindow.showWithFacturXValidation(stage, dir,
                new FacturXCheckService(VALIDATOR, POLICY, Locale.FRENCH));
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private static String invoice(String number) {
        return InvoiceXmls.en16931(number, SeedData.SUPPLIER_SIRET, AGGLO, "EAU");
    }

    private Path open(FxRobot robot, String name, String xml) throws IOException {
        Path file = FacturXPdfs.write(dir.resolve(name), xml, "EN 16931",
                List.of("FACTURE " + name.replace(".pdf", ""), "Mission de conseil 1 000,00 EUR",
                        "Total TTC 1 200,00 EUR"));
        robot.clickOn("#nextButton");
        robot.interact(() -> app.window.wizard().orElseThrow().open(file));
        WizardWindow.waitUntil(() -> robot.lookup("#facturXVerdict").queryAs(Label.class).isVisible());
        return file;
    }

    private static void toSendStep(FxRobot robot) {
        Button next = robot.lookup("#nextButton").queryButton();
        for (int i = 0; i < 3; i++) {
            WizardWindow.waitUntil(() -> !next.isDisabled());
            robot.clickOn(next);
        }
    }

    @Test
    void aValidFacturXIsSentAsToday(FxRobot robot) throws Exception {
        open(robot, "FX-2026-0501.pdf", invoice("FX-2026-0501"));

        assertThat(WizardWindow.text(robot, "#facturXVerdict")).isEqualTo("Factur-X EN16931 : valide avec remarques");
        assertThat(robot.lookup("#facturXBlocked").queryAs(Label.class).isVisible()).isFalse();
        assertThat(robot.lookup("#sendAsPlainPdf").queryAs(CheckBox.class).isVisible()).isFalse();
        Screenshots.take(stage, "wizard-facturx-valid");

        toSendStep(robot);
        assertThat(WizardWindow.text(robot, "#sendMode")).startsWith("Envoi du PDF avec les données");
        robot.clickOn("#sendButton");

        assertThat(WizardWindow.text(robot, "#sentTitle")).isEqualTo("✔ Envoyée à Chorus Pro");
        assertThat(robot.lookup("#sentAsPlainPdf").tryQuery()).isEmpty();
        assertThat(app.history.find(fr.chorusdesk.service.HistoryFilter.ALL)).singleElement().satisfies(sent -> {
            assertThat(sent.mode()).isEqualTo("PDF_UPLOAD");
            assertThat(sent.facturXRemoved()).isFalse();
        });
    }

    @Test
    void anInvalidFacturXIsBlockedWithItsFindingsInFrenchThenSentAsAPlainPdf(FxRobot robot) throws Exception {
        Path file = open(robot, "FX-2026-0502.pdf", InvoiceXmls.exemptWithoutReason(invoice("FX-2026-0502")));
        byte[] before = Files.readAllBytes(file);
        Button next = robot.lookup("#nextButton").queryButton();

        assertThat(WizardWindow.text(robot, "#facturXVerdict")).isEqualTo("Factur-X EN16931 : non valide");
        assertThat(WizardWindow.text(robot, "#facturXBlocked")).startsWith("Cette facture Factur-X n’est pas valide");
        assertThat(next.isDisabled()).as("not sent as a Factur-X").isTrue();
        String finding = robot.lookup("#facturXFinding0 .label").nth(1).queryAs(Label.class).getText();
        assertThat(finding).isEqualTo("la ventilation de TVA (BG-23) — Une ventilation de TVA en catégorie « exonéré » (E) "
                + "doit donner le motif d’exonération, en texte (BT-120) ou en code (BT-121).");
        assertThat(robot.lookup("#facturXFindingDetails0").queryAs(Label.class).getText()).contains("Règle BR-E-10");
        Screenshots.take(stage, "wizard-facturx-invalid");

        robot.clickOn("#sendAsPlainPdf");
        WizardWindow.waitUntil(() -> !next.isDisabled());
        for (int i = 0; i < 2; i++) {
            WizardWindow.waitUntil(() -> !next.isDisabled());
            robot.clickOn(next);
        }
        // Montants asks for the exemption reason the XML lacks; the user picks one of the list
        ComboBox<String> exemption = robot.lookup("#vatExemption").queryComboBox();
        robot.interact(() -> exemption.getSelectionModel().select(1));
        WizardWindow.waitUntil(() -> !next.isDisabled());
        robot.clickOn(next);
        assertThat(WizardWindow.text(robot, "#sendMode")).startsWith("Envoi comme PDF simple");
        robot.clickOn("#sendButton");

        assertThat(WizardWindow.text(robot, "#sentTitle")).isEqualTo("✔ Envoyée à Chorus Pro");
        assertThat(WizardWindow.text(robot, "#sentAsPlainPdf"))
                .isEqualTo("Facture envoyée comme PDF simple, les données Factur-X ont été retirées.");
        Screenshots.take(stage, "wizard-facturx-plain-sent");
        SentInvoice sent = app.history.find(fr.chorusdesk.service.HistoryFilter.ALL).get(0);
        assertThat(sent.mode()).isEqualTo("PLAIN_PDF_UPLOAD");
        assertThat(sent.facturXRemoved()).isTrue();
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(sent.pdfSha256()).contains(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(before)));
    }
}
