package fr.chorusdesk.ui;

import fr.chorusdesk.service.SetAsideReport;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The notice that tells the user which of their files start-up found unreadable and set aside:
 * one sentence per file (what it was, where it is kept now, what it means), until dismissed.
 * Holds no {@code Node}.
 */
public final class SetAsideNoticeModel {

    private final String title;
    private final List<String> lines;
    private final ReadOnlyBooleanWrapper shown;

    public SetAsideNoticeModel(SetAsideReport report, ResourceBundle messages, Locale locale) {
        Objects.requireNonNull(report);
        this.title = messages.getString("setAside.notice.title");
        this.lines = report.messages(locale);
        this.shown = new ReadOnlyBooleanWrapper(!report.isEmpty());
    }

    public String title() {
        return title;
    }

    /** One sentence per file set aside. */
    public List<String> lines() {
        return lines;
    }

    /** The whole notice as plain text, for the clipboard (the paths are what support asks for). */
    public String text() {
        return title + "\n" + String.join("\n", lines);
    }

    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The user has read it: the notice goes (the files stay where they are). */
    public void dismiss() {
        shown.set(false);
    }
}
