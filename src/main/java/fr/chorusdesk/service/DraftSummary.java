package fr.chorusdesk.service;

import fr.chorusdesk.domain.DraftStep;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One line of the drafts list: what tells two drafts apart at a glance. */
public record DraftSummary(String id, String profile, Optional<String> invoiceNumber, Optional<String> recipientSiret,
                           Optional<BigDecimal> amountInclTax, Instant updatedAt, DraftStep stepReached) {

    public DraftSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        Objects.requireNonNull(recipientSiret, "recipientSiret");
        Objects.requireNonNull(amountInclTax, "amountInclTax");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(stepReached, "stepReached");
    }
}
