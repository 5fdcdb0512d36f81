package fr.chorusdesk.service;

import fr.chorusdesk.domain.SentInvoice;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What the history table shows: a text searched in the number, recipient (SIRET or name), ids, status and amounts, some
 * statuses, a profile, a deposit date range. Empty parts match everything.
 */
public record HistoryFilter(String text, Set<String> statuses, Optional<String> profile,
                            Optional<LocalDate> depositedFrom, Optional<LocalDate> depositedTo) {

    public static final HistoryFilter ALL = new HistoryFilter("", Set.of(), Optional.empty(), Optional.empty(),
            Optional.empty());

    public HistoryFilter {
        text = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        profile = profile == null ? Optional.empty() : profile;
        depositedFrom = depositedFrom == null ? Optional.empty() : depositedFrom;
        depositedTo = depositedTo == null ? Optional.empty() : depositedTo;
    }

    public HistoryFilter withText(String value) {
        return new HistoryFilter(value, statuses, profile, depositedFrom, depositedTo);
    }

    public HistoryFilter withStatuses(Set<String> value) {
        return new HistoryFilter(text, value, profile, depositedFrom, depositedTo);
    }

    /** One profile's invoices; empty for every profile. */
    public HistoryFilter withProfile(Optional<String> value) {
        return new HistoryFilter(text, statuses, value, depositedFrom, depositedTo);
    }

    /** Deposited on this day or later; empty for no lower bound. */
    public HistoryFilter withDepositedFrom(Optional<LocalDate> value) {
        return new HistoryFilter(text, statuses, profile, value, depositedTo);
    }

    /** Deposited on this day or earlier; empty for no upper bound. */
    public HistoryFilter withDepositedTo(Optional<LocalDate> value) {
        return new HistoryFilter(text, statuses, profile, depositedFrom, value);
    }

    public Predicate<SentInvoice> predicate() {
        return invoice -> (statuses.isEmpty() || statuses.contains(invoice.status()))
                && profile.map(invoice.profile()::equals).orElse(true)
                && depositedFrom.map(from -> invoice.depositDate().map(d -> !d.isBefore(from)).orElse(false))
                        .orElse(true)
                && depositedTo.map(to -> invoice.depositDate().map(d -> !d.isAfter(to)).orElse(false)).orElse(true)
                && (text.isEmpty() || matchesText(invoice));
    }

    private boolean matchesText(SentInvoice invoice) {
        return contains(invoice.invoiceNumber()) || contains(invoice.recipientSiret()) || contains(invoice.status())
                || invoice.recipientName().map(this::contains).orElse(false)
                || invoice.invoiceId().map(id -> contains(String.valueOf(id))).orElse(false)
                || invoice.flowNumber().map(this::contains).orElse(false)
                || invoice.amountInclTax().map(this::matchesAmount).orElse(false)
                || invoice.amountExclTax().map(this::matchesAmount).orElse(false);
    }

    /**
     * An amount as the user types it: "1200", "1 200,00" or "1200.00" all find 1200.00 (the
     * French groups and comma are dropped; a number is found by its start, not inside another).
     */
    private boolean matchesAmount(java.math.BigDecimal amount) {
        String typed = text.replaceAll("[\\s\u00a0\u202f€]", "").replace(',', '.');
        if (typed.isEmpty() || !typed.matches("\\d+(\\.\\d{0,2})?")) {
            return false;
        }
        return amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString().startsWith(typed);
    }

    private boolean contains(String value) {
        return value.toLowerCase(Locale.ROOT).contains(text);
    }
}
