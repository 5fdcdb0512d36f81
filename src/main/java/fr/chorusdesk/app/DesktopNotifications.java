package fr.chorusdesk.app;

import fr.chorusdesk.service.StatusNotice;
import fr.chorusdesk.service.SyncReport;
import java.text.MessageFormat;
import java.util.List;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Consumer;

/**
 * Turns the status changes a sync found into one desktop notification: the invoice's sentence
 * for a single change, a count for several (a notification is read in a glance).
 */
final class DesktopNotifications implements Consumer<SyncReport> {

    /** Where a notification goes: the system tray, or a list in a test. */
    @FunctionalInterface
    interface Sink {
        void show(String title, String text);
    }

    private final ResourceBundle messages;
    private final Sink sink;

    DesktopNotifications(ResourceBundle messages, Sink sink) {
        this.messages = Objects.requireNonNull(messages);
        this.sink = Objects.requireNonNull(sink);
    }

    @Override
    public void accept(SyncReport report) {
        List<StatusNotice> changed = report.changed();
        if (changed.isEmpty()) {
            return;
        }
        String text = changed.size() == 1 ? changed.get(0).message()
                : MessageFormat.format(messages.getString("notification.many"), changed.size());
        sink.show(messages.getString("notification.title"), text);
    }
}
