package fr.chorusdesk.ui.drafts;

import fr.chorusdesk.ui.common.EmptyState;
import java.util.ResourceBundle;
import javafx.scene.layout.StackPane;

/** "Brouillons": invoices prepared locally and not sent. */
public final class DraftsView extends StackPane {

    public DraftsView(ResourceBundle messages) {
        setId("drafts");
        getChildren().add(new EmptyState("draftsEmpty",
                messages.getString("drafts.empty.title"), messages.getString("drafts.empty.text")));
    }
}
