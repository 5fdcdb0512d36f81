package fr.chorusdesk.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Reads the ISO-8601 dates the history writes ({@code 2026-03-10}, {@code 2026-03-10T09:30:00},
 * {@code 2026-03-10T08:30:00.123Z}) by their fixed positions, falling back to {@code java.time}'s
 * parsers for any other form. A history of 10,000 invoices holds over 100,000 dates, and the
 * formatter-based parsers were most of the time spent opening it (docs/benchmarks.md).
 */
final class FastIsoDates {

    private FastIsoDates() {
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("FastIsoDates");
        module.addDeserializer(LocalDate.class, new JsonDeserializer<>() {
            @Override
            public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return text(p, ctxt, LocalDate.class) == null ? null : localDate(p.getText(), p, ctxt);
            }
        });
        module.addDeserializer(LocalDateTime.class, new JsonDeserializer<>() {
            @Override
            public LocalDateTime deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return text(p, ctxt, LocalDateTime.class) == null ? null : localDateTime(p.getText(), p, ctxt);
            }
        });
        module.addDeserializer(Instant.class, new JsonDeserializer<>() {
            @Override
            public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (text(p, ctxt, Instant.class) == null) {
                    return null;
                }
                String s = p.getText();
                try {
                    if (s.length() >= 20 && s.charAt(s.length() - 1) == 'Z') {
                        LocalDateTime time = fixedDateTime(s, s.length() - 1);
                        if (time != null) {
                            return time.toInstant(ZoneOffset.UTC);
                        }
                    }
                    return Instant.parse(s);
                } catch (java.time.DateTimeException e) {
                    throw ctxt.weirdStringException(s, Instant.class, e.getMessage());
                }
            }
        });
        return module;
    }

    private static String text(JsonParser p, DeserializationContext ctxt, Class<?> type) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            return (String) ctxt.handleUnexpectedToken(type, p);
        }
        return p.getText();
    }

    private static LocalDate localDate(String s, JsonParser p, DeserializationContext ctxt) throws IOException {
        try {
            if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-' && digits(s, 0, 4) >= 0
                    && digits(s, 5, 7) >= 0 && digits(s, 8, 10) >= 0) {
                return LocalDate.of(digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10));
            }
            return LocalDate.parse(s);
        } catch (java.time.DateTimeException e) {
            throw ctxt.weirdStringException(s, LocalDate.class, e.getMessage());
        }
    }

    private static LocalDateTime localDateTime(String s, JsonParser p, DeserializationContext ctxt)
            throws IOException {
        try {
            LocalDateTime time = fixedDateTime(s, s.length());
            return time != null ? time : LocalDateTime.parse(s);
        } catch (java.time.DateTimeException e) {
            throw ctxt.weirdStringException(s, LocalDateTime.class, e.getMessage());
        }
    }

    /** {@code yyyy-MM-ddTHH:mm[:ss[.fraction]]} in {@code s[0, end)}, or null for another form. */
    private static LocalDateTime fixedDateTime(String s, int end) {
        if (end < 16 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        int hour = digits(s, 11, 13);
        int minute = digits(s, 14, 16);
        int second = 0;
        int nanos = 0;
        if (end > 16) {
            if (end < 19 || s.charAt(16) != ':') {
                return null;
            }
            second = digits(s, 17, 19);
            if (end > 19) {
                int fraction = end - 20;
                if (s.charAt(19) != '.' || fraction < 1 || fraction > 9) {
                    return null;
                }
                nanos = digits(s, 20, end);
                for (int i = fraction; i < 9; i++) {
                    nanos *= 10;
                }
            }
        }
        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 || nanos < 0) {
            return null;
        }
        return LocalDateTime.of(year, month, day, hour, minute, second, nanos);
    }

    /** The decimal number in {@code s[from, to)}, or -1 when a character is not a digit. */
    private static int digits(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
