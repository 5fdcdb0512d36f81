package fr.chorusdesk.ui;

import fr.chorusdesk.service.DraftService;
import fr.chorusdesk.service.HistoryActions;
import fr.chorusdesk.service.HistoryImport;
import fr.chorusdesk.service.HistoryService;
import fr.chorusdesk.service.StatusSyncService;
import fr.chorusdesk.service.SyncSchedule;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What the Brouillons and Historique tabs work with. The actions and the sync need a Chorus Pro
 * client; they are absent while the profile has none. {@code profileNames} turns a profile's id
 * into the name the user gave it (the id itself when unknown).
 */
public record DraftsAndHistory(DraftService drafts, HistoryService history, Optional<HistoryActions> actions,
                               Optional<StatusSyncService> sync, Optional<Importer> importer, Locale locale,
                               Optional<SyncSchedule> schedule, UnaryOperator<String> profileNames) {

    /** Imports the profile's invoices already on Chorus Pro, deposited between two days. */
    @FunctionalInterface
    public interface Importer {
        HistoryImport.Result run(LocalDate from, LocalDate to, HistoryImport.Progress progress) throws Exception;
    }

    public DraftsAndHistory(DraftService drafts, HistoryService history, Optional<HistoryActions> actions,
            Optional<StatusSyncService> sync, Locale locale) {
        this(drafts, history, actions, sync, Optional.empty(), locale);
    }

    public DraftsAndHistory(DraftService drafts, HistoryService history, Optional<HistoryActions> actions,
            Optional<StatusSyncService> sync, Optional<Importer> importer, Locale locale) {
        this(drafts, history, actions, sync, importer, locale, Optional.empty());
    }

    public DraftsAndHistory(DraftService drafts, HistoryService history, Optional<HistoryActions> actions,
            Optional<StatusSyncService> sync, Optional<Importer> importer, Locale locale,
            Optional<SyncSchedule> schedule) {
        this(drafts, history, actions, sync, importer, locale, schedule, UnaryOperator.identity());
    }

    public DraftsAndHistory {
        Objects.requireNonNull(importer, "importer");
        Objects.requireNonNull(drafts, "drafts");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(actions, "actions");
        Objects.requireNonNull(sync, "sync");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(profileNames, "profileNames");
    }
}
