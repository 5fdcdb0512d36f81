package fr.chorusdesk.service;

import fr.chorusdesk.domain.DraftIssue;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Why an invoice was not sent, with the French sentence to show. */
public final class SubmissionException extends Exception {

    private static final long serialVersionUID = 1L;

    /** The kinds of failure. */
    public enum Kind {
        /** The draft breaks a rule: see {@link #issues()}. Nothing was sent. */
        INVALID_DRAFT,
        /** The recipient or its service cannot receive invoices. Nothing was sent. */
        RECIPIENT_REFUSED,
        /** The PDF changed on disk since it was checked, or cannot be read. Nothing was sent. */
        PDF_CHANGED,
        /** This invoice was already sent (or received from an earlier attempt): see {@link #existing()}. */
        DUPLICATE,
        /** Chorus Pro refused it, or could not be reached before anything was received. */
        CHORUS_REFUSED,
        /**
         * The answer was lost after the request may have reached Chorus Pro. Sending again is safe:
         * the next attempt first asks Chorus Pro whether the invoice is there.
         */
        MAY_HAVE_BEEN_RECEIVED,
        /** The Factur-X flow was rejected: see {@link #details()}. */
        FLOW_REJECTED
    }

    private final Kind kind;
    private final String userMessage;
    private final transient List<DraftIssue> issues;
    private final transient List<String> details;
    private final transient Optional<SubmissionReceipt> existing;

    SubmissionException(Kind kind, String technicalMessage, String userMessage, List<DraftIssue> issues,
            List<String> details, Optional<SubmissionReceipt> existing, Throwable cause) {
        super(technicalMessage, cause);
        this.kind = Objects.requireNonNull(kind);
        this.userMessage = Objects.requireNonNull(userMessage);
        this.issues = List.copyOf(issues);
        this.details = List.copyOf(details);
        this.existing = Objects.requireNonNull(existing);
    }

    public Kind kind() {
        return kind;
    }

    /** The sentence to show (French unless the service was built for another language). */
    public String userMessage() {
        return userMessage;
    }

    /** For {@link Kind#INVALID_DRAFT}: every issue, to mark the fields. */
    public List<DraftIssue> issues() {
        return issues;
    }

    /** For {@link Kind#FLOW_REJECTED}: each error of the flow report, as Chorus Pro worded it. */
    public List<String> details() {
        return details;
    }

    /** For {@link Kind#DUPLICATE}: what was sent before. */
    public Optional<SubmissionReceipt> existing() {
        return existing;
    }
}
