package fr.chorusdesk.sandbox;

import java.time.Instant;

/** An uploaded file: only its metadata is kept, the sandbox never needs the content again. */
record StoredAttachment(long id, String name, String mimeType, String extension, long size, Instant addedAt) {
}
