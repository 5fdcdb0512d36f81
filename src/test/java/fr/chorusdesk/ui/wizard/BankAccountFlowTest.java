package fr.chorusdesk.ui.wizard;

import static fr.chorusdesk.ui.wizard.WizardWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.domain.DraftField;
import fr.chorusdesk.domain.FieldSource;
import fr.chorusdesk.domain.Iban;
import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.domain.SupplierBankAccount;
import fr.chorusdesk.domain.SupplierIdentity;
import fr.chorusdesk.service.InvoicePdfs;
import fr.chorusdesk.service.SandboxHarness;
import fr.chorusdesk.ui.wizard.WizardModel.OpenedPdf;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
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
 * The bank account of an invoice through the real window against the sandbox: the account whose
 * IBAN the Factur-X names (BT-84) is pre-chosen and is the one Chorus Pro stores; an IBAN no
 * account is known to have is said, and the account the user picks is the one sent. The demo
 * supplier's two accounts and their IBANs are those of docs/sandbox.md.
 */
@ExtendWith(ApplicationExtension.class)
class BankAccountFlowTest {

    private static final String COMMUNE = "21750001000012";
    private static final String FACTORING_IBAN = "FR76 1010 7001 0112 3456 7890 129";
    private static final SupplierBankAccount CURRENT = new SupplierBankAccount(144050L,
            "Compte courant - Banque Exemple", Iban.parse("FR76 3000 6000 0112 3456 7890 189"));
    private static final SupplierBankAccount FACTORING = new SupplierBankAccount(144051L,
            "Compte affacturage - Banque Démo");

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

    /** The demo supplier with both accounts; the current one chosen in Compte. */
    private void supplierWith(SupplierBankAccount... accounts) {
        SupplierIdentity demo = SandboxHarness.DEMO_SUPPLIER;
        SupplierIdentity both = new SupplierIdentity(demo.structureId(), demo.serviceId(), Optional.of(144050L),
                demo.defaults(), demo.structure(), List.of(accounts));
        WaitForAsyncUtils.waitForAsyncFx(5_000, () -> app.supplier.set(both));
    }

