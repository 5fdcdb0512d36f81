package fr.chorusdesk.chorus.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.datatype.jsr310.ser.LocalDateSerializer;
import com.fasterxml.jackson.datatype.jsr310.ser.LocalDateTimeSerializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The one ObjectMapper configuration for the Chorus Pro wire format, used by the client and the
 * sandbox alike: dates written {@code YYYY-MM-DD} (a time part once caused an HTTP 500 on
 * soumettre), dates read leniently, amounts as exact {@link java.math.BigDecimal}, unknown
 * properties ignored.
 */
public final class ChorusJson {

    /** Format of every date sent. */
    public static final DateTimeFormatter DATE_FORMAT = DateTimeFormatter.ISO_LOCAL_DATE;
    /** Format of every date-time written (by the sandbox; the client sends dates only). */
    public static final DateTimeFormatter DATE_TIME_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private ChorusJson() {
    }

    /** A new, fully configured mapper. Mappers are thread-safe: create one and share it. */
    public static ObjectMapper create() {
        SimpleModule dates = new SimpleModule("chorus-dates");
        dates.addSerializer(LocalDate.class, new LocalDateSerializer(DATE_FORMAT));
        dates.addDeserializer(LocalDate.class, new LenientDateDeserializer());
        dates.addSerializer(LocalDateTime.class, new LocalDateTimeSerializer(DATE_TIME_FORMAT));
        dates.addDeserializer(LocalDateTime.class, new LenientDateTimeDeserializer());
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(dates)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                // keep the scale of amounts (1000.00 stays 1000.00) when requests pass through a tree
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .build();
    }

    private static final class LenientDateDeserializer extends StdScalarDeserializer<LocalDate> {
        LenientDateDeserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = scalarText(p, ctxt);
            if (text == null) {
                return null;
            }
            return LenientDates.parseDate(text).orElseThrow(
                    () -> ctxt.weirdStringException(text, LocalDate.class, "unrecognised date"));
        }
    }

    private static final class LenientDateTimeDeserializer extends StdScalarDeserializer<LocalDateTime> {
        LenientDateTimeDeserializer() {
            super(LocalDateTime.class);
        }

        @Override
        public LocalDateTime deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = scalarText(p, ctxt);
            if (text == null) {
                return null;
            }
            return LenientDates.parseDateTime(text).orElseThrow(
                    () -> ctxt.weirdStringException(text, LocalDateTime.class, "unrecognised date-time"));
        }
    }

    private static String scalarText(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_STRING) {
            String s = p.getText().trim();
            return s.isEmpty() ? null : s;
        }
        if (t == JsonToken.VALUE_NUMBER_INT) {
            return Long.toString(p.getLongValue());
        }
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        return (String) ctxt.handleUnexpectedToken(String.class, p);
    }
}
