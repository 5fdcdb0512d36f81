package fr.chorusdesk.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * A French establishment number (SIRET): 14 digits, SIREN (9) + NIC (5), checked with Luhn.
 * La Poste's establishments (SIREN 356000000) are numbered outside Luhn: for them the sum of the
 * 14 digits must be a multiple of 5 instead (its head office 35600000000048 passes Luhn anyway).
 */
public record Siret(String value) {

    /** Digits in a SIRET. */
    public static final int LENGTH = 14;

    private static final String LA_POSTE_SIREN = "356000000";

    public Siret {
        Objects.requireNonNull(value, "value");
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not a valid SIRET: " + value);
        }
    }

    /** The SIRET when the text is exactly 14 digits passing the check, after removing spaces. */
    public static Optional<Siret> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String digits = text.replaceAll("[\\s\\u00a0\\u202f]", "");
        return isValid(digits) ? Optional.of(new Siret(digits)) : Optional.empty();
    }

    /** True for 14 digits passing Luhn, or the La Poste sum-of-digits rule. */
    public static boolean isValid(String digits) {
        if (digits == null || digits.length() != LENGTH || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        if (Luhn.passes(digits)) {
            return true;
        }
        return digits.startsWith(LA_POSTE_SIREN) && digitSum(digits) % 5 == 0;
    }

    public String siren() {
        return value.substring(0, 9);
    }

    private static int digitSum(String digits) {
        return digits.chars().map(c -> c - '0').sum();
    }

    @Override
    public String toString() {
        return value;
    }
}
