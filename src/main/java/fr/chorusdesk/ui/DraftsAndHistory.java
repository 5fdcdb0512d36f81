package fr.chorusdesk.ui;

import fr.chorusdesk.service.DraftService;
import fr.chorusdesk.service.HistoryActions;
import fr.chorusdesk.service.HistoryService;
import fr.chorusdesk.service.StatusSyncService;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What the Brouillons and Historique tabs work with. The actions and the sync need a Chorus Pro
 * client; they are absent while the profile has none.
 */
public record DraftsAndHistory(DraftService drafts, HistoryService history, Optional<HistoryActions> actions,
                               Optional<StatusSyncService> sync, Locale locale) {

    public DraftsAndHistory {
        Objects.requireNonNull(drafts, "drafts");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(actions, "actions");
        Objects.requireNonNull(sync, "sync");
        Objects.requireNonNull(locale, "locale");
    }
}
