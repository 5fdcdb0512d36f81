package fr.chorusdesk.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** One line of the VAT summary: rate in percent (20.00), taxable base and VAT amount, scale kept. */
public record VatLine(BigDecimal ratePercent, BigDecimal base, BigDecimal amount) {

    public VatLine {
        Objects.requireNonNull(ratePercent, "ratePercent");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(amount, "amount");
    }
}
