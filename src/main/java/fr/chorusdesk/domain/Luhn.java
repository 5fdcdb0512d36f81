package fr.chorusdesk.domain;

/** The Luhn (mod 10) check used by SIREN and SIRET numbers. */
public final class Luhn {

    private Luhn() {
    }

    /** True when the digit string passes; false for an empty string or any non-digit. */
    public static boolean passes(String digits) {
        if (digits == null || digits.isEmpty()) {
            return false;
        }
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            int d = c - '0';
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }
}
