package fr.chorusdesk.service;

import fr.chorusdesk.domain.DraftField;
import fr.chorusdesk.domain.InvoiceDraft;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What choosing a PDF gives the wizard: the draft prefilled from the file, the pre-flight findings
 * in the user's language, and the suggestions from the text of a plain PDF.
 *
 * @param draft       the draft with its PDF and every field the Factur-X XML carried (see {@link InvoiceDraft#origins()})
 * @param verdict     whether the file can be sent as it is
 * @param findings    every pre-flight check, in a stable order
 * @param facturXProblems what is missing, invalid or inconsistent in the embedded XML, as sentences
 * @param suggestions values found in the text of a plain PDF, one per field: those filled in by
 *                    themselves and those only offered
 * @param layout      the learned layout the text was read with, if any
 */
public record PreflightResult(InvoiceDraft draft, Verdict verdict, List<Finding> findings,
                              List<String> facturXProblems, List<Suggestion> suggestions,
                              Optional<LayoutMatch> layout) {

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
     * @param context      the label and value as printed, so the user can judge
     * @param confidence   from 0 to 1
     * @param filledIn     high confidence and the cross-checks passed: the value is in the draft, marked
     *                     « lu dans le PDF »
     * @param alternatives other values the page could mean, the likelier first
     * @param layout       the learned layout it was read with (its id), when one matched
     */
    public record Suggestion(DraftField field, String value, int page, int line, String context, double confidence,
                             boolean filledIn, List<Alternative> alternatives, Optional<String> layout) {

        public Suggestion {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(value, "value");
            alternatives = List.copyOf(alternatives);
            Objects.requireNonNull(layout, "layout");
        }

        /** A suggestion with nothing behind it: offered only. */
        public Suggestion(DraftField field, String value, int page, int line, String context) {
            this(field, value, page, line, context, 0.5, false, List.of(), Optional.empty());
        }

        /**
         * The draft with this value in its field (the VAT lines for {@link DraftField#VAT_LINES},
         * the kind for {@link DraftField#INVOICE_KIND}); empty when the value does not fit.
         */
        public Optional<InvoiceDraft> applyTo(InvoiceDraft draft) {
            return fr.chorusdesk.pdf.HintKind.of(field).flatMap(kind -> TextPrefill.put(draft, kind, value,
                    new fr.chorusdesk.pdf.TextHint(kind, value, page, line, context == null ? "" : context)));
        }

        /** The VAT lines a {@link DraftField#VAT_LINES} suggestion holds; none for another field. */
        public List<fr.chorusdesk.domain.VatLine> vatLines() {
            return field == DraftField.VAT_LINES
                    ? new fr.chorusdesk.pdf.TextHint(fr.chorusdesk.pdf.HintKind.VAT_LINES, value, page, line, "").vatLines()
                    : List.of();
        }

        /** The same field with one of its alternatives as the value. */
        public Suggestion choose(Alternative alternative) {
            return new Suggestion(field, alternative.value(), alternative.page(), alternative.line(),
                    alternative.context(), alternative.confidence(), false, List.of(), layout);
        }
    }

    /** Another value the page could mean for a field. */
    public record Alternative(String value, double confidence, int page, int line, String context) {
    }

    /** The learned layout a plain PDF was read with: what the user may forget. */
    public record LayoutMatch(String id, String name, int invoices) {
    }

    public PreflightResult {
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(verdict, "verdict");
        findings = List.copyOf(findings);
        facturXProblems = List.copyOf(facturXProblems);
        suggestions = List.copyOf(suggestions);
        Objects.requireNonNull(layout, "layout");
    }

    /** Without a learned layout. */
    public PreflightResult(InvoiceDraft draft, Verdict verdict, List<Finding> findings, List<String> facturXProblems,
            List<Suggestion> suggestions) {
        this(draft, verdict, findings, facturXProblems, suggestions, Optional.empty());
    }

    /** The suggestions filled in by themselves. */
    public List<Suggestion> filledIn() {
        return suggestions.stream().filter(Suggestion::filledIn).toList();
    }

    /** The suggestions only offered. */
    public List<Suggestion> offered() {
        return suggestions.stream().filter(s -> !s.filledIn()).toList();
    }
}
