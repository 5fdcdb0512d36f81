package fr.chorusdesk.domain;

import java.util.Objects;

/**
 * The invoice PDF a draft is built on. The fingerprint lets the draft notice that the file changed
 * on disk and lets the submission refuse to send the same file twice.
 *
 * @param path            the user's file, as an absolute path string (the file is never moved or renamed)
 * @param uploadName      the name given to Chorus Pro (safe characters, 50 at most)
 * @param sizeBytes       size when inspected
 * @param sha256          SHA-256 of the content, lower-case hexadecimal
 * @param preflightPassed whether every pre-flight check passed when the file was inspected
 */
public record PdfFile(String path, String uploadName, long sizeBytes, String sha256, boolean preflightPassed) {

    public PdfFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(uploadName, "uploadName");
        Objects.requireNonNull(sha256, "sha256");
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("negative size");
        }
    }
}
