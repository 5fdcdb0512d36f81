package fr.chorusdesk.ui.wizard;

import static fr.chorusdesk.ui.wizard.WizardWindow.chooseService;
import static fr.chorusdesk.ui.wizard.WizardWindow.openSample;
import static fr.chorusdesk.ui.wizard.WizardWindow.text;
import static fr.chorusdesk.ui.wizard.WizardWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.service.InvoicePdfs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
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
 * The user's effort on plain PDFs now that their text is read by position: the demo's plain
 * sample, and a supplier whose invoices print their number under a label no dictionary knows —
 * typed once on the first invoice, then read by itself with the layout learned at its sending:
 * <b>no typed field from the second invoice on</b>. Counted like {@link UserEffortTest} (same
 * meter, the robot's own tally to match); a PDF given to the window counts as a drop, no click.
 * Each path prints one {@code effort path=…} line for docs/benchmarks.md.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class PlainReadingEffortTest {

    @TempDir
    Path dir;

    private WizardWindow app;
    private Stage stage;
    private int clicks;
    private int keys;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        app = WizardWindow.show(stage, dir);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    /** An invoice of the demo supplier's program to DEPARTEMENT DU VAL-DEMO, numbered under « Réf. document ». */
    private Path invoice(String number, String ht, String tva, String ttc) throws IOException {
        Files.createDirectories(dir.resolve("in"));
        return InvoicePdfs.textPdf(dir.resolve("in/facture-" + number + ".pdf"), List.of(
                "ATELIER DEMO CONSEIL",
                "12 rue de la Démo, 75001 Paris",
                "",
                "Réf. document : " + number,
                "Date de facture : " + app.today().format(WizardWindow.FRENCH_DATE),
                "",
                "Destinataire : DEPARTEMENT DU VAL-DEMO",
                "SIRET du destinataire : 226 910 002 00014",
                "Code service : VOIRIE",
                "",
                "Prestation de conseil",
                "Total HT " + ht + " €",
                "TVA 20 % " + tva + " €",
                "Total TTC " + ttc + " €",
                "",
                "ATELIER DEMO CONSEIL SARL au capital de 5 000 € - RCS Paris 812 345 678 - IBAN FR76 3000 4000 0312"
                        + " 3456 7890 143"));
    }

    @Test
    void theDemoPlainSampleIsSentWithNoTypedField(FxRobot robot) {
        EffortMeter.Effort effort;
        try (EffortMeter meter = EffortMeter.install()) {
            next(robot);
            openSample(robot, "#menuDemoSamplePlain");
            clicks += 3;
            next(robot);
            keys += chooseService(robot, "VOIRIE") + 2;
            next(robot);
            next(robot);
            click(robot, "#sendButton");
            assertThat(text(robot, "#sentTitle")).isEqualTo("✔ Envoyée à Chorus Pro");
            effort = meter.effort("plain-read");
        }
        System.out.println(effort.line());

        assertThat(effort.typedFields()).as("number, date, recipient, amounts and amount due read in the text")
                .isZero();
        assertThat(effort.clicks()).isEqualTo(clicks);
        assertThat(effort.keys()).isEqualTo(keys);
    }

    @Test
    void aLayoutTypedOnceIsReadByItselfFromTheSecondInvoiceOn(FxRobot robot) throws IOException {
        Path first = invoice("2026-118", "1 000,00", "200,00", "1 200,00");
        Path second = invoice("2026-131", "2 400,00", "480,00", "2 880,00");

        EffortMeter.Effort firstEffort;
        try (EffortMeter meter = EffortMeter.install()) {
            next(robot);
            drop(robot, first);
            next(robot);
            assertThat(field(robot, "#invoiceNumber").getText()).as("« Réf. document » is in no dictionary").isNullOrEmpty();
            write(robot, "#invoiceNumber", "2026-118");
            next(robot);
            next(robot);
            click(robot, "#sendButton");
            assertThat(text(robot, "#sentTitle")).isEqualTo("✔ Envoyée à Chorus Pro");
            firstEffort = meter.effort("plain-layout-first");
        }
        System.out.println(firstEffort.line());
        assertThat(firstEffort.fields()).containsExactly("invoiceNumber");
        assertThat(firstEffort.clicks()).isEqualTo(clicks);
        assertThat(firstEffort.keys()).isEqualTo(keys);
        waitUntil(() -> Files.exists(dir.resolve("layouts/demo.json")));

        clicks = 0;
        keys = 0;
        EffortMeter.Effort secondEffort;
        try (EffortMeter meter = EffortMeter.install()) {
            drop(robot, second);
            assertThat(text(robot, "#pdfLayoutLine")).startsWith("Lu avec la disposition apprise des factures de "
                    + "« ATELIER DEMO CONSEIL »");
            Screenshots.take(stage, "wizard-pdf-layout");
            next(robot);
            assertThat(field(robot, "#invoiceNumber").getText()).isEqualTo("2026-131");
            assertThat(text(robot, "#invoiceNumberOrigin")).isEqualTo("lu dans le PDF");
            next(robot);
            assertThat(field(robot, "#amountInclTax").getText().replaceAll("[\\u00a0\\u202f]", " "))
                    .isEqualTo("2 880,00");
            next(robot);
            click(robot, "#sendButton");
            assertThat(text(robot, "#sentTitle")).isEqualTo("✔ Envoyée à Chorus Pro");
            secondEffort = meter.effort("plain-layout-second");
        }
        System.out.println(secondEffort.line());
        assertThat(secondEffort.typedFields()).as("zero typed fields from the second invoice on").isZero();
        assertThat(secondEffort.keys()).isZero();
        assertThat(secondEffort.clicks()).as("Suivant ×3, Valider et envoyer").isEqualTo(clicks).isEqualTo(4);
    }

    @Test
    void aForgottenLayoutIsNoLongerUsed(FxRobot robot) throws IOException {
        Path first = invoice("2026-140", "1 000,00", "200,00", "1 200,00");
        Path second = invoice("2026-141", "1 000,00", "200,00", "1 200,00");
        next(robot);
        drop(robot, first);
        next(robot);
        write(robot, "#invoiceNumber", "2026-140");
        next(robot);
        next(robot);
        click(robot, "#sendButton");
        assertThat(text(robot, "#sentTitle")).isEqualTo("✔ Envoyée à Chorus Pro");

        drop(robot, second);
        click(robot, "#forgetLayoutButton");
        assertThat(text(robot, "#pdfLayoutLine")).startsWith("Disposition oubliée");
        Screenshots.take(stage, "wizard-pdf-layout-forgotten");

        drop(robot, second);
        assertThat(robot.lookup("#pdfLayoutLine").tryQuery()).as("read from its labels alone").isEmpty();
        next(robot);
        assertThat(field(robot, "#invoiceNumber").getText()).isNullOrEmpty();
    }

    /** The PDF handed to the window, as a drop on the PDF step does. */
    private void drop(FxRobot robot, Path pdf) {
        String name = pdf.getFileName().toString();
        robot.interact(() -> app.window.wizard().orElseThrow().open(pdf));
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> name.equals(robot.lookup("#pdfFileName").queryAs(Label.class).getText()));
    }

    private static TextField field(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextField.class);
    }

    private void next(FxRobot robot) {
        click(robot, "#nextButton");
    }

    private void click(FxRobot robot, String id) {
        robot.clickOn(id);
        clicks++;
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void write(FxRobot robot, String id, String text) {
        click(robot, id);
        robot.write(text);
        keys += text.length();
    }
}
