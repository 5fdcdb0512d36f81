package fr.chorusdesk.service;

import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.domain.InvoiceKind;
import fr.chorusdesk.domain.SentInvoice;
import fr.chorusdesk.domain.Siret;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The invoices a credit note may correct: those the active profile sent to the same recipient, most
 * recent first (credit notes and attempts still in flight left out), offered in the references step
 * so that {@code numeroFactureOrigine} is picked rather than typed.
 */
@FunctionalInterface
public interface OriginalInvoices {

    /** One invoice of the history, as the wizard lists it. */
    record Choice(String number, Optional<LocalDate> invoiceDate, Optional<BigDecimal> amountInclTax, String status) {

        public Choice {
            Objects.requireNonNull(number, "number");
            invoiceDate = Objects.requireNonNullElse(invoiceDate, Optional.empty());
            amountInclTax = Objects.requireNonNullElse(amountInclTax, Optional.empty());
            status = Objects.requireNonNullElse(status, "");
        }
    }

    /** None: the number is typed. */
    OriginalInvoices NONE = siret -> List.of();

    /** The profile's invoices to this recipient (a SIRET as typed), most recent first. */
    List<Choice> forRecipient(String recipientSiret);

    /** From the history, for its active profile. */
    static OriginalInvoices fromHistory(HistoryService history) {
        Objects.requireNonNull(history);
        return of(() -> history.find(new HistoryFilter("", Set.of(), Optional.of(history.activeProfile()),
                Optional.empty(), Optional.empty())));
    }

    /** From any list of history entries (the profile already chosen). */
    static OriginalInvoices of(Supplier<List<SentInvoice>> invoices) {
        Objects.requireNonNull(invoices);
        return recipient -> {
            Optional<String> siret = Siret.parse(recipient == null ? "" : recipient).map(Siret::value);
            if (siret.isEmpty()) {
                return List.of();
            }
            return invoices.get().stream()
                    .filter(i -> i.state() == SentInvoice.State.SENT)
                    .filter(i -> siret.get().equals(i.recipientSiret()))
                    .filter(i -> i.sent().map(InvoiceDraft::kind).orElse(InvoiceKind.FACTURE) == InvoiceKind.FACTURE)
                    .sorted(Comparator.comparing(SentInvoice::recordedAt, Comparator.<Instant>reverseOrder()))
                    .map(i -> new Choice(i.invoiceNumber(), i.invoiceDate(), i.amountInclTax(), i.status()))
                    .toList();
        };
    }
}
