package fr.chorusdesk.ui.wizard;

import fr.chorusdesk.domain.BankAccountChoice;
import fr.chorusdesk.domain.Iban;
import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.domain.InvoiceKind;
import fr.chorusdesk.domain.SupplierIdentity;
import fr.chorusdesk.domain.VatExemption;
import fr.chorusdesk.domain.VatTreatment;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The send summary's sentences about who sends and what the invoice says of VAT and payment, as the
 * user will read them before sending. No {@code Node}: the view only lays them out.
 */
final class SendSummaryText {

    private final ResourceBundle messages;
    private final Locale locale;

    SendSummaryText(ResourceBundle messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /** « ATELIER DEMO CONSEIL SARL (SIRET 81234567800013) »; the Chorus Pro id only when the name is unknown. */
    Optional<String> supplier(SupplierIdentity from) {
        if (from == null) {
            return Optional.empty();
        }
        return Optional.of(from.structure()
                .map(s -> MessageFormat.format(messages.getString("wizard.summary.supplierName"), s.name(), s.siret()))
                .orElseGet(() -> MessageFormat.format(messages.getString("wizard.summary.supplierIds"),
                        Long.toString(from.structureId()))));
    }

    /** How {@code typeTva} will say it: « TVA sur les débits », « Exonération de TVA : … », « Sans TVA … ». */
    Optional<String> vatTreatment(InvoiceDraft d) {
        return VatTreatment.of(d).map(t -> t.kind() == VatTreatment.Kind.EXEMPT
                ? MessageFormat.format(messages.getString("vat.kind.EXEMPT"),
                        t.exemption().map(VatExemption::reason).orElse(""))
                : messages.getString("vat.kind." + t.kind().name()));
    }

    /** One line per rate: « 20 % sur 1 000,00 € = 200,00 € ». */
    Optional<String> vatLines(InvoiceDraft d) {
        return VatTreatment.of(d).filter(t -> !t.lines().isEmpty()).map(t -> t.lines().stream()
                .map(l -> MessageFormat.format(messages.getString("wizard.summary.vatLine"),
                        AmountText.format(l.ratePercent(), locale), AmountText.format(l.base(), locale),
                        AmountText.format(l.amount(), locale)))
                .collect(Collectors.joining("\n")));
    }

    /** An invoice's payment mode; a credit note's is not sent. */
    Optional<String> paymentMode(InvoiceDraft d) {
        return d.kind() == InvoiceKind.AVOIR ? Optional.empty()
                : d.paymentMode().map(m -> messages.getString("payment.mode." + m.name()));
    }

    /**
     * The account the invoice will be paid on, by its label (its number when Chorus Pro gave none),
     * and why when the Factur-X's IBAN decided or disagrees.
     */
    Optional<String> bankAccount(InvoiceDraft d, SupplierIdentity from) {
        if (from == null) {
            return Optional.empty();
        }
        BankAccountChoice choice = BankAccountChoice.of(d, from);
        return choice.account().map(a -> {
            String shown = a.label();
            return switch (choice.reason()) {
                case MATCHES_INVOICE_IBAN -> MessageFormat.format(
                        messages.getString("wizard.summary.bank.matchesIban"), shown);
                case INVOICE_IBAN_UNKNOWN -> MessageFormat.format(
                        messages.getString("wizard.summary.bank.ibanUnknown"), shown,
                        choice.invoiceIban().map(Iban::grouped).orElse(""));
                default -> shown;
            };
        });
    }

    /** The invoice a credit note corrects. */
    Optional<String> original(InvoiceDraft d) {
        return d.kind() == InvoiceKind.AVOIR ? d.originalInvoiceNumber() : Optional.empty();
    }
}
