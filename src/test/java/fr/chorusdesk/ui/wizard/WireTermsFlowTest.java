package fr.chorusdesk.ui.wizard;

import static fr.chorusdesk.ui.wizard.WizardWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.chorus.api.FactureEmise;
import fr.chorusdesk.domain.DraftField;
import fr.chorusdesk.domain.FieldSource;
import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.domain.InvoiceKind;
import fr.chorusdesk.domain.PaymentMode;
import fr.chorusdesk.pdf.PdfInspector;
import fr.chorusdesk.service.DraftSubmission;
import fr.chorusdesk.service.InvoicePdfs;
import fr.chorusdesk.service.PreflightService;
import fr.chorusdesk.service.SandboxHarness;
import fr.chorusdesk.ui.wizard.WizardModel.OpenedPdf;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
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
 * What leaves the machine is what the invoice says, through the real window against the sandbox:
 * a Factur-X with two VAT rates sent with nothing typed, its two {@code ligneTva} read back from
 * Chorus Pro; a credit note whose corrected invoice is picked from the history. Expected values
 * are those of the invoices each test writes (amounts worked out by hand).
 */
@ExtendWith(ApplicationExtension.class)
class WireTermsFlowTest {

    private static final String COMMUNE = "21750001000012";

    @TempDir
    Path dir;

    private WizardWindow app;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        app = WizardWindow.show(stage, dir);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private void open(FxRobot robot, Path pdf) {
        robot.interact(() -> app.window.openPdf(new OpenedPdf(pdf, true)));
        waitUntil(() -> !robot.lookup("#pdfFileName").queryAs(Label.class).getText().equals("Aucun fichier choisi."));
        waitUntil(() -> !robot.lookup("#nextButton").queryButton().isDisabled());
    }

    private static String text(FxRobot robot, String id) {
        WaitForAsyncUtils.waitForFxEvents();
        return ((Label) WizardWindow.showing(robot, id)).getText();
    }

    private InvoiceDraft draft() {
        return app.window.wizard().orElseThrow().run().orElseThrow().draftProperty().get();
    }

    private FactureEmise storedOnChorusPro(FxRobot robot) throws Exception {
        long id = Long.parseLong(text(robot, "#chorusInvoiceId"));
        return app.harness.client.consulterFactureParFournisseur(id).facture();
    }

    @Test
    void aFacturXWithTwoVatRatesIsSentWithNothingTypedAndItsTwoLinesReachChorusPro(FxRobot robot) throws Exception {
        Path pdf = InvoicePdfs.facturX(dir.resolve("FX-2026-0901.pdf"),
                InvoicePdfs.Cii.twoRates("FX-2026-0901", COMMUNE), InvoicePdfs.Extras.twoRates());
        Button next = robot.lookup("#nextButton").queryButton();
        open(robot, pdf);

        robot.clickOn(next);
        assertThat(text(robot, "#recipientName")).isEqualTo("COMMUNE DE VALBOURG");
        robot.clickOn(next);

        // the two rates of BG-23, the profile's regime (debits), the payment means of BT-81 (58, SEPA transfer)
        assertThat(robot.lookup("#vatRate0").queryAs(TextField.class).getText()).isEqualTo("5,50");
        assertThat(robot.lookup("#vatBase0").queryAs(TextField.class).getText()).isEqualTo("500,00");
        assertThat(robot.lookup("#vatRate1").queryAs(TextField.class).getText()).isEqualTo("20,00");
        assertThat(robot.lookup("#vatAmount1").queryAs(TextField.class).getText()).isEqualTo("200,00");
        assertThat(text(robot, "#vatTreatment")).isEqualTo("Envoyée à Chorus Pro comme : TVA sur les débits");
        assertThat(robot.lookup("#paymentMode").queryAs(ComboBox.class).getValue()).isEqualTo(PaymentMode.VIREMENT);
        assertThat(text(robot, "#paymentModeOrigin")).isEqualTo("lu dans le Factur-X");
        assertThat(text(robot, "#vatRegimeOrigin")).isEqualTo("Profil");
        assertThat(next.isDisabled()).isFalse();
        robot.interact(() -> robot.lookup("#page-amounts").queryAs(ScrollPane.class).setVvalue(1.0));
        Screenshots.take(stage, "wizard-amounts-vat");

        robot.clickOn(next);
        assertThat(text(robot, "#summary-supplier")).isEqualTo("ATELIER DEMO CONSEIL SARL (SIRET 81234567800013)");
        assertThat(text(robot, "#summary-vatTreatment")).isEqualTo("TVA sur les débits");
        // French groups thousands with a narrow no-break space
        assertThat(text(robot, "#summary-vatLines"))
                .isEqualTo("5,50 % sur 500,00 € = 27,50 €\n20,00 % sur 1\u202f000,00 € = 200,00 €");
        assertThat(text(robot, "#summary-paymentMode")).isEqualTo("Virement");
        Screenshots.take(stage, "wizard-send-vat");

        robot.clickOn("#sendButton");
        assertThat(text(robot, "#sentTitle")).isEqualTo("✔ Envoyée à Chorus Pro");
        FactureEmise stored = storedOnChorusPro(robot);
        assertThat(stored.recapitulatifDeTva().ligneTva()).hasSize(2);
        assertThat(stored.recapitulatifDeTva().ligneTva().get(0).ligneTvaTauxManuel()).isEqualByComparingTo("5.5");
        assertThat(stored.recapitulatifDeTva().ligneTva().get(0).ligneTvaMontantTvaParTaux())
                .isEqualByComparingTo("27.50");
        assertThat(stored.recapitulatifDeTva().ligneTva().get(1).ligneTvaTauxManuel()).isEqualByComparingTo("20");
        assertThat(stored.recapitulatifDeTva().ligneTva().get(1).ligneTvaMontantBaseHtParTaux())
                .isEqualByComparingTo("1000.00");
        assertThat(stored.references().typeTva()).isEqualTo("TVA_SUR_DEBIT");
        assertThat(stored.references().modePaiement()).isEqualTo("VIREMENT");
        assertThat(draft().origins()).as("zero typed fields").doesNotContainValue(FieldSource.TYPED);
    }

