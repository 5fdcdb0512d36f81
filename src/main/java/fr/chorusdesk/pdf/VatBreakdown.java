package fr.chorusdesk.pdf;

import java.math.BigDecimal;
import java.util.Optional;

/** One line of the VAT breakdown: BT-116 basis, BT-117 amount, BT-118 category, BT-119 rate. */
public record VatBreakdown(Optional<BigDecimal> basis, Optional<BigDecimal> amount, Optional<String> category,
                           Optional<BigDecimal> ratePercent) {
}
