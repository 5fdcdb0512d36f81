package fr.chorusdesk.ui.history;

import fr.chorusdesk.ui.common.EmptyState;
import java.util.ResourceBundle;
import javafx.scene.layout.StackPane;

/** "Historique": invoices sent to Chorus Pro and their status. */
public final class HistoryView extends StackPane {

    public HistoryView(ResourceBundle messages) {
        setId("history");
        getChildren().add(new EmptyState("historyEmpty",
                messages.getString("history.empty.title"), messages.getString("history.empty.text")));
    }
}
