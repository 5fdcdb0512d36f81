package fr.chorusdesk.ui;

import java.util.ResourceBundle;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The bar under the menu that shows a {@link SetAsideNoticeModel}: a title, one line per file set
 * aside, a button that copies it all (paths included) and one that closes it.
 */
public final class SetAsideNoticeBar extends VBox {

    public SetAsideNoticeBar(SetAsideNoticeModel model, ResourceBundle messages) {
        super(4);
        setId("setAsideNotice");
        getStyleClass().add("warning-banner");
        setMaxWidth(Double.MAX_VALUE);
        Label title = new Label(model.title());
        title.setId("setAsideNoticeTitle");
        title.getStyleClass().add("notice-title");
        Button copy = new Button(messages.getString("setAside.notice.copy"));
        copy.setId("setAsideNoticeCopy");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(model.text());
            Clipboard.getSystemClipboard().setContent(content);
        });
        Button close = new Button(messages.getString("setAside.notice.close"));
        close.setId("setAsideNoticeClose");
        close.setOnAction(e -> model.dismiss());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(8, title, gap, copy, close);
        head.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(head);
        for (int i = 0; i < model.lines().size(); i++) {
            Label line = new Label(model.lines().get(i));
            line.setId("setAsideNoticeLine" + i);
            line.setWrapText(true);
            line.setMaxWidth(Double.MAX_VALUE);
            getChildren().add(line);
        }
        visibleProperty().bind(model.shownProperty());
        managedProperty().bind(visibleProperty());
    }
}
