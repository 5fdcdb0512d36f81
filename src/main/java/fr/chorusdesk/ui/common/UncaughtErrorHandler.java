package fr.chorusdesk.ui.common;

import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Last line of defence: any exception nobody caught is logged with its stack trace and shown
 * once in the error dialog, instead of vanishing or killing the window.
 */
public final class UncaughtErrorHandler implements Thread.UncaughtExceptionHandler {

    private final ResourceBundle messages;
    private final Supplier<Window> owner;
    private final AtomicBoolean showing = new AtomicBoolean();

    public UncaughtErrorHandler(ResourceBundle messages, Supplier<Window> owner) {
        this.messages = messages;
        this.owner = owner;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable failure) {
        Logger log = LoggerFactory.getLogger(UncaughtErrorHandler.class);
        log.error("Unexpected error on thread {}", thread.getName(), failure);
        // always deferred: showing a dialog inside a layout or animation pulse is forbidden
        Platform.runLater(() -> show(failure));
    }

    private void show(Throwable failure) {
        // a burst of identical failures (e.g. in a layout pass) must not stack up dialogs
        if (!showing.compareAndSet(false, true)) {
            return;
        }
        var alert = new ErrorDialog(messages).create(owner.get(), messages.getString("error.unexpected"), failure);
        alert.setOnHidden(event -> showing.set(false));
        alert.show();
    }
}
