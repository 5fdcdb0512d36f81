package fr.chorusdesk.testing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * The generators every boundary shares: text that breaks naive code (odd Unicode, control
 * characters, lone surrogates, very long), numbers at and past every limit, and damage to bytes.
 * Each is a jqwik {@link Arbitrary}, so failures shrink to the shortest string, the smallest
 * number, the first damage.
 */
public final class HostileValues {

    /** Text that is valid but unusual: accents, ligatures, scripts, emoji, joiners, direction marks. */
    private static final List<String> ODD_TEXTS = List.of(
            "é", "Œuvre", "ß", "İ", "ǅ", "ﬁ", "中文", "العربية", "עברית", "🧾", "👩‍💻", "🇫🇷",
            "e\u0301", "\u200b", "\u200d", "\u2028", "\u2029", "\u202e", "\u00a0", "\u202f", "\ufeff",
            "\u0000", "\u0007", "\u001b[31m", "\t", "\r\n", "\\", "\"", "'", "’", "<script>", "&amp;", "%s", "%n",
            "${x}", "{{x}}", "../..", "C:\\", "NaN", "null", "true", "-0", "1e9999", "؉", "\ud83d\ude00");

    /** UTF-16 that is not text: lone halves of a surrogate pair, reversed pairs, noncharacters. */
    private static final List<String> BROKEN_TEXTS = List.of(
            "\ud800", "\udfff", "\udc00\ud800", "a\ud83d", "\ud83db", "\uffff", "\ufffe");

    private HostileValues() {
    }

    /** Any string a hostile file or peer could carry, short ones first when shrinking. */
    public static Arbitrary<String> strings() {
        return Weighted.pick(
                Weighted.of(30, Arbitraries.strings().ofMaxLength(12)),
                Weighted.of(15, Arbitraries.strings().all().ofMaxLength(40)),
                Weighted.of(15, Arbitraries.of(ODD_TEXTS)),
                Weighted.of(10, Arbitraries.of(ODD_TEXTS).list().ofMinSize(2).ofMaxSize(6).map(l -> String.join("", l))),
                Weighted.of(8, Arbitraries.of(BROKEN_TEXTS)),
                Weighted.of(8, longStrings()),
                Weighted.of(4, Arbitraries.just("")),
                Weighted.of(4, Arbitraries.strings().whitespace().ofMinLength(1).ofMaxLength(5)));
    }

    /** Like {@link #strings()} without the very long ones: pieces of a larger generated text. */
    public static Arbitrary<String> shortStrings() {
        return strings().filter(s -> s.length() <= 1_000);
    }

    /** Text that is valid UTF-16 (no lone surrogates): what a well-formed JSON or XML file can hold. */
    public static Arbitrary<String> wellFormedStrings() {
        return strings().map(HostileValues::withoutLoneSurrogates);
    }

    /** 1,000 to 200,000 characters: a name, a label or a number nobody types. */
    public static Arbitrary<String> longStrings() {
        return Arbitraries.integers().between(1_000, 200_000)
                .flatMap(n -> Arbitraries.of("A", "9", "é", "€", "🧾", " ").map(unit -> unit.repeat(n / unit.length())));
    }

    /** Numbers as JSON text may carry them: usual amounts, limits of int, long and double, and beyond. */
    public static Arbitrary<BigDecimal> numbers() {
        return Weighted.pick(
                Weighted.of(30, Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100000"))
                        .ofScale(2)),
                Weighted.of(10, Arbitraries.bigDecimals().between(new BigDecimal("-1000"), new BigDecimal("1000"))
                        .ofScale(6)),
                Weighted.of(20, Arbitraries.of(
                        BigDecimal.ZERO, new BigDecimal("-0.00"), BigDecimal.ONE.negate(),
                        BigDecimal.valueOf(Integer.MAX_VALUE), BigDecimal.valueOf(Integer.MIN_VALUE),
                        BigDecimal.valueOf(Integer.MAX_VALUE).add(BigDecimal.ONE),
                        BigDecimal.valueOf(Long.MAX_VALUE), BigDecimal.valueOf(Long.MIN_VALUE),
                        new BigDecimal(BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE)),
                        new BigDecimal("1.7976931348623157E+308"), new BigDecimal("4.9E-324"),
                        new BigDecimal("1E+309"), new BigDecimal("0.000000000000000000001"),
                        new BigDecimal("99999999999999999999999999999999999999.99"))),
                Weighted.of(10, Arbitraries.integers().between(-999_999_999, 999_999_999)
                        .map(e -> BigDecimal.ONE.scaleByPowerOfTen(e))),
                Weighted.of(5, Arbitraries.integers().between(300, 2_000)
                        .map(digits -> new BigDecimal("9".repeat(digits)))));
    }

    /** Longs, edges included: the ids of a Chorus Pro request. */
    public static Arbitrary<Long> longs() {
        return Weighted.pick(
                Weighted.of(6, Arbitraries.longs()),
                Weighted.of(4, Arbitraries.of(0L, -1L, 1L, (long) Integer.MAX_VALUE, Integer.MAX_VALUE + 1L,
                        Long.MAX_VALUE, Long.MIN_VALUE)));
    }

    /** Replaces each lone surrogate by U+FFFD, as a correct UTF-8 encoder would. */
    public static String withoutLoneSurrogates(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                out.append('\ufffd');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

}
