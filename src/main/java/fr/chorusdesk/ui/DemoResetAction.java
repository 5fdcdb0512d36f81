package fr.chorusdesk.ui;

import fr.chorusdesk.service.DemoSandboxService;
import fr.chorusdesk.ui.common.ErrorDialog;
import fr.chorusdesk.ui.common.TaskRunner;
import java.util.ResourceBundle;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.slf4j.LoggerFactory;

/** Démonstration → Réinitialiser le bac à sable: asks first, resets off the FX thread, says so. */
final class DemoResetAction {

    private final ResourceBundle messages;
    private final TaskRunner tasks;
    private final DemoSandboxService sandbox;

    DemoResetAction(ResourceBundle messages, TaskRunner tasks, DemoSandboxService sandbox) {
        this.messages = messages;
        this.tasks = tasks;
        this.sandbox = sandbox;
    }

    void run(Stage owner) {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, messages.getString("demo.reset.confirm.text"),
                ButtonType.OK, ButtonType.CANCEL);
        confirm.initOwner(owner);
        confirm.setTitle(messages.getString("demo.reset.title"));
        confirm.setHeaderText(messages.getString("demo.reset.confirm.header"));
        confirm.getDialogPane().setId("demoResetConfirm");
        // a destructive action: Enter must not confirm it by accident
        ((javafx.scene.control.Button) confirm.getDialogPane().lookupButton(ButtonType.OK)).setDefaultButton(false);
        ((javafx.scene.control.Button) confirm.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        if (confirm.showAndWait().filter(ButtonType.OK::equals).isEmpty()) {
            return;
        }
        tasks.run(() -> {
            sandbox.reset();
            return true;
        }, done -> {
            Alert info = new Alert(Alert.AlertType.INFORMATION, messages.getString("demo.reset.done"));
            info.initOwner(owner);
            info.setHeaderText(null);
            info.setTitle(messages.getString("demo.reset.title"));
            info.getDialogPane().setId("demoResetDone");
            info.show();
        }, failure -> {
            LoggerFactory.getLogger(DemoResetAction.class).error("Sandbox reset failed", failure);
            new ErrorDialog(messages).create(owner, messages.getString("demo.reset.failed"), failure).show();
        });
    }
}
