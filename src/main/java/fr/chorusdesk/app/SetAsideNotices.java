package fr.chorusdesk.app;

import fr.chorusdesk.service.StartupFiles;
import fr.chorusdesk.store.DraftStore;
import fr.chorusdesk.store.HistoryStore;
import fr.chorusdesk.store.InvoiceDraftJson;
import fr.chorusdesk.store.LayoutStore;
import fr.chorusdesk.store.SettingsStore;
import fr.chorusdesk.ui.SetAsideNoticeBar;
import fr.chorusdesk.ui.SetAsideNoticeModel;
import fr.chorusdesk.ui.common.TaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.scene.Node;
import org.slf4j.LoggerFactory;

/**
 * After the first frame: gathers the files start-up set aside (settings, drafts, history, learned
 * layouts) on a background task and, when there are any, hands the window a notice saying which,
 * where they are kept and what it means. Nothing of this runs before the window is shown.
 */
final class SetAsideNotices {

    private SetAsideNotices() {
    }

    static void showWhenAny(TaskRunner tasks, SettingsStore settings, Optional<HistoryStore> history, Path drafts,
            Path layouts, ResourceBundle messages, Locale locale, Consumer<Node> show) {
        tasks.run(() -> new StartupFiles(settings, history,
                        new DraftStore(drafts, new InvoiceDraftJson(), Clock.systemUTC()),
                        new LayoutStore(layouts, Clock.systemUTC())).check(),
                report -> {
                    if (!report.isEmpty()) {
                        show.accept(new SetAsideNoticeBar(new SetAsideNoticeModel(report, messages, locale), messages));
                    }
                },
                failure -> LoggerFactory.getLogger(SetAsideNotices.class)
                        .warn("Could not check for files set aside at start-up", failure));
    }
}
