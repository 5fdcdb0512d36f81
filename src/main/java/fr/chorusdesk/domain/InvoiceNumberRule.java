package fr.chorusdesk.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chorus Pro's rule for the supplier's invoice number ({@code numeroFactureSaisi}): at most
 * {@link ChorusLimits#MAX_INVOICE_NUMBER_LENGTH} characters, letters and digits plus
 * {@code - _ / +}, and not merely a date (the platform's good-practice page "Bien renseigner son
 * numéro de facture" gives {@code 20230305} as what not to do). Uniqueness per supplier and year
 * needs the platform's records and is checked there, not here.
 *
 * <p>Meant as the one rule for the wizard, the drafts and the sandbox, so they can never
 * disagree; nothing calls it yet (the sandbox checks length and characters in its own
 * {@code InvoiceRules}).
 */
public final class InvoiceNumberRule {

    /** Why a number is refused, in the order the checks run. */
    public enum Problem {
        /** Nothing but blanks. */
        EMPTY,
        /** Longer than {@link ChorusLimits#MAX_INVOICE_NUMBER_LENGTH}. */
        TOO_LONG,
        /** A character outside letters, digits and {@code - _ / +} (spaces and accents included). */
        FORBIDDEN_CHARACTERS,
        /** Only a date, such as {@code 20260305}, {@code 05032026} or {@code 2026-03-05}. */
        ONLY_A_DATE
    }

    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9_/+-]+");
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})[-/_]?(\\d{2})[-/_]?(\\d{2})");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{2})[-/_]?(\\d{2})[-/_]?(\\d{4})");

    private InvoiceNumberRule() {
    }

    /** The first problem with the number, or empty when Chorus Pro would take it. */
    public static Optional<Problem> check(String number) {
        if (number == null || number.isBlank()) {
            return Optional.of(Problem.EMPTY);
        }
        if (number.length() > ChorusLimits.MAX_INVOICE_NUMBER_LENGTH) {
            return Optional.of(Problem.TOO_LONG);
        }
        if (!ALLOWED.matcher(number).matches()) {
            return Optional.of(Problem.FORBIDDEN_CHARACTERS);
        }
        if (isOnlyADate(number)) {
            return Optional.of(Problem.ONLY_A_DATE);
        }
        return Optional.empty();
    }

    public static boolean isValid(String number) {
        return check(number).isEmpty();
    }

    private static boolean isOnlyADate(String number) {
        Matcher yearFirst = YEAR_FIRST.matcher(number);
        if (yearFirst.matches() && isDate(yearFirst.group(1), yearFirst.group(2), yearFirst.group(3))) {
            return true;
        }
        Matcher dayFirst = DAY_FIRST.matcher(number);
        return dayFirst.matches() && isDate(dayFirst.group(3), dayFirst.group(2), dayFirst.group(1));
    }

    private static boolean isDate(String year, String month, String day) {
        try {
            LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
