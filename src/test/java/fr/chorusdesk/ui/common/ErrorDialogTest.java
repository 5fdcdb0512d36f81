package fr.chorusdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ErrorDialogTest {

    private final ResourceBundle messages = ResourceBundle.getBundle("fr.chorusdesk.i18n.messages", Locale.FRENCH);
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 300, 200));
        stage.show();
    }

    @Test
    void showsAShortMessageAndCopyableDetails(FxRobot robot) {
        AtomicReference<Alert> alert = new AtomicReference<>();
        robot.interact(() -> {
            alert.set(new ErrorDialog(messages).create(stage, "Le fichier est illisible.",
                    new IllegalStateException("root cause")));
            alert.get().show();
        });
        assertThat(alert.get().getContentText()).isEqualTo("Le fichier est illisible.");
        TextArea details = (TextArea) alert.get().getDialogPane().getExpandableContent();
        assertThat(details.getText()).contains("IllegalStateException: root cause");

        ButtonType copy = alert.get().getButtonTypes().get(0);
        assertThat(copy.getText()).isEqualTo("Copier les détails");
        robot.interact(() -> Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, "before")));
        robot.clickOn(copy.getText());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(alert.get().isShowing()).as("copy keeps the dialog open").isTrue();
        // the clipboard belongs to the FX thread: read it there
        AtomicReference<String> copied = new AtomicReference<>();
        robot.interact(() -> copied.set(Clipboard.getSystemClipboard().getString()));
        assertThat(copied.get()).as("the message, then the stack trace, for support")
                .startsWith("Le fichier est illisible." + System.lineSeparator()
                        + "java.lang.IllegalStateException: root cause")
                .contains("at fr.chorusdesk.ui.common.ErrorDialogTest");
        robot.interact(() -> alert.get().close());
    }

    @Test
    void uncaughtErrorsEndInTheDialog(FxRobot robot) {
        UncaughtErrorHandler handler = new UncaughtErrorHandler(messages, () -> stage);
        handler.uncaughtException(Thread.currentThread(), new IllegalArgumentException("unexpected"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(messages.getString("error.unexpected")).tryQuery()).isPresent();
        robot.clickOn(messages.getString("error.copy"));
        robot.interact(() -> robot.listTargetWindows().stream()
                .filter(w -> w != stage && w instanceof Stage).forEach(w -> ((Stage) w).close()));
    }
}
