package fr.chorusdesk.ui.wizard;

import static fr.chorusdesk.ui.wizard.WizardWindow.openSample;
import static fr.chorusdesk.ui.wizard.WizardWindow.text;
import static fr.chorusdesk.ui.wizard.WizardWindow.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.service.BatchJournal;
import fr.chorusdesk.service.BatchStatus;
import fr.chorusdesk.service.ContractCards;
import fr.chorusdesk.service.InvoicePdfs;
import fr.chorusdesk.store.BatchStore;
import fr.chorusdesk.store.ContractCardStore;
import fr.chorusdesk.ui.batch.BatchRowItem;
import fr.chorusdesk.ui.batch.BatchSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TabPane;
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
 * The user's effort for ten Factur-X invoices sent as one batch, against ten times the wizard's
 * path, counted by {@link EffortMeter} on the real window, headless, against the sandbox. The
 * wizard's path is measured for the first invoice and for a following one (from « Nouveau dépôt »),
 * and ten invoices cost the first plus nine following ones. Prints {@code effort path=…} lines,
 * the figures of docs/benchmarks.md ("User effort, a batch").
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class BatchEffortTest {

    private static final int INVOICES = 10;

    @TempDir
    Path dir;

    private WizardWindow app;
    private int clicks;

    @Start
    void start(Stage stage) throws Exception {
        app = WizardWindow.show(stage, dir);
        app.window.installBatches(new BatchSupport(new BatchJournal(new BatchStore(dir.resolve("batches"),
                app.harness.clock), app.harness.clock), new ContractCards(new ContractCardStore(
                dir.resolve("contracts"), app.harness.clock), app.harness.clock)));
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void tenFacturXInvoicesAsABatchCostAFractionOfTenTimesTheWizard(FxRobot robot) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("fin-du-mois"));
        for (int i = 1; i <= INVOICES; i++) {
            String number = String.format(Locale.ROOT, "EFF-%02d", i);
            InvoicePdfs.facturX(folder.resolve(number + ".pdf"), InvoicePdfs.Cii.demo(number, "21750001000012"));
        }
        EffortMeter.Effort batch;
        try (EffortMeter meter = EffortMeter.install()) {
            click(robot, "#tabBatch");
            // the folder dropped on the tab: one gesture (a drag from the file manager, which TestFX cannot
            // start headless, so the drop is handed to the tab's model as the drop handler does)
            robot.interact(() -> app.window.batches().orElseThrow().model().add(List.of(folder)));
            clicks++;
            waitUntil(() -> readyRows() == INVOICES);
            click(robot, "#batchSend");
            waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
            robot.clickOn((Node) robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals("OK"))
                    .query());
            clicks++;
            waitUntil(() -> sentRows() == INVOICES);
            batch = meter.effort("batch-10-facturx");
        }
        EffortMeter.Effort measuredBatch = new EffortMeter.Effort(batch.path(), batch.clicks() + 1, batch.keys(),
                batch.fields());
        System.out.println(measuredBatch.line());

        robot.interact(() -> robot.lookup("#tabs").queryAs(TabPane.class).getSelectionModel().select(0));
        int before = clicks;
        EffortMeter.Effort first;
        try (EffortMeter meter = EffortMeter.install()) {
            wizardInvoice(robot);
            first = meter.effort("wizard-first-facturx");
        }
        EffortMeter.Effort next;
        try (EffortMeter meter = EffortMeter.install()) {
            click(robot, "#newRunButton");
            wizardInvoice(robot);
            next = meter.effort("wizard-next-facturx");
        }
        int wizardTen = first.clicks() + (INVOICES - 1) * next.clicks();
        System.out.println(first.line());
        System.out.println(next.line());
        System.out.printf(Locale.ROOT, "effort path=wizard-10-facturx clicks=%d keys=%d typed-fields=0%n",
                wizardTen, first.keys() + (INVOICES - 1) * next.keys());

        assertThat(measuredBatch.clicks()).as("the tab, the drop, Envoyer, OK").isEqualTo(4);
        assertThat(measuredBatch.keys()).isZero();
        assertThat(measuredBatch.typedFields()).isZero();
        assertThat(first.clicks() + next.clicks()).as("the robot's own tally").isEqualTo(clicks - before);
        assertThat(first.clicks()).as("Suivant ×4, the menu and its submenu ×3, Valider et envoyer").isEqualTo(8);
        assertThat(next.clicks()).as("Nouveau dépôt, then the same path").isEqualTo(9);
        assertThat(wizardTen).isEqualTo(89);
    }

    private void wizardInvoice(FxRobot robot) {
        click(robot, "#nextButton");
        openSample(robot, "#menuDemoSampleFacturX");
        clicks += 3;
        click(robot, "#nextButton");
        click(robot, "#nextButton");
        click(robot, "#nextButton");
        click(robot, "#sendButton");
        assertThat(text(robot, "#sentTitle")).isEqualTo("✔ Envoyée à Chorus Pro");
    }

    private long readyRows() {
        return rows().stream().filter(r -> r.row().status() == BatchStatus.READY).count();
    }

    private long sentRows() {
        return rows().stream().filter(r -> r.row().status() == BatchStatus.SENT).count();
    }

    private List<BatchRowItem> rows() {
        return app.window.batches().orElseThrow().model().rows();
    }

    private void click(FxRobot robot, String id) {
        robot.clickOn(id);
        clicks++;
        WaitForAsyncUtils.waitForFxEvents();
    }
}
