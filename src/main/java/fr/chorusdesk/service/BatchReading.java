package fr.chorusdesk.service;

import fr.chorusdesk.domain.DraftField;
import fr.chorusdesk.domain.DraftStep;
import fr.chorusdesk.domain.InvoiceDraft;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One PDF of a batch read into its draft, by the wizard's own pre-flight ({@link PreflightService}):
 * a Factur-X fills the invoice, a plain PDF gives suggestions that are applied only when the user
 * asks ({@link #takeReadValues}). Blocking (PDFBox).
 */
final class BatchReading {

    /** The fields a plain PDF's text can give, in the order they are taken. */
    private static final List<DraftField> READ_FIELDS = List.of(DraftField.RECIPIENT_SIRET,
            DraftField.INVOICE_NUMBER, DraftField.INVOICE_DATE, DraftField.AMOUNT_EXCL_TAX, DraftField.VAT_AMOUNT,
            DraftField.AMOUNT_INCL_TAX);

    private static final List<String> BUYER_WORDS = List.of("destinataire", "client", "acheteur", "facturé à",
            "adressée à");

    /** What reading gave. */
    record Read(InvoiceDraft draft, BatchRow.Reading reading, List<PreflightResult.Suggestion> suggestions,
                List<String> pdfProblems) {
    }

    private final PreflightService preflight;
    private final DraftFieldText fieldText;

    BatchReading(PreflightService preflight, Locale locale) {
        this.preflight = preflight;
        this.fieldText = new DraftFieldText(locale);
    }

    /** Reads {@code file} into {@code base} (a new draft, whose id is the row's). */
    Read read(Path file, InvoiceDraft base) {
        PreflightResult result = preflight.prepare(file, base);
        // a batch row opened in the wizard goes to the references, where more than a cell is typed
        InvoiceDraft draft = result.draft().withStepReached(DraftStep.REFERENCES);
        BatchRow.Reading reading;
        if (result.verdict() == PreflightResult.Verdict.UNREADABLE) {
            reading = BatchRow.Reading.UNREADABLE;
        } else if (draft.facturX().isPresent() && !draft.originOf(DraftField.INVOICE_NUMBER).equals(
                fr.chorusdesk.domain.FieldSource.NONE)) {
            reading = BatchRow.Reading.FACTURX;
        } else if (!result.suggestions().isEmpty()) {
            reading = BatchRow.Reading.TEXT;
        } else {
            reading = BatchRow.Reading.NOTHING;
        }
        List<String> problems = result.findings().stream()
                .filter(f -> f.severity() == PreflightResult.Severity.FAIL).map(PreflightResult.Finding::message)
                .toList();
        return new Read(draft, reading, result.suggestions(), problems);
    }

    /**
     * The draft with the values its text gave for the fields still empty: the first value found for
     * each; for the recipient, a SIRET on a line naming the buyer ("destinataire", "client"…) before
     * any other, and only one Chorus Pro knows (a plain invoice also prints its supplier's own SIRET).
     */
    InvoiceDraft takeReadValues(InvoiceDraft draft, List<PreflightResult.Suggestion> suggestions,
            Predicate<String> publicRecipient) {
        InvoiceDraft d = draft;
        for (DraftField field : READ_FIELDS) {
            if (filled(d, field)) {
                continue;
            }
            Optional<PreflightResult.Suggestion> chosen = suggestions.stream().filter(s -> s.field() == field)
                    .sorted(java.util.Comparator.comparing((PreflightResult.Suggestion s) -> !namesTheBuyer(s)))
                    .filter(s -> field != DraftField.RECIPIENT_SIRET || publicRecipient.test(s.value()))
                    .findFirst();
            if (chosen.isPresent()) {
                DraftFieldText.Result taken = fieldText.apply(d, field, chosen.get().value());
                if (taken.problem().isEmpty()) {
                    d = taken.draft();
                }
            }
        }
        return d;
    }

    /** A line that says whose SIRET it is: the buyer's comes before any other. */
    private static boolean namesTheBuyer(PreflightResult.Suggestion s) {
        String line = s.context().toLowerCase(java.util.Locale.ROOT);
        return BUYER_WORDS.stream().anyMatch(line::contains);
    }

    private static boolean filled(InvoiceDraft d, DraftField field) {
        return switch (field) {
            case RECIPIENT_SIRET -> d.recipientSiret().isPresent();
            case INVOICE_NUMBER -> d.invoiceNumber().isPresent();
            case INVOICE_DATE -> d.invoiceDate().isPresent();
            case AMOUNT_EXCL_TAX -> d.amountExclTax().isPresent();
            case VAT_AMOUNT -> d.vatAmount().isPresent();
            case AMOUNT_INCL_TAX -> d.amountInclTax().isPresent();
            default -> true;
        };
    }
}
