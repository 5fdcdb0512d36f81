package fr.chorusdesk.ui.common;

import fr.chorusdesk.domain.DisplayFormats;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import javafx.util.StringConverter;

/**
 * A date picker's text as every date of the app is written ({@link DisplayFormats#DAY}), not in
 * the system locale's pattern: a French user types 04/03/2026 for 4 March on an English system too.
 * Unreadable text gives no date, which each field then explains.
 */
public final class DayTextConverter extends StringConverter<LocalDate> {

    private final DateTimeFormatter pattern = DisplayFormats.DAY;

    public DayTextConverter() {
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
