package fr.chorusdesk.service;

import fr.chorusdesk.domain.DraftField;
import fr.chorusdesk.domain.FieldSource;
import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.domain.InvoiceKind;
import fr.chorusdesk.pdf.HintKind;
import fr.chorusdesk.pdf.TextHint;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Puts what was read in a plain PDF's text into the draft: a value filled in by itself (high
 * confidence, cross-checks passed, or a learned layout) goes in with its origin
 * {@link FieldSource#PDF_TEXT}; every other value is offered as a suggestion with its
 * alternatives. A field the user typed is never overwritten. The supplier's own SIRET is never
 * offered as the recipient.
 */
final class TextPrefill {

    /** The draft with the values filled in, and every suggestion. */
    record Applied(InvoiceDraft draft, List<PreflightResult.Suggestion> suggestions) {
    }

    private TextPrefill() {
    }

    static Applied apply(InvoiceDraft draft, List<TextHint> hints, Map<DraftField, FieldSource> origins,
            Map<DraftField, FieldSource> typed, Optional<String> ownSiret) {
        InvoiceDraft d = draft;
        List<PreflightResult.Suggestion> suggestions = new ArrayList<>();
        for (TextHint hint : hints) {
            DraftField field = hint.kind().field();
            if (hint.kind() == HintKind.SIRET && ownSiret.filter(hint.value()::equals).isPresent()) {
                continue;
            }
            boolean fill = hint.autoFill() && typed.get(field) != FieldSource.TYPED;
            Optional<InvoiceDraft> filled = fill ? put(d, hint.kind(), hint.value(), hint) : Optional.empty();
            if (filled.isPresent()) {
                d = filled.get();
                origins.put(field, FieldSource.PDF_TEXT);
            } else if (typed.get(field) != FieldSource.TYPED) {
                origins.putIfAbsent(field, FieldSource.TEXT_HINT);
            }
            suggestions.add(new PreflightResult.Suggestion(field, hint.value(), hint.page(), hint.line(),
                    hint.context(), hint.confidence(), filled.isPresent(), hint.alternatives().stream()
                    .map(a -> new PreflightResult.Alternative(a.value(), a.confidence(), a.page(), a.line(),
                            a.context())).toList(), hint.layout()));
        }
        return new Applied(d, suggestions);
    }

    /** The draft with the value in its field; empty when the value does not fit the field. */
    static Optional<InvoiceDraft> put(InvoiceDraft d, HintKind kind, String value, TextHint hint) {
        try {
            return Optional.ofNullable(switch (kind) {
                case INVOICE_NUMBER -> d.withInvoiceNumber(value);
                case DATE -> d.withInvoiceDate(LocalDate.parse(value));
                case SIRET -> d.withRecipientSiret(value);
                case AMOUNT_HT -> d.withAmountExclTax(new BigDecimal(value));
                case AMOUNT_TVA -> d.withVatAmount(new BigDecimal(value));
                case AMOUNT_TTC -> d.withAmountInclTax(new BigDecimal(value));
                case AMOUNT_DUE -> d.withAmountDue(new BigDecimal(value));
                case ENGAGEMENT_NUMBER -> d.withEngagementNumber(value);
                case SERVICE_CODE -> d.withServiceCode(value);
                case CONTRACT_NUMBER -> d.withContractNumber(value);
                case VAT_LINES -> hint == null ? null : d.withVatLines(hint.vatLines());
                case INVOICE_KIND -> d.withKind("AVOIR".equals(value) ? InvoiceKind.AVOIR : InvoiceKind.FACTURE);
            });
        } catch (DateTimeParseException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
