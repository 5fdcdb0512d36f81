package fr.chorusdesk.service;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An invoice of the history already deposited under a number, which Chorus Pro would refuse a
 * second time in the same year: when it was deposited and the id Chorus Pro gave it.
 *
 * @param historyId the history entry, to show it; empty when the ledger keeps no history
 */
public record EarlierDeposit(Optional<String> historyId, String invoiceNumber, Optional<LocalDate> depositDate,
                             Optional<Long> invoiceId) {

    public EarlierDeposit {
        Objects.requireNonNull(historyId, "historyId");
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        Objects.requireNonNull(depositDate, "depositDate");
        Objects.requireNonNull(invoiceId, "invoiceId");
    }

    /** Known to exist, nothing more (a ledger that only says yes or no). */
    public static EarlierDeposit unknown(String invoiceNumber) {
        return new EarlierDeposit(Optional.empty(), invoiceNumber, Optional.empty(), Optional.empty());
    }
}
