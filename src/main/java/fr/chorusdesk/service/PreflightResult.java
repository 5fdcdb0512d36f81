package fr.chorusdesk.service;

import fr.chorusdesk.domain.DraftField;
import fr.chorusdesk.domain.InvoiceDraft;
import java.util.List;
import java.util.Objects;

/**
 * What choosing a PDF gives the wizard: the draft prefilled from the file, the pre-flight findings
 * in the user's language, and the suggestions from the text of a plain PDF.
 *
 * @param draft       the draft with its PDF and every field the Factur-X XML carried (see {@link InvoiceDraft#origins()})
 * @param verdict     whether the file can be sent as it is
 * @param findings    every pre-flight check, in a stable order
 * @param facturXProblems what is missing, invalid or inconsistent in the embedded XML, as sentences
 * @param suggestions values found in the text, offered but not applied
 */
public record PreflightResult(InvoiceDraft draft, Verdict verdict, List<Finding> findings,
                              List<String> facturXProblems, List<Suggestion> suggestions) {

    /** How the pre-flight ends. */
    public enum Verdict {
        /** Every check passed. */
        PASSES,
        /** Read, but a check failed: the file cannot be sent as it is. */
        FAILS,
        /** Missing, unreadable or not a PDF. */
        UNREADABLE
    }

    /** One pre-flight check: a stable id, its outcome and the sentence to show. */
    public record Finding(String checkId, Severity severity, String message) {
    }

    /** Outcome of one check. */
    public enum Severity { PASS, WARN, FAIL }

    /**
     * A value read from the text of a plain PDF for a field, with where it was found.
     *
     * @param context the line it was found on, so the user can judge
     */
    public record Suggestion(DraftField field, String value, int page, int line, String context) {
    }

    public PreflightResult {
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(verdict, "verdict");
        findings = List.copyOf(findings);
        facturXProblems = List.copyOf(facturXProblems);
        suggestions = List.copyOf(suggestions);
    }

    /** The suggestions for one field, in the order found. */
    public List<Suggestion> suggestionsFor(DraftField field) {
        return suggestions.stream().filter(s -> s.field() == field).toList();
    }
}
