package fr.chorusdesk.service;

import java.time.Clock;
import java.util.Locale;

/** What a {@link Batch} works with, built once by {@link BatchService}. */
record BatchParts(BatchJournal journal, DraftService drafts, HistoryService history, RecipientService recipients,
                  BatchReading reading, BatchChecks checks, BatchSending sending, DraftFieldText fieldText,
                  Clock clock, Locale locale) {
}
