package fr.chorusdesk.service;

import java.util.List;

/**
 * What one sync did.
 *
 * @param asked    invoices whose status was asked
 * @param changed  status changes found
 * @param failed   invoices whose status could not be read (they wait longer before the next try)
 * @param deferred invoices not asked because they are still waiting after an error
 */
public record SyncReport(int asked, List<StatusNotice> changed, int failed, int deferred) {

    public SyncReport {
        changed = List.copyOf(changed);
    }
}
