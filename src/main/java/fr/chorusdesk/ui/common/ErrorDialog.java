package fr.chorusdesk.ui.common;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ResourceBundle;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;

/**
 * The one error dialog: a short French message on top, the technical details folded below and
 * copyable for support. Callers log the failure before showing it.
 */
public final class ErrorDialog {

    private final ResourceBundle messages;

    public ErrorDialog(ResourceBundle messages) {
        this.messages = messages;
    }

    public Alert create(Window owner, String message, Throwable details) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        // a window without a scene (start-up failure) cannot own a dialog
        if (owner != null && owner.getScene() != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(messages.getString("error.title"));
        alert.setHeaderText(messages.getString("error.header"));
        alert.setContentText(message);
        TextArea text = new TextArea(detailsOf(details));
        text.setId("errorDetails");
        text.setEditable(false);
        text.setWrapText(false);
        text.setPrefRowCount(12);
        alert.getDialogPane().setExpandableContent(text);
        ButtonType copy = new ButtonType(messages.getString("error.copy"), ButtonBar.ButtonData.LEFT);
        alert.getButtonTypes().setAll(copy, ButtonType.CLOSE);
        // the copy button must not close the dialog
        alert.getDialogPane().lookupButton(copy).addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(message + System.lineSeparator() + text.getText());
            Clipboard.getSystemClipboard().setContent(content);
            event.consume();
        });
        return alert;
    }

    static String detailsOf(Throwable failure) {
        if (failure == null) {
            return "";
        }
        StringWriter out = new StringWriter();
        failure.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
