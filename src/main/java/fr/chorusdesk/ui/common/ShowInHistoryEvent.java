package fr.chorusdesk.ui.common;

import java.util.Objects;
import javafx.event.Event;
import javafx.event.EventType;

/**
 * Asks the window to show one invoice of the history (a link in the wizard to an invoice already
 * sent under the same number). Fired by the node of the link; bubbles up to the main window, which
 * opens the Historique tab on that invoice, so the wizard needs no reference to the tab.
 */
public final class ShowInHistoryEvent extends Event {

    private static final long serialVersionUID = 1L;

    public static final EventType<ShowInHistoryEvent> SHOW = new EventType<>(Event.ANY, "SHOW_IN_HISTORY");

    private final String historyId;

    public ShowInHistoryEvent(String historyId) {
        super(SHOW);
        this.historyId = Objects.requireNonNull(historyId);
    }

    public String historyId() {
        return historyId;
    }
}
