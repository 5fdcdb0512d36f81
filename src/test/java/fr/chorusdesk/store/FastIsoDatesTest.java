package fr.chorusdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The fast date readers give exactly what java.time's own parsers give, and refuse what they refuse. */
class FastIsoDatesTest {

    private final ObjectMapper mapper = JsonMapper.builder().addModule(FastIsoDates.module()).build();

    private <T> T read(String text, Class<T> type) throws Exception {
        return mapper.readValue("\"" + text + "\"", type);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-10T09:00:00Z", "2026-03-10T09:00:00.5Z", "2026-03-10T09:00:00.123456789Z",
            "2024-02-29T23:59:59.000001Z", "1970-01-01T00:00:00Z"})
    void instantsAsJavaTimeReadsThem(String text) throws Exception {
        assertThat(read(text, Instant.class)).isEqualTo(Instant.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-10T09:30", "2026-03-10T09:30:15", "2026-03-10T09:30:15.25",
            "2026-12-31T23:59:59.999999999"})
    void localDateTimesAsJavaTimeReadsThem(String text) throws Exception {
        assertThat(read(text, LocalDateTime.class)).isEqualTo(LocalDateTime.parse(text));
    }

    @Test
    void localDatesAndNulls() throws Exception {
        assertThat(read("2026-03-09", LocalDate.class)).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(read("+12026-03-09", LocalDate.class)).isEqualTo(LocalDate.parse("+12026-03-09"));
        assertThat(mapper.readValue("null", LocalDate.class)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30", "2026-13-01", "2026-3-9", "hier"})
    void invalidDatesAreRefused(String text) {
        assertThatThrownBy(() -> read(text, LocalDate.class)).isInstanceOf(InvalidFormatException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-10T25:00:00Z", "2026-03-10T09:00:00.1234567890Z", "2026-03-10 09:00:00Z"})
    void invalidInstantsAreRefused(String text) {
        assertThatThrownBy(() -> read(text, Instant.class)).isInstanceOf(InvalidFormatException.class);
    }
}
