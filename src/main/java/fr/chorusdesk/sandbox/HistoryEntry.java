package fr.chorusdesk.sandbox;

import java.time.Instant;
import java.util.Optional;

/** One dated status of an invoice, as {@code consulter/historique} lists it. */
public record HistoryEntry(InvoiceStatus status, Instant at, Optional<String> comment) {

    public HistoryEntry {
        comment = comment == null ? Optional.empty() : comment;
    }
}
