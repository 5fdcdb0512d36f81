package fr.chorusdesk.chorus.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * Chorus Pro answers with several date shapes ({@code 2025-03-14}, {@code 2025-03-14 10:42},
 * {@code 2018-02-16T15:10:25.536+01:00}...). This reads all of them; an offset is kept as the
 * wall-clock time it denotes at that offset, since the platform speaks French local time.
 */
public final class LenientDates {

    /** Zone used to read epoch-millisecond numbers, the only shape with no local time of its own. */
    public static final ZoneId CHORUS_ZONE = fr.chorusdesk.domain.PlatformTime.ZONE;

    private static final List<DateTimeFormatter> LOCAL_DATE_TIMES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss][.SSS]"),
            DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm[:ss]"));

    private static final List<DateTimeFormatter> LOCAL_DATES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("dd/MM/yyyy"),
            DateTimeFormatter.BASIC_ISO_DATE);

    private LenientDates() {
    }

    public static Optional<LocalDateTime> parseDateTime(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = text.trim();
        if (s.chars().allMatch(Character::isDigit) && s.length() > 8) {
            return Optional.of(LocalDateTime.ofInstant(Instant.ofEpochMilli(Long.parseLong(s)), CHORUS_ZONE));
        }
        try {
            return Optional.of(OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toLocalDateTime());
        } catch (DateTimeParseException ignored) {
            // try the next shape
        }
        try {
            return Optional.of(ZonedDateTime.parse(s, DateTimeFormatter.ISO_ZONED_DATE_TIME).toLocalDateTime());
        } catch (DateTimeParseException ignored) {
            // try the next shape
        }
        for (DateTimeFormatter f : LOCAL_DATE_TIMES) {
            try {
                return Optional.of(LocalDateTime.parse(s, f));
            } catch (DateTimeParseException ignored) {
                // try the next shape
            }
        }
        for (DateTimeFormatter f : LOCAL_DATES) {
            try {
                return Optional.of(LocalDate.parse(s, f).atStartOfDay());
            } catch (DateTimeParseException ignored) {
                // try the next shape
            }
        }
        return Optional.empty();
    }

    public static Optional<LocalDate> parseDate(String text) {
        return parseDateTime(text).map(LocalDateTime::toLocalDate);
    }
}
