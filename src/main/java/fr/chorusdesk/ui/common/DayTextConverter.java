package fr.chorusdesk.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ResourceBundle;
import javafx.util.StringConverter;

/**
 * A date picker's text in the interface language's pattern ({@code wizard.date.pattern}), not in
 * the system locale's: a French user types 04/03/2026 for 4 March on an English system too.
 * Unreadable text gives no date, which each field then explains.
 */
public final class DayTextConverter extends StringConverter<LocalDate> {

    private final DateTimeFormatter pattern;

    public DayTextConverter(ResourceBundle messages) {
        this.pattern = DateTimeFormatter.ofPattern(messages.getString("wizard.date.pattern"));
    }

    @Override
    public String toString(LocalDate date) {
        return date == null ? "" : date.format(pattern);
    }

    @Override
    public LocalDate fromString(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim(), pattern);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
