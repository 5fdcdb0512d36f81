package fr.chorusdesk.service;

import fr.chorusdesk.domain.ContractCard;
import fr.chorusdesk.domain.DraftField;
import fr.chorusdesk.domain.DraftIssue;
import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.domain.PdfFile;
import java.io.IOException;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where one invoice of a batch stands before it is sent, by the very checks the wizard's sending
 * runs ({@link SubmissionService#check}: the draft's rules with the recipient's, the recipient and
 * its service active, a number not already used this year). Blocking: the recipient is looked up
 * (cached by the recipient service).
 */
final class BatchChecks {

    /** Problems a cell cannot fix in the row's own fields: the PDF, or a number taken by another invoice. */
    private static final Set<DraftIssue.Reason> BLOCKING = EnumSet.of(DraftIssue.Reason.PDF_MISSING,
            DraftIssue.Reason.PDF_REFUSED, DraftIssue.Reason.PDF_TOO_LARGE,
            DraftIssue.Reason.INVOICE_NUMBER_ALREADY_USED);

    private final SubmissionService submissions;
    private final RecipientService recipients;
    private final Optional<ContractCards> cards;
    private final java.util.function.Supplier<fr.chorusdesk.domain.InvoicingDefaults> defaults;
    private final Locale locale;

    BatchChecks(SubmissionService submissions, RecipientService recipients, Optional<ContractCards> cards,
            java.util.function.Supplier<fr.chorusdesk.domain.InvoicingDefaults> defaults, Locale locale) {
        this.submissions = submissions;
        this.recipients = recipients;
        this.cards = cards;
        this.defaults = defaults;
        this.locale = locale;
    }

    /**
     * The row for this draft as it stands now.
     *
     * @param pdfProblems the pre-flight's failed checks, in words, when the PDF was read in this session
     */
    BatchRow evaluate(BatchRow row, InvoiceDraft draft, String profile, List<String> pdfProblems) {
        Optional<String> name = recipientName(draft);
        Optional<ContractCard> offer = offer(profile, draft);
        BatchRow base = new BatchRow(row.id(), row.fileName(), BatchStatus.READY, Optional.of(draft), name,
                row.reading(), row.suggestions(), List.of(), "", Optional.empty(), Optional.empty(), 0, offer);
        if (draft.pdf().map(PdfFile::preflightPassed).orElse(false) == false) {
            String why = pdfProblems.isEmpty() ? text(draft.pdf().isEmpty() ? "batch.blocked.pdfUnreadable"
                    : "batch.blocked.pdfRefused") : String.join(" ", pdfProblems);
            return base.withStatus(BatchStatus.BLOCKED, why, Optional.of(DraftField.PDF));
        }
        List<DraftIssue> issues;
        try {
            // checked as it will be sent: with the profile's usual VAT regime and payment mode
            issues = submissions.check(defaults.get().applyTo(draft));
        } catch (SubmissionException e) {
            return base.withStatus(BatchStatus.BLOCKED, e.userMessage(), refusedField(e));
        }
        Optional<DraftIssue> blocking = issues.stream().filter(i -> BLOCKING.contains(i.reason())).findFirst();
        if (blocking.isPresent()) {
            return base.withStatus(BatchStatus.BLOCKED, text(blocking.get().messageKey()),
                    Optional.of(blocking.get().field()));
        }
        if (!issues.isEmpty()) {
            Set<DraftField> fields = new LinkedHashSet<>();
            issues.forEach(i -> fields.add(i.field()));
            String what = fields.stream().map(f -> text("batch.field." + f.name())).collect(Collectors.joining(", "));
            return new BatchRow(base.id(), base.fileName(), BatchStatus.INCOMPLETE, base.draft(), name,
                    base.reading(), base.suggestions(), issues, what, Optional.of(issues.get(0).field()),
                    Optional.empty(), 0, offer);
        }
        return base;
    }

    /** Each issue in a sentence, field first: what the tooltip and the command line say. */
    String describe(List<DraftIssue> issues) {
        return issues.stream().map(i -> text("batch.field." + i.field().name()) + " : " + text(i.messageKey()))
                .distinct().collect(Collectors.joining(" "));
    }

    private Optional<String> recipientName(InvoiceDraft draft) {
        if (draft.validRecipientSiret().isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(recipients.lookup(draft.validRecipientSiret().get().value()).name());
        } catch (RecipientException e) {
            return Optional.empty();
        }
    }

    private Optional<ContractCard> offer(String profile, InvoiceDraft draft) {
        if (cards.isEmpty()) {
            return Optional.empty();
        }
        try {
            // only what would fill an empty field: a batch never overrides what the PDF says
            return cards.get().offerFor(profile, draft).filter(card -> !ContractCards.apply(card, draft, true)
                    .equals(draft));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<DraftField> refusedField(SubmissionException e) {
        if (e.getCause() instanceof RecipientException r) {
            return switch (r.kind()) {
                case UNKNOWN_SERVICE, INACTIVE_SERVICE -> Optional.of(DraftField.SERVICE_CODE);
                case CHORUS_ERROR -> Optional.empty();
                default -> Optional.of(DraftField.RECIPIENT_SIRET);
            };
        }
        return Optional.empty();
    }

    private String text(String key) {
        return ServiceMessages.format(locale, key);
    }
}
