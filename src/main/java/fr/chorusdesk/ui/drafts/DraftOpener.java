package fr.chorusdesk.ui.drafts;

import fr.chorusdesk.domain.InvoiceDraft;

/**
 * Takes a reopened draft to the wizard, which shows it at the step where it was left
 * ({@link InvoiceDraft#stepReached()}). The wizard implements it; the drafts tab and the history's
 * "new invoice from a rejected one" call it.
 */
@FunctionalInterface
public interface DraftOpener {

    void open(InvoiceDraft draft);
}
