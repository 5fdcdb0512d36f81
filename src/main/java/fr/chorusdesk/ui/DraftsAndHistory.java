package fr.chorusdesk.ui;

import fr.chorusdesk.service.DraftService;
import fr.chorusdesk.service.HistoryActions;
import fr.chorusdesk.service.HistoryService;
import fr.chorusdesk.service.StatusSyncService;
import fr.chorusdesk.service.SyncSchedule;
import fr.chorusdesk.ui.history.HistoryImporter;
import fr.chorusdesk.ui.history.HistoryModel;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What the Brouillons and Historique tabs work with. The actions and the sync need a Chorus Pro
 * client; they are absent while the profile has none. {@code profileNames} turns a profile's id
 * into the name the user gave it (the id itself when unknown); {@code files} opens a PDF sent with
 * the desktop's reader; {@code bankAccounts} names a profile's bank account by its Chorus Pro id.
 */
public record DraftsAndHistory(DraftService drafts, HistoryService history, Optional<HistoryActions> actions,
                               Optional<StatusSyncService> sync, Optional<HistoryImporter> importer, Locale locale,
                               Optional<SyncSchedule> schedule, UnaryOperator<String> profileNames,
                               HistoryModel.FileOpener files, HistoryModel.BankAccountNames bankAccounts) {

    /** No desktop to open a file with (tests): the PDF sent is not opened. */
    public static final HistoryModel.FileOpener NO_DESKTOP = file -> {
        throw new UnsupportedOperationException("no desktop to open " + file);
    };

    public DraftsAndHistory(DraftService drafts, HistoryService history, Optional<HistoryActions> actions,
            Optional<StatusSyncService> sync, Locale locale) {
        this(drafts, history, actions, sync, Optional.empty(), locale);
    }

    public DraftsAndHistory(DraftService drafts, HistoryService history, Optional<HistoryActions> actions,
            Optional<StatusSyncService> sync, Optional<HistoryImporter> importer, Locale locale) {
        this(drafts, history, actions, sync, importer, locale, Optional.empty());
    }

    public DraftsAndHistory(DraftService drafts, HistoryService history, Optional<HistoryActions> actions,
            Optional<StatusSyncService> sync, Optional<HistoryImporter> importer, Locale locale,
            Optional<SyncSchedule> schedule) {
        this(drafts, history, actions, sync, importer, locale, schedule, UnaryOperator.identity(), NO_DESKTOP,
                HistoryModel.BankAccountNames.NONE);
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
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(bankAccounts, "bankAccounts");
    }

    /** The Historique tab's sources. */
    public HistoryModel.Sources historySources() {
        return new HistoryModel.Sources(history, actions, sync, importer, schedule, profileNames, files, bankAccounts);
    }
}
