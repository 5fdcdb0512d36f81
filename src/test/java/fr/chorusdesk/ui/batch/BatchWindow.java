package fr.chorusdesk.ui.batch;

import fr.chorusdesk.pdf.PageRenderer;
import fr.chorusdesk.service.BatchHarness;
import fr.chorusdesk.service.BatchRow;
import fr.chorusdesk.service.PagePreviewService;
import fr.chorusdesk.service.RecentRecipients;
import fr.chorusdesk.service.SandboxHarness;
import fr.chorusdesk.ui.DraftsAndHistory;
import fr.chorusdesk.ui.MainWindow;
import fr.chorusdesk.ui.common.FxTaskRunner;
import fr.chorusdesk.ui.wizard.WizardDrafts;
import fr.chorusdesk.ui.wizard.WizardServices;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window with its « Lots » tab, wired as the app wires the demo profile (drafts, history as
 * duplicate ledger, contract cards, background tasks) against the embedded sandbox over HTTP.
 */
final class BatchWindow implements AutoCloseable {

    final BatchHarness app;
    final MainWindow window;
    private final FxTaskRunner tasks = new FxTaskRunner();

    BatchWindow(Stage stage, Path dir) throws IOException {
        app = new BatchHarness(dir.resolve("data"));
        DraftAutosaverAtOnce saves = new DraftAutosaverAtOnce();
        WizardServices services = new WizardServices(app.preflight, new PagePreviewService(new PageRenderer(),
                Locale.FRENCH), app.recipients, app.submissions, new SimpleObjectProperty<>(SandboxHarness.DEMO_SUPPLIER),
                Optional.empty(), tasks, Platform::runLater, app.sandbox.clock, Locale.FRENCH,
                Optional.of(new WizardDrafts(app.drafts, app.sending, saves, Duration.ZERO, e -> {
                    throw new AssertionError(e);
                })), RecentRecipients.NONE).withContractCards(app.cards.ofProfile(() -> BatchHarness.PROFILE));
        ResourceBundle messages = ResourceBundle.getBundle("fr.chorusdesk.i18n.messages", Locale.FRENCH);
        window = new MainWindow(messages, "test", tasks, Optional.empty(), MainWindow.Services.none()
                .withRecords(new DraftsAndHistory(app.drafts, app.history, Optional.empty(), Optional.empty(),
                        Locale.FRENCH)));
        window.show(stage);
        window.installWizard(services);
        window.installBatches(new BatchSupport(app.journal, app.cards));
    }

    /** Saves at once: the debounce has its own tests. */
    private static final class DraftAutosaverAtOnce implements fr.chorusdesk.service.DraftAutosaver.Scheduler {
        @Override
        public fr.chorusdesk.service.DraftAutosaver.Cancellable schedule(Runnable task, Duration delay) {
            task.run();
            return () -> { };
        }
    }

    BatchModel model() {
        return window.batches().orElseThrow().model();
    }

    /**
     * The cell of the row read from {@code file}, in the column {@code columnId}; the table is first
     * scrolled to the row, as a user scrolls to a row below the fold.
     */
    @SuppressWarnings("unchecked")
    static TableCell<?, ?> cell(FxRobot robot, String file, String columnId) {
        javafx.scene.control.TableView<BatchRowItem> table = robot.lookup("#batchTable")
                .queryAs(javafx.scene.control.TableView.class);
        robot.interact(() -> table.getItems().stream().filter(i -> i.row().fileName().equals(file)).findFirst()
                .ifPresent(table::scrollTo));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#batchTable .table-cell").match((TableCell<?, ?> c) -> c.getTableColumn() != null
                && columnId.equals(c.getTableColumn().getId()) && c.getTableRow() != null
                && c.getTableRow().getItem() instanceof BatchRowItem item && item.row().fileName().equals(file))
                .query();
    }

    /** The row read from {@code file}, as the model has it. */
    BatchRow row(String file) {
        return model().rows().stream().map(BatchRowItem::row).filter(r -> r.fileName().equals(file)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + file));
    }

    static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within 60 s", e);
        }
    }

    static Node showing(FxRobot robot, String id) {
        return robot.lookup(id).match(n -> n.getScene() != null && n.getScene().getWindow() != null
                && n.getScene().getWindow().isShowing()).query();
    }

    @Override
    public void close() {
        window.close();
        tasks.close();
        app.close();
    }
}
