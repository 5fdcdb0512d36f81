package fr.chorusdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.domain.SentInvoice;
import fr.chorusdesk.pdf.PdfInspector;
import fr.chorusdesk.service.DraftService;
import fr.chorusdesk.service.DraftSubmission;
import fr.chorusdesk.service.FlowPolling;
import fr.chorusdesk.service.HistoryActions;
import fr.chorusdesk.service.HistoryFilter;
import fr.chorusdesk.service.HistoryService;
import fr.chorusdesk.service.InvoicePdfs;
import fr.chorusdesk.service.NotConnectedException;
import fr.chorusdesk.service.PreflightService;
import fr.chorusdesk.service.RecipientService;
import fr.chorusdesk.service.SandboxHarness;
import fr.chorusdesk.service.StatusSyncService;
import fr.chorusdesk.service.SubmissionService;
import fr.chorusdesk.service.SyncSchedule;
import fr.chorusdesk.store.DraftStore;
import fr.chorusdesk.store.HistoryStore;
import fr.chorusdesk.store.InvoiceDraftJson;
import fr.chorusdesk.ui.common.SameThreadTaskRunner;
import fr.chorusdesk.ui.history.HistoryView;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
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
 * The Historique tab in the window, against the embedded sandbox: the next action of each status
 * run from its button (completer, recycler, a new draft), a status change announced on the tab
 * while the user is elsewhere, the sync interval setting, and a profile not connected said in
 * French instead of a crash report. Recipients and scenario markers from docs/sandbox.md.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HistoryWindowTest {

    /** From docs/sandbox.md: a commune with no rule, and a département that requires a service code. */
    private static final String COMMUNE = "21750001000012";
    private static final String DEPARTEMENT = "22691000200014";

    @TempDir
    Path dir;

    private final ResourceBundle messages = ResourceBundle.getBundle("fr.chorusdesk.i18n.messages", Locale.FRENCH);
    private final AtomicBoolean connected = new AtomicBoolean(true);
    private final AtomicReference<Optional<Integer>> savedMinutes = new AtomicReference<>(Optional.empty());
    private final List<Duration> applied = new ArrayList<>();
    private final List<Path> picked = new ArrayList<>();
    private final List<Throwable> crashReports = new java.util.concurrent.CopyOnWriteArrayList<>();
    private SandboxHarness harness;
    private HistoryService history;
    private DraftService drafts;
    private StatusSyncService sync;
    private PreflightService preflight;
    private DraftSubmission submission;

    /** The FX thread's own handler before this test replaced it: put back after each test. */
    private Thread.UncaughtExceptionHandler previousHandler;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        // what the window sends to the crash report (the app's handler on the FX thread)
        previousHandler = Thread.currentThread().getUncaughtExceptionHandler();
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> crashReports.add(e));
        harness = new SandboxHarness(dir.resolve("state"));
        preflight = new PreflightService(new PdfInspector(), harness.clock, Locale.FRENCH);
        drafts = new DraftService(new DraftStore(dir.resolve("drafts"), new InvoiceDraftJson(), harness.clock),
                () -> "demo", harness.clock, Locale.FRENCH);
        history = new HistoryService(HistoryStore.open(dir.resolve("history"), harness.clock), () -> "demo",
                harness.clock);
        java.util.function.Supplier<fr.chorusdesk.chorus.ChorusClient> client = () -> {
            if (!connected.get()) {
                throw new NotConnectedException("no client in this test");
            }
            return harness.client;
        };
        submission = new DraftSubmission(new SubmissionService(harness.client,
                new RecipientService(harness.client, harness.clock), history,
                new FlowPolling(Duration.ofSeconds(10), 10, harness.clock::advance), harness.clock, Locale.FRENCH),
                history, drafts);
        sync = new StatusSyncService(client, history, harness.clock, 2, Duration.ofMinutes(1), Duration.ofMinutes(8),
                Locale.FRENCH);
        HistoryActions actions = new HistoryActions(client, history, drafts, harness.clock, Locale.FRENCH);
        SyncSchedule schedule = new SyncSchedule(savedMinutes::get, m -> savedMinutes.set(Optional.of(m)),
                applied::add);
        window = new MainWindow(messages, "test", new SameThreadTaskRunner(), Optional.empty(),
                MainWindow.Services.none().withRecords(new DraftsAndHistory(drafts, history, Optional.of(actions),
                        Optional.of(sync), Optional.empty(), Locale.FRENCH, Optional.of(schedule))));
        window.show(stage);
        window.installWizard(fr.chorusdesk.ui.wizard.TestWizardServices.of(harness, drafts, history,
                new javafx.beans.property.SimpleObjectProperty<>(SandboxHarness.DEMO_SUPPLIER),
                new SameThreadTaskRunner(), Runnable::run));
        // the Historique tab is built when first opened
        TabPane tabs = (TabPane) stage.getScene().lookup("#tabs");
        tabs.getSelectionModel().select(2);
        HistoryView view = (HistoryView) stage.getScene().lookup("#history");
        tabs.getSelectionModel().select(0);
        view.withDocumentPicker((owner, title) -> List.copyOf(picked));
    }

    @AfterEach
    void stop() throws Exception {
        // later tests' crashes must reach their own handler, not this test's list
        WaitForAsyncUtils.asyncFx(() -> Thread.currentThread().setUncaughtExceptionHandler(previousHandler))
                .get(10, TimeUnit.SECONDS);
        window.close();
        sync.close();
        harness.close();
    }

    private SentInvoice send(String number, String recipient, String serviceCode) throws Exception {
        Path pdf = InvoicePdfs.textPdf(dir.resolve(number + ".pdf"), List.of("Facture " + number));
        InvoiceDraft draft = drafts.save(preflight.prepare(pdf).draft()
                .withInvoiceNumber(number).withInvoiceDate(LocalDate.of(2026, 3, 9))
                .withRecipientSiret(recipient).withServiceCode(serviceCode)
                .withAmountExclTax(new BigDecimal("1000.00")).withVatAmount(new BigDecimal("200.00"))
                .withAmountInclTax(new BigDecimal("1200.00")).withAmountDue(new BigDecimal("1200.00")));
        return submission.send(draft, SandboxHarness.DEMO_SUPPLIER, step -> { });
    }

    /** Three lifecycle steps of the sandbox, a sync after each: a scenario invoice reaches its status. */
    private void threeStepsLater() {
        for (int i = 0; i < 3; i++) {
            harness.clock.advance(SandboxHarness.STEP);
            sync.syncNow();
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String status(SentInvoice invoice) {
        return history.get(invoice.id()).orElseThrow().status();
    }

    private void openHistory(FxRobot robot) {
        robot.clickOn(tab(robot, "tabHistory").getText());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Tab tab(FxRobot robot, String id) {
        return robot.lookup("#tabs").queryAs(TabPane.class).getTabs().stream().filter(t -> id.equals(t.getId()))
                .findFirst().orElseThrow();
    }

    private void choose(FxRobot robot, String number) {
        @SuppressWarnings("unchecked")
        TableView<SentInvoice> table = robot.lookup("#historyTable").queryAs(TableView.class);
        SentInvoice row = table.getItems().stream().filter(i -> i.invoiceNumber().equals(number)).findFirst()
                .orElseThrow();
        robot.interact(() -> table.getSelectionModel().select(row));
    }

    private static String notice(FxRobot robot) {
        return robot.lookup("#historyNotice").queryAs(Label.class).getText();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within 10 s", e);
        }
    }

    @Test
    void statusChangesSeenFromAnotherTabAreCountedOnTheHistoryTabUntilItIsOpened(FxRobot robot) throws Exception {
        send("FA-2026-0501", COMMUNE, null);
        send("FA-2026-0502", COMMUNE, null);
        Tab historyTab = tab(robot, "tabHistory");
        assertThat(historyTab.getText()).isEqualTo("Historique");

        harness.clock.advance(SandboxHarness.STEP);
        sync.syncNow();
        WaitForAsyncUtils.waitForFxEvents();

        // both invoices went DEPOSEE → EN_COURS_ACHEMINEMENT while the user is on Nouveau dépôt
        assertThat(historyTab.getText()).isEqualTo("Historique (2)");
        assertThat(historyTab.getStyleClass()).contains("has-news");
        openHistory(robot);
        assertThat(historyTab.getText()).isEqualTo("Historique");
        assertThat(historyTab.getStyleClass()).doesNotContain("has-news");
        assertThat(notice(robot)).contains("FA-2026-0501", "FA-2026-0502", "En cours d’acheminement");
    }

    @Test
    void aSuspendedInvoiceIsCompletedFromItsButtonWithTheChosenDocument(FxRobot robot) throws Exception {
        SentInvoice sent = send("SUSP-2026-0601", COMMUNE, null);
        threeStepsLater();
        assertThat(status(sent)).isEqualTo("SUSPENDUE");
        openHistory(robot);
        choose(robot, "SUSP-2026-0601");
        assertThat(robot.lookup("#historyNextAction").queryAs(Label.class).getText())
                .isEqualTo("Le destinataire attend des pièces : ajoutez les documents manquants.");

        picked.add(InvoicePdfs.textPdf(dir.resolve("bon de livraison.pdf"), List.of("Bon de livraison")));
        robot.clickOn("#historyComplete");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(harness.apiCalls()).contains("/transverses/v1/ajouter/fichier", "/factures/v1/completer");
        assertThat(status(sent)).as("synced after the action").isEqualTo("COMPLETEE");
        waitUntil(() -> notice(robot).contains("SUSP-2026-0601"));
        assertThat(notice(robot)).contains("document envoyé à Chorus Pro");
        robot.interact(() -> {
            try {
                Screenshots.write(robot.lookup("#tabs").query().getScene().getRoot(), "history-completed");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void anInvoiceToRecycleGetsTheCorrectedServiceCodeFromItsDialog(FxRobot robot) throws Exception {
        SentInvoice sent = send("RECY-2026-0701", DEPARTEMENT, "VOIRIE");
        threeStepsLater();
        assertThat(status(sent)).isEqualTo("A_RECYCLER");
        openHistory(robot);
        choose(robot, "RECY-2026-0701");

        robot.clickOn("#historyRecycle");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TextField code = robot.lookup(".dialog-pane .text-field")
                .queryAs(javafx.scene.control.TextField.class);
        assertThat(code.getText()).as("the service code sent, offered for correction").isEqualTo("VOIRIE");
        robot.interact(code::clear);
        robot.clickOn(code).write("COLLEGES").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(harness.apiCalls()).contains("/factures/v1/recycler");
        assertThat(status(sent)).as("Chorus Pro took it again").isEqualTo("DEPOSEE");
        assertThat(notice(robot)).contains("RECY-2026-0701", "correction envoyée");
    }

    @Test
    void aRejectedInvoiceBecomesANewDraftWithTheProposedNumberOpenedInTheWizard(FxRobot robot) throws Exception {
        SentInvoice sent = send("REJ-2026-0801", COMMUNE, null);
        threeStepsLater();
        assertThat(status(sent)).isEqualTo("REJETEE");
        openHistory(robot);
        choose(robot, "REJ-2026-0801");

        robot.clickOn("#historyRedraft");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TextField number = robot.lookup(".dialog-pane .text-field")
                .queryAs(javafx.scene.control.TextField.class);
        String proposed = number.getText();
        assertThat(proposed).isNotEqualTo("REJ-2026-0801").startsWith("REJ-2026-0801");
        robot.clickOn(number).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#tabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId())
                .as("the new draft is opened in the wizard").isEqualTo("tabWizard");
        assertThat(window.wizard().orElseThrow().run().orElseThrow().model().current())
                .as("at the references, where a new number is typed").isEqualTo(fr.chorusdesk.ui.wizard.WizardStep.REFERENCES);
        assertThat(robot.lookup("#invoiceNumber").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo(proposed);
        assertThat(robot.lookup("#recipientSiret").queryAs(javafx.scene.control.TextField.class).getText())
                .as("the rejected invoice's recipient").isEqualTo(COMMUNE);
        assertThat(drafts.list().drafts()).extracting(d -> d.invoiceNumber().orElse(""))
                .contains(proposed);
        assertThat(history.find(HistoryFilter.ALL)).extracting(SentInvoice::invoiceNumber)
                .as("the rejected invoice stays in the history").contains("REJ-2026-0801");
    }

    @Test
    void aProfileNotConnectedIsSaidInTheNoticeAndTheSyncIntervalIsSaved(FxRobot robot) throws Exception {
        send("FA-2026-0901", COMMUNE, null);
        openHistory(robot);
        connected.set(false);

        robot.clickOn("#historySync");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(crashReports).as("bad state, not a bug: no crash report").isEmpty();
        assertThat(notice(robot)).startsWith("Le profil actif n’est pas encore relié à Chorus Pro");
        assertThat(robot.lookup("#historyNotice").queryAs(Label.class).getStyleClass()).contains("notice-warning");

        @SuppressWarnings("unchecked")
        ComboBox<Integer> interval = robot.lookup("#historySyncInterval").queryAs(ComboBox.class);
        assertThat(interval.isVisible()).isTrue();
        assertThat(interval.getValue()).as("the default").isEqualTo(5);
        robot.interact(() -> interval.setValue(15));
        assertThat(savedMinutes.get()).contains(15);
        assertThat(applied).containsExactly(Duration.ofMinutes(15));
        assertThat(notice(robot)).isEqualTo("Les statuts seront désormais mis à jour toutes les 15 minutes.");
    }
}