    private void openFacturXPaidOn(FxRobot robot, String number, String iban) throws Exception {
        Path pdf = InvoicePdfs.facturX(dir.resolve(number + ".pdf"), InvoicePdfs.Cii.twoRates(number, COMMUNE),
                InvoicePdfs.Extras.twoRates().withPayeeIban(iban));
        robot.interact(() -> app.window.openPdf(new OpenedPdf(pdf, true)));
        waitUntil(() -> !robot.lookup("#pdfFileName").queryAs(Label.class).getText().equals("Aucun fichier choisi."));
        Button next = robot.lookup("#nextButton").queryButton();
        waitUntil(() -> !next.isDisabled());
        robot.clickOn(next);
        waitUntil(() -> !next.isDisabled());
        robot.clickOn(next);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String id) {
        WaitForAsyncUtils.waitForFxEvents();
        return ((Label) WizardWindow.showing(robot, id)).getText();
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<SupplierBankAccount> accounts(FxRobot robot) {
        return robot.lookup("#bankAccount").queryAs(ComboBox.class);
    }

    private InvoiceDraft draft() {
        return app.window.wizard().orElseThrow().run().orElseThrow().draftProperty().get();
    }

    private long sentAccount(FxRobot robot) throws Exception {
        robot.clickOn("#nextButton");
        robot.clickOn("#sendButton");
        assertThat(text(robot, "#sentTitle")).isEqualTo("✔ Envoyée à Chorus Pro");
        long id = Long.parseLong(text(robot, "#chorusInvoiceId"));
        return app.harness.client.consulterFactureParFournisseur(id).facture().fournisseur()
                .coordBancairesFournisseurId();
    }

    @Test
    void theAccountWhoseIbanTheFacturXNamesIsPreChosenAndSent(FxRobot robot) throws Exception {
        supplierWith(CURRENT, FACTORING.withIban(Iban.parse(FACTORING_IBAN).orElseThrow()));
        openFacturXPaidOn(robot, "FX-2026-1001", FACTORING_IBAN);

        ComboBox<SupplierBankAccount> account = accounts(robot);
        assertThat(account.isVisible()).isTrue();
        assertThat(account.getValue().id()).isEqualTo(144051L);
        assertThat(text(robot, "#bankAccountReason"))
                .isEqualTo("Choisi d’après l’IBAN de la facture (FR76 1010 7001 0112 3456 7890 129).");
        assertThat(draft().bankAccountId()).as("found, not picked: nothing kept in the draft").isEmpty();
        robot.interact(() -> robot.lookup("#page-amounts").queryAs(ScrollPane.class).setVvalue(1.0));
        Screenshots.take(stage, "wizard-amounts-bank-account");

        // another account picked by mistake: the warning offers the invoice's one back, by keyboard too
        robot.interact(() -> account.setValue(account.getItems().get(0)));
        assertThat(draft().bankAccountId()).contains(144050L);
        Hyperlink useFound = (Hyperlink) WizardWindow.showing(robot, "#useFoundBankAccount");
        assertThat(useFound.getText())
                .isEqualTo("Utiliser le compte « Compte affacturage - Banque Démo », celui de l’IBAN de la facture");
        robot.interact(() -> robot.lookup("#page-amounts").queryAs(ScrollPane.class).setVvalue(1.0));
        Screenshots.take(stage, "wizard-amounts-bank-other-account");
        robot.interact(useFound::requestFocus);
        robot.type(KeyCode.SPACE);
        assertThat(account.getValue().id()).isEqualTo(144051L);
        assertThat(draft().bankAccountId()).as("back to the account found, nothing kept").isEmpty();
        assertThat(useFound.isVisible()).isFalse();

        robot.clickOn("#nextButton");
        assertThat(text(robot, "#summary-bankAccount"))
                .isEqualTo("Compte affacturage - Banque Démo — FR76 … 0129 (d’après l’IBAN de la facture)");
        robot.clickOn("#backButton");
        assertThat(sentAccount(robot)).isEqualTo(144051L);
    }

    @Test
    void anIbanNoAccountIsKnownToHaveIsSaidAndTheAccountPickedIsSent(FxRobot robot) throws Exception {
        supplierWith(CURRENT, FACTORING);
        openFacturXPaidOn(robot, "FX-2026-1002", FACTORING_IBAN);

        ComboBox<SupplierBankAccount> account = accounts(robot);
        assertThat(account.getValue().id()).as("the Compte step's account meanwhile").isEqualTo(144050L);
        Label reason = (Label) WizardWindow.showing(robot, "#bankAccountReason");
        assertThat(reason.getText()).startsWith("La facture indique l’IBAN FR76 1010 7001 0112 3456 7890 129, "
                + "qu’aucun de vos comptes connus ne porte");
        assertThat(reason.getStyleClass()).contains("rule-warning");
        robot.interact(() -> robot.lookup("#page-amounts").queryAs(ScrollPane.class).setVvalue(1.0));
        Screenshots.take(stage, "wizard-amounts-bank-iban-unknown");

        robot.interact(() -> account.setValue(account.getItems().get(1)));
        assertThat(draft().bankAccountId()).contains(144051L);
        assertThat(draft().originOf(DraftField.BANK_ACCOUNT)).isEqualTo(FieldSource.TYPED);
        assertThat(text(robot, "#bankAccountReason")).isEqualTo("Choisi pour cette facture.");
        assertThat(reason.getStyleClass()).doesNotContain("rule-warning");

        assertThat(sentAccount(robot)).isEqualTo(144051L);
    }

    @Test
    void oneAccountIsNotOfferedForChoice(FxRobot robot) throws Exception {
        supplierWith(CURRENT);
        openFacturXPaidOn(robot, "FX-2026-1003", null);

        assertThat(accounts(robot).isVisible()).isFalse();
        assertThat(robot.lookup("#bankAccountReason").queryAs(Label.class).isVisible()).isFalse();
        robot.clickOn("#nextButton");
        assertThat(text(robot, "#summary-bankAccount")).isEqualTo("Compte courant - Banque Exemple — FR76 … 0189");
    }
}
