package fr.chorusdesk.ui.common;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;

/** Asks the user to confirm something that cannot be undone; tests answer it themselves. */
@FunctionalInterface
public interface Confirmation {

    boolean confirm(String title, String text);

    /** A modal dialog with OK / Annuler; Annuler is the default. */
    static Confirmation dialog() {
        return (title, text) -> {
            Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, ButtonType.OK, ButtonType.CANCEL);
            alert.setTitle(title);
            alert.setHeaderText(title);
            Optional<ButtonType> answer = alert.showAndWait();
            return answer.filter(ButtonType.OK::equals).isPresent();
        };
    }
}
