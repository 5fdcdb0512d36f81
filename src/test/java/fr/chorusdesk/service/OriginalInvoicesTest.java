package fr.chorusdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.domain.InvoiceKind;
import fr.chorusdesk.domain.SentInvoice;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The invoices a credit note may correct: sent, to this recipient, invoices only, newest first. */
class OriginalInvoicesTest {

    private static final String COMMUNE = "21750001000012";
    private static final String OTHER = "22691000200014";

    private static SentInvoice entry(String number, String recipient, SentInvoice.State state, InvoiceKind kind,
            String recordedAt) {
        InvoiceDraft sent = InvoiceDraft.start(Instant.parse(recordedAt)).withKind(kind).withInvoiceNumber(number);
        return new SentInvoice("h-" + number, "demo", Optional.empty(), number, recipient, state, "PDF_UPLOAD",
                Optional.of(1L), Optional.empty(), "DEPOSEE", Optional.of(LocalDate.of(2026, 3, 2)),
                Optional.empty(), Optional.empty(), Optional.of(new BigDecimal("120.00")), Optional.empty(),
                Optional.of(sent), List.of(), Instant.parse(recordedAt), Optional.empty(), List.of());
    }

    @Test
    void onlyTheSentInvoicesToThatRecipientNewestFirst() {
        OriginalInvoices choices = OriginalInvoices.of(() -> List.of(
                entry("FA-1", COMMUNE, SentInvoice.State.SENT, InvoiceKind.FACTURE, "2026-03-01T09:00:00Z"),
                entry("FA-2", COMMUNE, SentInvoice.State.SENT, InvoiceKind.FACTURE, "2026-03-05T09:00:00Z"),
                entry("AV-1", COMMUNE, SentInvoice.State.SENT, InvoiceKind.AVOIR, "2026-03-06T09:00:00Z"),
                entry("FA-3", COMMUNE, SentInvoice.State.IN_FLIGHT, InvoiceKind.FACTURE, "2026-03-07T09:00:00Z"),
                entry("FA-4", OTHER, SentInvoice.State.SENT, InvoiceKind.FACTURE, "2026-03-08T09:00:00Z")));

        assertThat(choices.forRecipient("217 500 010 00012")).extracting(OriginalInvoices.Choice::number)
                .containsExactly("FA-2", "FA-1");
        assertThat(choices.forRecipient("not a siret")).isEmpty();
        assertThat(OriginalInvoices.NONE.forRecipient(COMMUNE)).isEmpty();
    }
}
