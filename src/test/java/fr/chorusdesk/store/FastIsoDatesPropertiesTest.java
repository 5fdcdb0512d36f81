package fr.chorusdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import fr.chorusdesk.testing.RunSize;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.concurrent.Callable;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * The fast readers of the history's dates say exactly what {@code java.time}'s own parsers say,
 * on generated texts shaped like dates: the same value, or a refusal where they refuse (the
 * independent source is the JDK, not this code).
 */
@AddLifecycleHook(RunSize.class)
class FastIsoDatesPropertiesTest {

    private final ObjectMapper mapper = JsonMapper.builder().addModule(FastIsoDates.module()).build();

    @Property(tries = 300)
    void aDateReadsAsJavaTimeReadsIt(@ForAll("dates") String text) {
        assertThat(fast(text, LocalDate.class)).isEqualTo(jdk(() -> LocalDate.parse(text)));
    }

    @Property(tries = 300)
    void aLocalDateTimeReadsAsJavaTimeReadsIt(@ForAll("dateTimes") String text) {
        assertThat(fast(text, LocalDateTime.class)).isEqualTo(jdk(() -> LocalDateTime.parse(text)));
    }

    @Property(tries = 300)
    void anInstantReadsAsJavaTimeReadsIt(@ForAll("dateTimes") String text) {
        assertThat(fast(text + "Z", Instant.class)).isEqualTo(jdk(() -> Instant.parse(text + "Z")));
    }

    /** The value read, or empty when the reader refused the text. */
    private <T> Optional<T> fast(String text, Class<T> type) {
        try {
            return Optional.of(mapper.readValue("\"" + text + "\"", type));
        } catch (InvalidFormatException refused) {
            return Optional.empty();
        } catch (Exception other) {
            throw new AssertionError("not a refusal: " + other, other);
        }
    }

    private static <T> Optional<T> jdk(Callable<T> parse) {
        try {
            return Optional.of(parse.call());
        } catch (java.time.DateTimeException refused) {
            return Optional.empty();
        } catch (Exception other) {
            throw new AssertionError(other);
        }
    }

    /** Mostly well-formed, sometimes impossible (month 13, 30 February), sometimes off by a character. */
    @Provide
    Arbitrary<String> dates() {
        Arbitrary<String> shaped = Combinators.combine(digits(4, 0, 9999), digits(2, 0, 19), digits(2, 0, 39))
                .as((y, m, d) -> y + "-" + m + "-" + d);
        return Arbitraries.oneOf(shaped, shaped.map(FastIsoDatesPropertiesTest::damage));
    }

    @Provide
    Arbitrary<String> dateTimes() {
        Arbitrary<String> fraction = Arbitraries.strings().withChars('0', '9').ofMinLength(0).ofMaxLength(11)
                .map(f -> f.isEmpty() ? "" : "." + f);
        Arbitrary<String> time = Combinators.combine(digits(2, 0, 29), digits(2, 0, 69), digits(2, 0, 69), fraction,
                Arbitraries.of(true, false))
                .as((h, min, s, f, withSeconds) -> h + ":" + min + (withSeconds ? ":" + s + f : ""));
        Arbitrary<String> shaped = Combinators.combine(dates(), time).as((d, t) -> d + "T" + t);
        return Arbitraries.oneOf(shaped, shaped.map(FastIsoDatesPropertiesTest::damage));
    }

    private static Arbitrary<String> digits(int width, int min, int max) {
        return Arbitraries.integers().between(min, max).map(n -> String.format("%0" + width + "d", n));
    }

    /** One character replaced by one a date may hold (digit, dash, colon, letter, space). */
    private static String damage(String text) {
        int at = Math.floorMod(text.hashCode(), text.length());
        char with = "0-:T Z9x".charAt(Math.floorMod(text.hashCode() / 7, 8));
        return text.substring(0, at) + with + text.substring(at + 1);
    }
}
