package fr.chorusdesk.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Chorus Pro's limits on supporting documents (pièces jointes complémentaires), checked when a file
 * is added to an invoice: size of the file, size of the whole invoice file, extension and name.
 * The caller gives the name the upload will declare (for a name that is not safe, the proposal of
 * {@code pdf.SafeFileName}); this class knows no file system.
 */
public final class AttachmentRules {

    private static final double BYTES_PER_MB = 1_000_000d;

    private final long maxFileBytes;
    private final long maxTotalBytes;
    private final Set<String> allowedExtensions;

    /** Chorus Pro's limits ({@link ChorusLimits}). */
    public static AttachmentRules chorusPro() {
        return new AttachmentRules(ChorusLimits.MAX_ATTACHMENT_BYTES, ChorusLimits.MAX_INVOICE_TOTAL_BYTES,
                ChorusLimits.ALLOWED_ATTACHMENT_EXTENSIONS);
    }

    /**
     * Other limits: only for tests that cannot afford 120 MB of files, or for a stricter policy.
     *
     * @param allowedExtensions upper-case extensions without the dot
     */
    public AttachmentRules(long maxFileBytes, long maxTotalBytes, Set<String> allowedExtensions) {
        if (maxFileBytes <= 0 || maxTotalBytes < maxFileBytes) {
            throw new IllegalArgumentException("limits must be positive, total at least one file");
        }
        this.maxFileBytes = maxFileBytes;
        this.maxTotalBytes = maxTotalBytes;
        this.allowedExtensions = Set.copyOf(allowedExtensions);
    }

    public long maxFileBytes() {
        return maxFileBytes;
    }

    public long maxTotalBytes() {
        return maxTotalBytes;
    }

    /**
     * What stands in the way of adding one file to an invoice.
     *
     * @param fileName     the user's file name
     * @param uploadName   the name the upload will declare
     * @param sizeBytes    the file's size
     * @param otherBytes   the invoice PDF and the documents already attached, together
     * @return the problems, blocking ones first; empty when the file can be added as it is
     */
    public List<AttachmentProblem> checkAddition(String fileName, String uploadName, long sizeBytes,
            long otherBytes) {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(uploadName, "uploadName");
        List<AttachmentProblem> problems = new ArrayList<>();
        if (sizeBytes <= 0) {
            problems.add(problem(AttachmentProblem.Kind.EMPTY, "attachment.problem.empty", fileName));
        } else if (sizeBytes > maxFileBytes) {
            problems.add(problem(AttachmentProblem.Kind.TOO_LARGE, "attachment.problem.tooLarge", fileName,
                    mb(sizeBytes), mb(maxFileBytes)));
        } else if (!fitsTotal(sizeBytes, otherBytes)) {
            problems.add(problem(AttachmentProblem.Kind.TOTAL_TOO_LARGE, "attachment.problem.totalTooLarge",
                    fileName, mb(otherBytes + sizeBytes), mb(maxTotalBytes)));
        }
        String extension = extension(uploadName);
        if (extension.isEmpty()) {
            problems.add(problem(AttachmentProblem.Kind.NO_EXTENSION, "attachment.problem.noExtension", fileName));
        } else if (!isAllowedExtension(extension)) {
            problems.add(problem(AttachmentProblem.Kind.EXTENSION_REFUSED, "attachment.problem.extensionRefused",
                    fileName, extension));
        }
        if (uploadName.length() > ChorusLimits.MAX_ATTACHMENT_NAME_LENGTH) {
            problems.add(problem(AttachmentProblem.Kind.NAME_TOO_LONG, "attachment.problem.nameTooLong", fileName,
                    ChorusLimits.MAX_ATTACHMENT_NAME_LENGTH));
        } else if (!uploadName.equals(fileName)) {
            problems.add(problem(AttachmentProblem.Kind.RENAMED, "attachment.problem.renamed", fileName,
                    ChorusLimits.MAX_ATTACHMENT_NAME_LENGTH, uploadName));
        }
        return List.copyOf(problems);
    }

    /** Whether a set of files may travel with one invoice (the 120 Mo rule). */
    public boolean fitsTotal(long sizeBytes, long otherBytes) {
        return otherBytes >= 0 && sizeBytes >= 0 && sizeBytes <= maxTotalBytes - otherBytes;
    }

    /** Whether Chorus Pro takes this extension (without the dot, any case). */
    public boolean isAllowedExtension(String extension) {
        return extension != null && allowedExtensions.contains(extension.replace(".", "").toUpperCase(Locale.ROOT));
    }

    /** The extension of a file name without the dot, as written; empty when there is none. */
    public static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && dot < name.length() - 1 ? name.substring(dot + 1) : "";
    }

    private static double mb(long bytes) {
        return bytes / BYTES_PER_MB;
    }

    private static AttachmentProblem problem(AttachmentProblem.Kind kind, String key, Object... args) {
        return new AttachmentProblem(kind, key, List.of(args));
    }
}
