package fr.chorusdesk.sandbox;

import java.time.Instant;

/**
 * An uploaded file: only its metadata is kept, the sandbox never needs the content again.
 *
 * @param signed whether the file is a PDF carrying a PAdES or PKCS#7 signature dictionary (read
 *               once on upload; absent from older state files, which read as unsigned)
 */
record StoredAttachment(long id, String name, String mimeType, String extension, long size, Instant addedAt,
        boolean signed) {

    StoredAttachment(long id, String name, String mimeType, String extension, long size, Instant addedAt) {
        this(id, name, mimeType, extension, size, addedAt, false);
    }
}
