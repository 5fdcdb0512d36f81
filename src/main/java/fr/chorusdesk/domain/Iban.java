package fr.chorusdesk.domain;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An International Bank Account Number (ISO 13616) that passes its mod-97 check, kept without
 * spaces and in capitals. Used to recognise the bank account a Factur-X names (BT-84) among the
 * supplier's Chorus Pro accounts.
 */
public record Iban(String value) {

    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    /** Country codes whose IBAN carries a French RIB: bank 5, branch 5, account 11, RIB key 2. */
    private static final java.util.Set<String> RIB_COUNTRIES = java.util.Set.of("FR", "MC", "GP", "MQ", "GF", "RE",
            "YT", "PM", "BL", "MF", "NC", "PF", "WF", "TF");

    public Iban {
        Objects.requireNonNull(value, "value");
        if (!valid(value)) {
            throw new IllegalArgumentException("not an IBAN");
        }
    }

    /** The IBAN written with or without spaces, in any case; empty when it fails the check. */
    public static Optional<Iban> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String compact = text.replaceAll("[\\s\\u00a0-]", "").toUpperCase(Locale.ROOT);
        return valid(compact) ? Optional.of(new Iban(compact)) : Optional.empty();
    }

    /**
     * The IBAN of the parts Chorus Pro gives of a bank account ({@code coordBancairesFournisseurCodePays},
     * {@code …CleIban}, {@code …CodeBanque}, {@code coordBancairesCodeGuichet}, {@code …CompteBancaire},
     * {@code …CleRib}). Public clients type some of them as numbers, so a French RIB's parts lost
     * their leading zeros there: they are padded back to their fixed widths. Empty when a part is
     * missing or the result fails the check, so a wrong guess is never made.
     */
    public static Optional<Iban> fromParts(String country, String checkDigits, String bank, String branch,
            String account, String ribKey) {
        if (blank(country) || blank(checkDigits) || blank(account)) {
            return Optional.empty();
        }
        String c = country.trim().toUpperCase(Locale.ROOT);
        if (RIB_COUNTRIES.contains(c)) {
            if (blank(bank) || blank(branch) || blank(ribKey)) {
                return Optional.empty();
            }
            return parse(c + pad(checkDigits, 2) + pad(bank, 5) + pad(branch, 5) + pad(account, 11) + pad(ribKey, 2));
        }
        return parse(c + pad(checkDigits, 2) + trim(bank) + trim(branch) + account.trim() + trim(ribKey));
    }

    /** « FR76 3000 6000 0112 3456 7890 189 », as banks print it. */
    public String grouped() {
        StringBuilder out = new StringBuilder(value.length() + value.length() / 4);
        for (int i = 0; i < value.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                out.append(' ');
            }
            out.append(value.charAt(i));
        }
        return out.toString();
    }

    /** « FR76 … 0189 »: enough to recognise the account, short enough for a line. */
    public String shortened() {
        return value.substring(0, 4) + " … " + value.substring(value.length() - 4);
    }

    @Override
    public String toString() {
        return grouped();
    }

    static boolean valid(String compact) {
        if (compact.length() < 15 || compact.length() > 34 || !compact.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]+")) {
            return false;
        }
        String rearranged = compact.substring(4) + compact.substring(0, 4);
        StringBuilder digits = new StringBuilder(rearranged.length() * 2);
        for (char ch : rearranged.toCharArray()) {
            digits.append(Character.isDigit(ch) ? String.valueOf(ch) : String.valueOf(ch - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue() == 1;
    }

    private static String pad(String part, int width) {
        String t = part.trim();
        return t.length() >= width ? t : "0".repeat(width - t.length()) + t;
    }

    private static String trim(String part) {
        return part == null ? "" : part.trim();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
