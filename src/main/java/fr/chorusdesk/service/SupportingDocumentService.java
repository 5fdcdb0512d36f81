package fr.chorusdesk.service;

import fr.chorusdesk.chorus.ChorusClient;
import fr.chorusdesk.chorus.ChorusException;
import fr.chorusdesk.chorus.api.TypePieceJointe;
import fr.chorusdesk.domain.AttachmentProblem;
import fr.chorusdesk.domain.AttachmentRules;
import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.domain.SupportingDocument;
import fr.chorusdesk.pdf.SupportingDocumentCheck;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The supporting documents of an invoice being prepared: the types Chorus Pro offers (read once,
 * then kept for the life of this service, that is of the profile), and the checks a file passes
 * when it is added (Chorus Pro's limits: 10 Mo a file, 120 Mo with the invoice, an allowed
 * extension, a name of 50 characters at most, declared under a safe name when needed). Blocking;
 * call it off the UI thread.
 */
public final class SupportingDocumentService {

    /** The type offered first when Chorus Pro lists it: the catch-all one. */
    static final String DEFAULT_TYPE_CODE = "AUTRE";

    private final ChorusClient client;
    private final SupportingDocumentCheck check;
    private final Locale locale;
    private volatile List<AttachmentType> types;

    public SupportingDocumentService(ChorusClient client, AttachmentRules rules, Locale locale) {
        this.client = Objects.requireNonNull(client);
        this.check = new SupportingDocumentCheck(Objects.requireNonNull(rules));
        this.locale = Objects.requireNonNull(locale);
    }

    /**
     * The attachment types, as Chorus Pro lists them for an invoice; read on the first call only.
     *
     * @throws SubmissionException CHORUS_REFUSED when the list cannot be read (nothing is cached then)
     */
    public List<AttachmentType> types() throws SubmissionException {
        List<AttachmentType> known = types;
        if (known != null) {
            return known;
        }
        try {
            List<AttachmentType> read = new ArrayList<>();
            for (TypePieceJointe t : client.recupererTypesPieceJointe().listeTypePieceJointe()) {
                if (t.codeTypePieceJointe() != null && !t.codeTypePieceJointe().isBlank()) {
                    read.add(new AttachmentType(t.codeTypePieceJointe(), t.libelleTypePieceJointe()));
                }
            }
            types = List.copyOf(read);
            return types;
        } catch (ChorusException e) {
            throw new SubmissionException(SubmissionException.Kind.CHORUS_REFUSED, e.getMessage(),
                    ServiceMessages.format(locale, "attachment.types.unavailable", e.userMessage(locale)), List.of(),
                    List.of(), Optional.empty(), e);
        }
    }

    /** The type a new document gets: "other supporting document" when listed, else the first one. */
    public static Optional<AttachmentType> defaultType(List<AttachmentType> types) {
        return types.stream().filter(t -> DEFAULT_TYPE_CODE.equals(t.code())).findFirst()
                .or(() -> types.stream().findFirst());
    }

    /**
     * Checks one file against the draft it would join (its PDF and the documents already there
     * count towards the 120 Mo) and makes the document, of the given type, when it passes.
     */
    public DocumentAddition check(Path file, InvoiceDraft draft, Optional<AttachmentType> type) {
        Path absolute = file.toAbsolutePath();
        String name = Optional.ofNullable(absolute.getFileName()).map(Path::toString).orElse("");
        SupportingDocumentCheck.SupportingDocument checked = check.check(absolute, draft.filesBytes());
        if (!checked.accepted()) {
            List<String> refusals = checked.problems().stream().filter(AttachmentProblem::blocks)
                    .map(this::message).toList();
            return new DocumentAddition(name, Optional.empty(), refusals, List.of());
        }
        Optional<String> sha = PreflightService.fingerprint(absolute);
        if (sha.isEmpty()) {
            return new DocumentAddition(name, Optional.empty(),
                    List.of(ServiceMessages.format(locale, "attachment.problem.unreadable", name)), List.of());
        }
        if (draft.documents().stream().anyMatch(d -> d.sha256().equals(sha.get()))) {
            return new DocumentAddition(name, Optional.empty(),
                    List.of(ServiceMessages.format(locale, "attachment.problem.alreadyAttached", name)), List.of());
        }
        List<String> notices = checked.problems().stream().map(this::message).toList();
        SupportingDocument document = new SupportingDocument(name, checked.uploadName(), absolute.toString(),
                checked.sizeBytes(), sha.get(), type.map(AttachmentType::code).orElse(""),
                type.map(AttachmentType::label).orElse(""));
        return new DocumentAddition(name, Optional.of(document), List.of(), notices);
    }

    private String message(AttachmentProblem problem) {
        return ServiceMessages.format(locale, problem);
    }
}
