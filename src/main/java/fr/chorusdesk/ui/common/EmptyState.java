package fr.chorusdesk.ui.common;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** What an empty list says: what will appear here and how to get it there. */
public final class EmptyState extends VBox {

    public EmptyState(String id, String title, String explanation) {
        setId(id);
        getStyleClass().add("empty-state");
        setAlignment(Pos.CENTER);
        setSpacing(8);
        Label heading = new Label(title);
        heading.getStyleClass().add("empty-title");
        Label text = new Label(explanation);
        text.setWrapText(true);
        text.getStyleClass().add("empty-text");
        text.setMaxWidth(520);
        getChildren().addAll(heading, text);
    }
}
