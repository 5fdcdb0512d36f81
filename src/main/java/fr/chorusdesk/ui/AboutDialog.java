package fr.chorusdesk.ui;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.scene.control.Alert;
import javafx.stage.Window;

/** Aide → À propos. */
final class AboutDialog {

    private AboutDialog() {
    }

    static Alert create(Window owner, ResourceBundle messages, String version) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(messages.getString("about.title"));
        alert.setHeaderText(messages.getString("app.title") + " " + version);
        alert.setContentText(MessageFormat.format(messages.getString("about.text"),
                System.getProperty("java.version"), System.getProperty("javafx.runtime.version", "?")));
        alert.getDialogPane().setId("aboutDialog");
        return alert;
    }
}
