package fr.chorusdesk.service;

import fr.chorusdesk.store.DraftStore;
import fr.chorusdesk.store.HistoryStore;
import fr.chorusdesk.store.LayoutStore;
import fr.chorusdesk.store.SetAsideFile;
import fr.chorusdesk.store.SettingsStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gathers, once the window is up, every file that start-up found unreadable and set aside: the
 * settings and the history tell what they set aside when they were read; the drafts and the learned
 * layouts are read now, which sets aside the unreadable ones. Blocking (disk): call it off the UI
 * thread.
 */
public final class StartupFiles {

    private static final Logger LOG = LoggerFactory.getLogger(StartupFiles.class);

    private final SettingsStore settings;
    private final Optional<HistoryStore> history;
    private final DraftStore drafts;
    private final LayoutStore layouts;

    public StartupFiles(SettingsStore settings, Optional<HistoryStore> history, DraftStore drafts,
            LayoutStore layouts) {
        this.settings = Objects.requireNonNull(settings);
        this.history = Objects.requireNonNull(history);
        this.drafts = Objects.requireNonNull(drafts);
        this.layouts = Objects.requireNonNull(layouts);
    }

    public SetAsideReport check() throws IOException {
        List<SetAsideReport.Entry> entries = new ArrayList<>();
        settings.setAsideFile().ifPresent(kept -> entries.add(new SetAsideReport.Entry(SetAsideReport.Kind.SETTINGS,
                settings.file().getFileName().toString(), kept)));
        for (SetAsideFile file : drafts.list().setAside()) {
            entries.add(entry(SetAsideReport.Kind.DRAFT, file));
        }
        history.ifPresent(store -> store.setAside().forEach(file -> entries.add(entry(
                file.original().endsWith(".jsonl") ? SetAsideReport.Kind.HISTORY_LOG : SetAsideReport.Kind.HISTORY,
                file))));
        for (SetAsideFile file : layouts.checkAll()) {
            entries.add(entry(SetAsideReport.Kind.LAYOUTS, file));
        }
        entries.forEach(e -> LOG.warn("Unreadable {} file {} set aside as {}", e.kind(), e.original(), e.keptAs()));
        return new SetAsideReport(entries);
    }

    private static SetAsideReport.Entry entry(SetAsideReport.Kind kind, SetAsideFile file) {
        Path keptAs = file.folder().resolve(file.keptAs()).toAbsolutePath();
        return new SetAsideReport.Entry(kind, file.original(), keptAs);
    }
}
