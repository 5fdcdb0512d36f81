package fr.chorusdesk.pdf;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One line of the VAT breakdown: BT-116 basis, BT-117 amount, BT-118 category, BT-119 rate, and for
 * an exempt line BT-120 (the exemption's mention) and BT-121 (its VATEX code).
 */
public record VatBreakdown(Optional<BigDecimal> basis, Optional<BigDecimal> amount, Optional<String> category,
                           Optional<BigDecimal> ratePercent, Optional<String> exemptionReason,
                           Optional<String> exemptionReasonCode) {

    public VatBreakdown {
        exemptionReason = exemptionReason == null ? Optional.empty() : exemptionReason;
        exemptionReasonCode = exemptionReasonCode == null ? Optional.empty() : exemptionReasonCode;
    }

    /** A line without exemption data. */
    public VatBreakdown(Optional<BigDecimal> basis, Optional<BigDecimal> amount, Optional<String> category,
            Optional<BigDecimal> ratePercent) {
        this(basis, amount, category, ratePercent, Optional.empty(), Optional.empty());
    }
}
