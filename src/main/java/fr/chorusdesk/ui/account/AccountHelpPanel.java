package fr.chorusdesk.ui.account;

import java.util.ResourceBundle;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/** The guide beside the account form: PISTE application, technical account, connection check. */
final class AccountHelpPanel extends ScrollPane {

    static final double PREF_WIDTH = 320;
    static final double MIN_WIDTH = 240;

    private static final String[] SECTIONS = {"piste", "technical", "check"};

    AccountHelpPanel(ResourceBundle messages) {
        setId("accountHelp");
        getStyleClass().add("account-help");
        VBox box = new VBox(8);
        Label title = new Label(messages.getString("account.help.title"));
        title.getStyleClass().add("help-title");
        box.getChildren().add(title);
        for (String section : SECTIONS) {
            Label heading = new Label(messages.getString("account.help." + section + ".title"));
            heading.getStyleClass().add("help-heading");
            heading.setWrapText(true);
            Label text = new Label(messages.getString("account.help." + section + ".text"));
            text.setId("accountHelp-" + section);
            text.setWrapText(true);
            text.getStyleClass().add("help-text");
            box.getChildren().addAll(heading, text);
        }
        setContent(box);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        setPrefWidth(PREF_WIDTH);
        setMinWidth(MIN_WIDTH);
    }
}
