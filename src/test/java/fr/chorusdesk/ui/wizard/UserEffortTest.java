package fr.chorusdesk.ui.wizard;

import static fr.chorusdesk.ui.wizard.WizardWindow.chooseService;
import static fr.chorusdesk.ui.wizard.WizardWindow.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.control.Button;
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
 * The user's effort from a fresh first start (no settings, the demo profile not connected, the
 * window on its Compte step) to result (« ✔ Envoyée à Chorus Pro »), counted by
 * {@link EffortMeter} on the real window, headless, against the embedded sandbox: the Compte step's
 * connection check and choices, the file chosen with « Choisir un PDF… » (its system dialog
 * answered by a test hook, the double-click in it counted as the user's), then the steps. The
 * robot's own tally of what it did is the independent count the meter must match, and each figure
 * must be the one docs/benchmarks.md publishes ("User effort, start to result").
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class UserEffortTest {

    @TempDir
    Path dir;

    private FirstStartWindow app;
    /** What the test's robot did, counted by the test itself. */
    private int clicks;
    private int keys;

    @Start
    void start(Stage stage) throws IOException {
        app = new FirstStartWindow(stage, dir);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void aFacturXInvoiceFromAFreshStartNeedsNoTypedFieldAndTheFiguresPublished(FxRobot robot) throws Exception {
        Path invoice = app.samples.facturX();
        EffortMeter.Effort effort;
        try (EffortMeter meter = EffortMeter.install()) {
            connectTheDemoAccount(robot);
            next(robot);
            choosePdf(robot, invoice);
            next(robot);
            next(robot);
            next(robot);
            click(robot, "#sendButton");
            assertThat(text(robot, "#sentTitle")).isEqualTo("✔ Envoyée à Chorus Pro");
            effort = withFileDialogs(meter.effort("facturx"));
        }
        System.out.println(effort.line());

        assertThat(effort.typedFields()).isZero();
        assertThat(effort.clicks()).isEqualTo(clicks);
        assertThat(effort.keys()).isEqualTo(keys).isZero();
        assertPublished(effort);
    }

    @Test
    void aPlainPdfFromAFreshStartTakesTheValuesReadInItsTextAndTypesTheAmountDue(FxRobot robot) throws Exception {
        Path invoice = app.samples.plainPdf();
        EffortMeter.Effort effort;
        try (EffortMeter meter = EffortMeter.install()) {
            connectTheDemoAccount(robot);
            next(robot);
            choosePdf(robot, invoice);
            List<String> taken = takeSuggestions(robot);
            assertThat(taken).as("the sample's values are filled in by themselves: none left to take").isEmpty();
            next(robot);
            keys += chooseService(robot, "VOIRIE") + 2;
            next(robot);
            write(robot, "#amountDue", "1 200,00");
            next(robot);
            click(robot, "#sendButton");
            assertThat(text(robot, "#sentTitle")).isEqualTo("✔ Envoyée à Chorus Pro");
            effort = withFileDialogs(meter.effort("plain"));
        }
        System.out.println(effort.line());

        assertThat(effort.fields()).containsExactly("amountDue");
        assertThat(effort.clicks()).isEqualTo(clicks);
        assertThat(effort.keys()).isEqualTo(keys);
        assertPublished(effort);
    }

    @Test
    void aPlainPdfFromAFreshStartWithEveryFieldTyped(FxRobot robot) throws Exception {
        Path invoice = app.samples.plainPdf();
        EffortMeter.Effort effort;
        try (EffortMeter meter = EffortMeter.install()) {
            connectTheDemoAccount(robot);
            next(robot);
            choosePdf(robot, invoice);
            next(robot);
            write(robot, "#recipientSiret", "22691000200014");
            keys += chooseService(robot, "VOIRIE") + 2;
            write(robot, "#invoiceNumber", "FA-2026-3001");
            write(robot, "#invoiceDate", fr.chorusdesk.domain.DisplayFormats.day(
                    fr.chorusdesk.domain.PlatformTime.today(app.harness.clock)));
            robot.type(KeyCode.TAB);
            keys++;
            next(robot);
            write(robot, "#amountExclTax", "1 000,00");
            write(robot, "#vatAmount", "200,00");
            write(robot, "#amountInclTax", "1 200,00");
            write(robot, "#amountDue", "1 200,00");
            next(robot);
            click(robot, "#sendButton");
            assertThat(text(robot, "#sentTitle")).isEqualTo("✔ Envoyée à Chorus Pro");
            effort = withFileDialogs(meter.effort("plain-typed"));
        }
        System.out.println(effort.line());

        assertThat(effort.fields()).containsExactly("recipientSiret", "invoiceNumber", "invoiceDate", "amountExclTax",
                "vatAmount", "amountInclTax", "amountDue");
        assertThat(effort.clicks()).isEqualTo(clicks);
        assertThat(effort.keys()).isEqualTo(keys);
        assertPublished(effort);
    }

    /**
     * The Compte step of a first start: the demo profile's connection is checked by itself and its
     * single structure chosen; the user picks the bank account (the demo supplier has two); a
     * supplier service is optional.
     */
    private void connectTheDemoAccount(FxRobot robot) {
        assertThat(WizardWindow.shown(robot, "#page-account")).as("a first start opens on Compte").isTrue();
        click(robot, "#bankAccountChoice");
        robot.clickOn("Compte courant - Banque Exemple");
        clicks++;
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** « Choisir un PDF… », then the file in the system's dialog (answered by the test's hook). */
    private void choosePdf(FxRobot robot, Path file) {
        app.willChoose(file);
        click(robot, "#pdfChooseButton");
        clicks += FirstStartWindow.CLICKS_IN_FILE_DIALOG;
        WizardWindow.waitUntil(() -> !text(robot, "#pdfFileName").equals("Aucun fichier choisi."));
    }

    private EffortMeter.Effort withFileDialogs(EffortMeter.Effort seen) {
        return new EffortMeter.Effort(seen.path(), seen.clicks() + app.clicksInFileDialogs(), seen.keys(),
                seen.fields());
    }

    /** Clicks « Utiliser » on every value read in the PDF's text; returns their lines. */
    private List<String> takeSuggestions(FxRobot robot) {
        List<String> taken = new ArrayList<>();
        for (Node use : robot.lookup("#pdfSuggestions").lookup(".button").queryAll()) {
            Button button = (Button) use;
            if (!button.isDisabled() && !button.getAccessibleText().contains("81234567800013")) {
                // the supplier's own SIRET is read too: the user leaves that one
                robot.clickOn(button);
                clicks++;
                taken.add(button.getAccessibleText());
            }
        }
        return taken;
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

    /** The row of docs/benchmarks.md's user effort table for this path: typed fields, clicks, keys. */
    private static void assertPublished(EffortMeter.Effort effort) throws IOException {
        String table = Files.readString(Path.of("docs", "benchmarks.md"), StandardCharsets.UTF_8);
        Matcher row = Pattern.compile("^\\|[^|\\n]*\\(`" + Pattern.quote(effort.path())
                + "`\\)\\s*\\|\\s*\\**(\\d+)\\**[^|]*\\|\\s*(\\d+)\\s*\\|\\s*(\\d+)\\s*\\|", Pattern.MULTILINE)
                .matcher(table);
        assertThat(row.find()).as("docs/benchmarks.md has a row for path %s", effort.path()).isTrue();
        assertThat(List.of(Integer.parseInt(row.group(1)), Integer.parseInt(row.group(2)),
                Integer.parseInt(row.group(3))))
                .as("typed fields, clicks and keys published for %s", effort.path())
                .containsExactly(effort.typedFields(), effort.clicks(), effort.keys());
    }
}
