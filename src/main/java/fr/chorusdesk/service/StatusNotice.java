package fr.chorusdesk.service;

import java.util.Objects;

/** An invoice whose status changed during a sync: what the window (and the desktop) announces. */
public record StatusNotice(String historyId, String invoiceNumber, String previousStatus, String newStatus,
                           String message) {

    public StatusNotice {
        Objects.requireNonNull(historyId, "historyId");
        Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        Objects.requireNonNull(previousStatus, "previousStatus");
        Objects.requireNonNull(newStatus, "newStatus");
        Objects.requireNonNull(message, "message");
    }
}
