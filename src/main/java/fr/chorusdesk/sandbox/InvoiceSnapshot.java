package fr.chorusdesk.sandbox;

import java.util.List;

/** An invoice and its history as seen at one instant. */
record InvoiceSnapshot(StoredInvoice invoice, List<HistoryEntry> history) {

    InvoiceSnapshot {
        history = List.copyOf(history);
    }

    HistoryEntry current() {
        return history.get(history.size() - 1);
    }
}
