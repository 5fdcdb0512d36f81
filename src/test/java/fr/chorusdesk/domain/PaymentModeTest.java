package fr.chorusdesk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaymentModeTest {

    /** UNTDID 4461 codes (BT-81) and Chorus Pro's modePaiement, each from the code list's meaning. */
    @ParameterizedTest
    @CsvSource({
            "10, ESPECE",        // in cash
            "20, CHEQUE",        // cheque
            "30, VIREMENT",      // credit transfer
            "31, VIREMENT",      // debit transfer
            "42, VIREMENT",      // payment to bank account
            "58, VIREMENT",      // SEPA credit transfer
            "49, PRELEVEMENT",   // direct debit
            "59, PRELEVEMENT",   // SEPA direct debit
            "48, AUTRE",         // bank card: Chorus Pro has no such mode
            "ZZZ, AUTRE"})       // mutually defined
    void aPaymentMeansCodeBecomesChorusProsMode(String code, PaymentMode expected) {
        assertThat(PaymentMode.fromUntdid4461(code)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"''", "'  '"})
    void aBlankCodeSaysNothing(String code) {
        assertThat(PaymentMode.fromUntdid4461(code)).isEmpty();
    }
}
