package fr.chorusdesk.sandbox;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** What the sandbox reads from the CII XML of a Factur-X flow; absent stays empty. */
record FacturXData(Optional<String> number, Optional<LocalDate> issueDate, Optional<String> typeCode,
        Optional<String> sellerId, Optional<String> buyerSiret, Optional<String> buyerReference,
        Optional<String> orderReference, Optional<String> contractReference, Optional<String> currency,
        Optional<BigDecimal> totalExclTax, Optional<BigDecimal> totalTax, Optional<BigDecimal> totalInclTax,
        Optional<BigDecimal> amountDue, Optional<String> note) {
}
