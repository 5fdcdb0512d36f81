package fr.chorusdesk.sandbox;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The supplier-side search filters the sandbox honours (others are accepted and ignored). */
record InvoiceQuery(Optional<String> number, Optional<String> flowNumber, List<String> statuses,
        Optional<LocalDate> depositFrom, Optional<LocalDate> depositTo, List<Long> recipientIds) {

    InvoiceQuery {
        statuses = List.copyOf(statuses);
        recipientIds = List.copyOf(recipientIds);
    }

    static InvoiceQuery all() {
        return new InvoiceQuery(Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
                Optional.empty(), List.of());
    }
}
