package fr.chorusdesk.pdf;

import fr.chorusdesk.domain.AttachmentProblem;
import fr.chorusdesk.domain.AttachmentRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Checks a supporting document (purchase order, delivery note, acceptance report...) when the user
 * adds it to an invoice: its size on disk and its name against {@link AttachmentRules}, the name
 * to declare on upload being {@link SafeFileName#propose(String)}. The file is only measured, never
 * read or renamed. Any file type is welcome, not only PDF.
 */
public final class SupportingDocumentCheck {

    private final AttachmentRules rules;

    public SupportingDocumentCheck(AttachmentRules rules) {
        this.rules = rules;
    }

    /** With Chorus Pro's limits. */
    public SupportingDocumentCheck() {
        this(AttachmentRules.chorusPro());
    }

    /**
     * @param file       the document the user chose
     * @param otherBytes the invoice PDF and the documents already attached, together
     */
    public SupportingDocument check(Path file, long otherBytes) {
        String fileName = Optional.ofNullable(file.getFileName()).map(Path::toString).orElse("");
        String uploadName = SafeFileName.propose(fileName);
        long size;
        try {
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                return unreadable(file, fileName, uploadName);
            }
            size = Files.size(file);
        } catch (IOException e) {
            return unreadable(file, fileName, uploadName);
        }
        return new SupportingDocument(file, uploadName, size, rules.checkAddition(fileName, uploadName, size,
                otherBytes));
    }

    private static SupportingDocument unreadable(Path file, String fileName, String uploadName) {
        return new SupportingDocument(file, uploadName, 0, List.of(new AttachmentProblem(
                AttachmentProblem.Kind.UNREADABLE, "attachment.problem.unreadable", List.of(fileName))));
    }

    /**
     * A supporting document as checked.
     *
     * @param uploadName the name the upload declares ({@code pieceJointeNom})
     * @param problems   what stands in the way, blocking ones first
     */
    public record SupportingDocument(Path file, String uploadName, long sizeBytes, List<AttachmentProblem> problems) {

        public SupportingDocument {
            problems = List.copyOf(problems);
        }

        /** Whether the file can be attached (a rename alone does not block). */
        public boolean accepted() {
            return problems.stream().noneMatch(AttachmentProblem::blocks);
        }
    }
}
