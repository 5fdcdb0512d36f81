package fr.chorusdesk.service;

import fr.chorusdesk.domain.BillingFrame;
import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.domain.InvoiceStatus;
import fr.chorusdesk.domain.SentInvoice;
import java.util.Locale;
import java.util.Optional;

/**
 * Chorus Pro's status codes in plain words. Each of the platform's 56 statuses
 * ({@link InvoiceStatus}) has a text under {@code history.status.<CODE>}; a code the platform sends
 * that is not among them is shown by its code, as written, never as an error.
 */
public final class StatusLabels {

    private final Locale locale;

    public StatusLabels(Locale locale) {
        this.locale = locale;
    }

    public String label(String code) {
        if (code == null || code.isBlank()) {
            return ServiceMessages.format(locale, "history.status.unknownYet");
        }
        String key = "history.status." + code;
        String text = ServiceMessages.format(locale, key);
        return text.equals(key) ? code : text;
    }

    /** What the user can do next, in plain words; empty text when there is nothing to do. */
    public String nextAction(String code) {
        return text("history.next." + code).orElse("");
    }

    /**
     * What happens next for this invoice, who must act: the status's own text, else for a
     * subcontractor's invoice (A9) just deposited, the validation to come; for a co-contractor's
     * (A12) not yet final, the mandataire's « prise de connaissance ».
     */
    public String nextAction(SentInvoice invoice) {
        Optional<String> own = text("history.next." + invoice.status());
        if (own.isPresent()) {
            return own.get();
        }
        Optional<BillingFrame> frame = invoice.sent().map(InvoiceDraft::billingFrame);
        if (frame.filter(f -> f == BillingFrame.A9).isPresent()
                && InvoiceStatus.parse(invoice.status()).filter(s -> s == InvoiceStatus.DEPOSEE).isPresent()) {
            return text("history.next.frame.A9").orElse("");
        }
        if (frame.filter(f -> f == BillingFrame.A12).isPresent() && !isFinal(invoice.status())) {
            return text("history.next.frame.A12").orElse("");
        }
        return "";
    }

    private Optional<String> text(String key) {
        String text = ServiceMessages.format(locale, key);
        return text.equals(key) ? Optional.empty() : Optional.of(text);
    }

    /** Whether the sync may stop asking (see {@link InvoiceStatus#isFinal()}); an unknown code is not final. */
    public static boolean isFinal(String code) {
        return InvoiceStatus.isFinal(code);
    }
}
