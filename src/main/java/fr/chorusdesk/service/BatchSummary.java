package fr.chorusdesk.service;

import java.time.Instant;

/**
 * A batch as the Brouillons tab lists it.
 *
 * @param profile the profile it belongs to (its id)
 * @param rows    its invoices
 * @param onChorusPro how many of them Chorus Pro holds (sent by the batch or before)
 * @param interrupted how many the user asked to send and are not settled: an interrupted sending
 */
public record BatchSummary(String id, String profile, Instant createdAt, int rows, int onChorusPro,
                           int interrupted) {
}
