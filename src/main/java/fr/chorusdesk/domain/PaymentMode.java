package fr.chorusdesk.domain;

import java.util.Optional;
import java.util.Set;

/**
 * How the invoice is to be paid, in Chorus Pro's terms ({@code modePaiement}: the values of the
 * invoices Swagger). Read from a Factur-X's payment means (BT-81, a UNTDID 4461 code) or chosen.
 */
public enum PaymentMode {
    VIREMENT, CHEQUE, PRELEVEMENT, ESPECE, AUTRE, REPORT;

    private static final Set<String> TRANSFERS = Set.of("30", "31", "42", "58");
    private static final Set<String> DEBITS = Set.of("49", "59");

    /**
     * The mode of a UNTDID 4461 payment means code: 10 cash, 20 cheque, 30/31/42/58 credit
     * transfers, 49/59 direct debits; any other code (card, clearing, mutually defined…) is
     * {@link #AUTRE}, as Chorus Pro has no value for it. Empty for a blank code.
     */
    public static Optional<PaymentMode> fromUntdid4461(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String c = code.trim();
        if (c.equals("10")) {
            return Optional.of(ESPECE);
        }
        if (c.equals("20")) {
            return Optional.of(CHEQUE);
        }
        if (TRANSFERS.contains(c)) {
            return Optional.of(VIREMENT);
        }
        if (DEBITS.contains(c)) {
            return Optional.of(PRELEVEMENT);
        }
        return Optional.of(AUTRE);
    }
}
