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
 * @param signed          whether the file carries a PDF signature that lets it go as a signed PDF
 *                        ({@code DEPOT_PDF_SIGNE_API}): then it is uploaded byte for byte, never re-saved
 */
public record PdfFile(String path, String uploadName, long sizeBytes, String sha256, boolean preflightPassed,
                      boolean signed) {

    /** An unsigned PDF. */
    public PdfFile(String path, String uploadName, long sizeBytes, String sha256, boolean preflightPassed) {
        this(path, uploadName, sizeBytes, sha256, preflightPassed, false);
    }

    public PdfFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(uploadName, "uploadName");
        Objects.requireNonNull(sha256, "sha256");
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("negative size");
        }
    }

    public PdfFile withPath(String value) {
        return new PdfFile(value, uploadName, sizeBytes, sha256, preflightPassed, signed);
    }
}