    @Test
    void aCreditNoteIsLinkedToAnInvoiceOfTheHistory(FxRobot robot) throws Exception {
        // the invoice to correct, sent earlier by this profile to the same recipient
        Path invoicePdf = InvoicePdfs.textPdf(dir.resolve("FA-2026-0902.pdf"), List.of("Facture FA-2026-0902"));
        InvoiceDraft invoice = new PreflightService(new PdfInspector(), app.harness.clock, Locale.FRENCH)
                .prepare(invoicePdf).draft().withInvoiceNumber("FA-2026-0902")
                .withInvoiceDate(LocalDate.of(2026, 3, 2)).withRecipientSiret(COMMUNE)
                .withAmountExclTax(new BigDecimal("1000.00")).withVatAmount(new BigDecimal("200.00"))
                .withAmountInclTax(new BigDecimal("1200.00")).withAmountDue(new BigDecimal("1200.00"));
        new DraftSubmission(app.submissions, app.history, app.drafts).send(app.drafts.save(invoice),
                SandboxHarness.DEMO_SUPPLIER, step -> { });

        // a credit note of 100.00 + 20.00 whose XML does not name the invoice (no BT-25)
        Path creditNote = InvoicePdfs.facturX(dir.resolve("AV-2026-0903.pdf"),
                InvoicePdfs.Cii.demo("AV-2026-0903", COMMUNE).withType("381")
                        .withAmounts("100.00", "20.00", "120.00", "120.00"));
        Button next = robot.lookup("#nextButton").queryButton();
        open(robot, creditNote);
        robot.clickOn(next);

        assertThat(draft().kind()).isEqualTo(InvoiceKind.AVOIR);
        @SuppressWarnings("unchecked")
        ComboBox<String> original = robot.lookup("#originalInvoice").queryAs(ComboBox.class);
        waitUntil(() -> !original.getItems().isEmpty());
        assertThat(original.isVisible()).isTrue();
        assertThat(original.getItems()).containsExactly("FA-2026-0902");
        assertThat(next.isDisabled()).as("a credit note names the invoice it corrects").isTrue();

        // the field is at the end of the form: the user scrolls down to it, then opens its list (F4)
        robot.interact(() -> robot.lookup("#page-references").queryAs(ScrollPane.class).setVvalue(1.0));
        robot.clickOn(original).type(javafx.scene.input.KeyCode.F4);
        waitUntil(original::isShowing);
        Node choice = javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof javafx.stage.PopupWindow && w.isShowing())
                .flatMap(w -> w.getScene().getRoot().lookupAll(".list-cell").stream())
                .filter(n -> n instanceof javafx.scene.control.ListCell<?> cell && cell.getText() != null
                        && cell.getText().startsWith("FA-2026-0902"))
                .findFirst().orElseThrow(() -> new AssertionError("the history's invoice is not in the list"));
        assertThat(((javafx.scene.control.ListCell<?>) choice).getText())
                .isEqualTo("FA-2026-0902 — 02/03/2026 — 1\u202f200,00 €");
        robot.clickOn(choice);
        waitUntil(() -> !next.isDisabled());
        assertThat(draft().originalInvoiceNumber()).contains("FA-2026-0902");
        Screenshots.take(stage, "wizard-credit-note");

        robot.clickOn(next);
        assertThat(robot.lookup("#paymentMode").queryAs(ComboBox.class).isVisible())
                .as("a credit note carries no payment mode").isFalse();
        robot.clickOn(next);
        assertThat(text(robot, "#summary-original")).isEqualTo("FA-2026-0902");
        assertThat(text(robot, "#summary-kind")).isEqualTo("Avoir");
        robot.clickOn("#sendButton");

        assertThat(text(robot, "#sentTitle")).isEqualTo("✔ Envoyée à Chorus Pro");
        FactureEmise stored = storedOnChorusPro(robot);
        assertThat(stored.references().typeFacture()).isEqualTo("AVOIR");
        assertThat(stored.references().numeroFactureOrigine()).isEqualTo("FA-2026-0902");
        assertThat(stored.references().modePaiement()).isNull();
        assertThat(draft().originOf(DraftField.ORIGINAL_INVOICE)).isEqualTo(FieldSource.TYPED);
    }
}
