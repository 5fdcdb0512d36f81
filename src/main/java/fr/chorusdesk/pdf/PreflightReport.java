package fr.chorusdesk.pdf;

import java.util.List;
import java.util.Optional;

/**
 * Result of the pre-flight of one file.
 *
 * @param checks     every check run, in a stable order
 * @param sizeBytes  file size, when the file could be read
 * @param pageCount  number of pages, when the PDF could be parsed
 * @param pdfA       the PDF/A claim of the XMP metadata, e.g. "PDF/A-3B"
 * @param uploadName the name to give Chorus Pro: the file's own name when safe, else a safe proposal
 */
public record PreflightReport(List<PreflightCheck> checks, Optional<Long> sizeBytes, Optional<Integer> pageCount,
                              Optional<String> pdfA, String uploadName) {

    /** How the whole report ends; {@code inspect} maps it to its exit code. */
    public enum Verdict {
        /** No check failed: the file would be accepted. */
        PASSES,
        /** The PDF was read but at least one check failed. */
        FAILS,
        /** The file is missing, unreadable or not a PDF. */
        UNREADABLE
    }

    public PreflightReport {
        checks = List.copyOf(checks);
    }

    public boolean passes() {
        return verdict() == Verdict.PASSES;
    }

    public Verdict verdict() {
        if (checks.stream().anyMatch(c -> c.status() == CheckStatus.FAIL && CheckIds.READABILITY.contains(c.id()))) {
            return Verdict.UNREADABLE;
        }
        return checks.stream().anyMatch(c -> c.status() == CheckStatus.FAIL) ? Verdict.FAILS : Verdict.PASSES;
    }

    public Optional<PreflightCheck> check(String id) {
        return checks.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
