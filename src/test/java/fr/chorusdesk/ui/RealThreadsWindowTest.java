package fr.chorusdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.domain.SentInvoice;
import fr.chorusdesk.service.DemoInvoices;
import fr.chorusdesk.service.DraftService;
import fr.chorusdesk.service.HistoryFilter;
import fr.chorusdesk.service.HistoryService;
import fr.chorusdesk.service.SandboxHarness;
import fr.chorusdesk.store.DraftStore;
import fr.chorusdesk.store.HistoryStore;
import fr.chorusdesk.store.InvoiceDraftJson;
import fr.chorusdesk.ui.common.FxTaskRunner;
import fr.chorusdesk.ui.wizard.TestWizardServices;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import okhttp3.Interceptor;
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
 * The window with the app's own threads ({@link FxTaskRunner}, outcomes through
 * {@code Platform.runLater}), not a same-thread runner: a Factur-X invoice sent while the window
 * keeps answering (its upload held by the test), then the history searched as it is typed, where
 * each keystroke's read races the others and only the last one may show.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RealThreadsWindowTest {

    private static final String UPLOAD = "/transverses/v1/ajouter/fichier";

    @TempDir
    Path dir;

    private final CountDownLatch uploadReached = new CountDownLatch(1);
    private final CountDownLatch uploadMayGo = new CountDownLatch(1);
    private SandboxHarness harness;
    private HistoryService history;
    private FxTaskRunner tasks;
    private MainWindow window;
    private DemoInvoices samples;

    @Start
    void start(Stage stage) throws Exception {
        Interceptor holdUpload = chain -> {
            if (chain.request().url().encodedPath().endsWith(UPLOAD)) {
                uploadReached.countDown();
                try {
                    uploadMayGo.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return chain.proceed(chain.request());
        };
        harness = new SandboxHarness(dir.resolve("state"), List.of(holdUpload));
        DraftService drafts = new DraftService(new DraftStore(dir.resolve("drafts"), new InvoiceDraftJson(),
                harness.clock), () -> "demo", harness.clock, Locale.FRENCH);
        history = new HistoryService(HistoryStore.open(dir.resolve("history"), harness.clock), () -> "demo",
                harness.clock);
        samples = new DemoInvoices(dir.resolve("samples"), harness.clock);
        tasks = new FxTaskRunner();
        ResourceBundle messages = ResourceBundle.getBundle("fr.chorusdesk.i18n.messages", Locale.FRENCH);
        window = new MainWindow(messages, "test", tasks, Optional.empty(), MainWindow.Services.none()
                .withRecords(new DraftsAndHistory(drafts, history, Optional.empty(), Optional.empty(), Locale.FRENCH)));
        window.show(stage);
        window.installWizard(TestWizardServices.of(harness, drafts, history,
                new SimpleObjectProperty<>(SandboxHarness.DEMO_SUPPLIER), tasks, Platform::runLater));
    }

    @AfterEach
    void stop() {
        uploadMayGo.countDown();
        tasks.close();
        harness.close();
    }

    @Test
    void aFacturXInvoiceIsSentOnWorkerThreadsWhileTheWindowKeepsAnswering(FxRobot robot) throws Exception {
        Path invoice = samples.facturX();
        window.wizard().orElseThrow().withPdfChooser((owner, bundle) -> Optional.of(invoice));
        Button next = robot.lookup("#nextButton").queryButton();
        robot.clickOn(next);
        robot.clickOn("#pdfChooseButton");
        // each step's check answers on its own thread: Suivant is enabled once it has
        for (String page : List.of("#page-references", "#page-amounts", "#page-send")) {
            waitUntil(() -> !next.isDisabled());
            robot.clickOn(next);
            waitUntil(() -> robot.lookup(page).tryQuery().map(n -> n.getScene() != null).orElse(false));
        }
        robot.clickOn("#sendButton");

        assertThat(uploadReached.await(20, TimeUnit.SECONDS)).as("the upload started").isTrue();
        // the upload is held on its worker thread: the FX thread still runs and shows the progress
        assertThat(WaitForAsyncUtils.asyncFx(() -> robot.lookup("#sendProgressPane").query().isVisible())
                .get(5, TimeUnit.SECONDS)).as("the window answers while the invoice is sent").isTrue();
        assertThat(robot.lookup("#sentTitle").tryQuery()).isEmpty();
        uploadMayGo.countDown();

        waitUntil(() -> robot.lookup("#sentTitle").tryQuery().isPresent());
        assertThat(robot.lookup("#sentTitle").queryAs(Label.class).getText()).isEqualTo("✔ Envoyée à Chorus Pro");
        assertThat(history.find(HistoryFilter.ALL)).extracting(SentInvoice::invoiceNumber)
                .containsExactly(invoice.getFileName().toString().replace(".pdf", ""));
    }

    @Test
    void theHistorySearchedAsItIsTypedShowsTheLastFilterWhateverOrderTheReadsEndIn(FxRobot robot)
            throws Exception {
        uploadMayGo.countDown();
        for (String number : List.of("FA-2026-1201", "FA-2026-1202", "FA-2026-1301", "AV-2026-1201")) {
            sendDirectly(number);
        }
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(2));
        @SuppressWarnings("unchecked")
        TableView<SentInvoice> table = robot.lookup("#historyTable").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 4);

        // one read per keystroke, each on its own worker thread
        robot.clickOn("#historySearch").write("FA-2026-12");
        waitUntil(() -> table.getItems().size() == 2);
        waitForReadsToSettle();

        assertThat(table.getItems()).as("no earlier keystroke's answer landed after the last one")
                .extracting(SentInvoice::invoiceNumber).containsExactlyInAnyOrder("FA-2026-1201", "FA-2026-1202");
    }

    /** Sends a Factur-X invoice through the services, as the wizard would, outside the window. */
    private void sendDirectly(String number) throws Exception {
        Path pdf = fr.chorusdesk.service.InvoicePdfs.facturX(dir.resolve(number + ".pdf"),
                fr.chorusdesk.service.InvoicePdfs.Cii.demo(number, DemoInvoices.FACTURX_RECIPIENT_SIRET));
        DraftService drafts = new DraftService(new DraftStore(dir.resolve("drafts-" + number), new InvoiceDraftJson(),
                harness.clock), () -> "demo", harness.clock, Locale.FRENCH);
        var services = TestWizardServices.of(harness, drafts, history,
                new SimpleObjectProperty<>(SandboxHarness.DEMO_SUPPLIER), new fr.chorusdesk.ui.common.SameThreadTaskRunner(),
                Runnable::run);
        var draft = drafts.save(services.preflight().prepare(pdf).draft());
        services.drafts().orElseThrow().submission().send(draft, SandboxHarness.DEMO_SUPPLIER, step -> { });
    }

    /**
     * Every read started by the keystrokes has ended and its outcome (or its drop) has reached the
     * FX thread: a task submitted after them, through the same runner, has come back.
     */
    private void waitForReadsToSettle() throws Exception {
        for (int round = 0; round < 3; round++) {
            java.util.concurrent.CompletableFuture<Boolean> marker = new java.util.concurrent.CompletableFuture<>();
            Platform.runLater(() -> tasks.run(() -> true, marker::complete, marker::completeExceptionally));
            assertThat(marker.get(10, TimeUnit.SECONDS)).isTrue();
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within 20 s", e);
        }
    }
}
