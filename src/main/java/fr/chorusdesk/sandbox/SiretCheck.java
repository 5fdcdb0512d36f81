package fr.chorusdesk.sandbox;

/**
 * SIRET validity as INSEE defines it: 14 digits passing Luhn, except La Poste's establishments
 * (SIREN 356000000), whose digits must add up to a multiple of 5.
 */
public final class SiretCheck {

    private static final String LA_POSTE_SIREN = "356000000";
    // La Poste's head office follows the ordinary Luhn rule.
    private static final String LA_POSTE_HEAD_OFFICE = "35600000000048";

    private SiretCheck() {
    }

    public static boolean isValid(String siret) {
        if (siret == null || !siret.matches("\\d{14}")) {
            return false;
        }
        if (siret.startsWith(LA_POSTE_SIREN) && !siret.equals(LA_POSTE_HEAD_OFFICE)) {
            return digitSum(siret) % 5 == 0;
        }
        return luhn(siret);
    }

    static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    private static int digitSum(String digits) {
        return digits.chars().map(c -> c - '0').sum();
    }
}
