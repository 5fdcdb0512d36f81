package fr.chorusdesk.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * What a supplier usually does, kept in its profile: its VAT regime and how it is paid. A new
 * invoice starts from them; each invoice may change them.
 */
public record InvoicingDefaults(Optional<VatRegime> vatRegime, Optional<PaymentMode> paymentMode) {

    /** Nothing chosen yet: the wizard asks on the invoice. */
    public static final InvoicingDefaults NONE = new InvoicingDefaults(Optional.empty(), Optional.empty());

    /**
     * The demo supplier of the built-in sandbox: VAT on debits, paid by credit transfer to its
     * seeded bank account.
     */
    public static final InvoicingDefaults DEMO_SUPPLIER =
            new InvoicingDefaults(Optional.of(VatRegime.DEBITS), Optional.of(PaymentMode.VIREMENT));

    public InvoicingDefaults {
        vatRegime = Objects.requireNonNullElse(vatRegime, Optional.empty());
        paymentMode = Objects.requireNonNullElse(paymentMode, Optional.empty());
    }

    /**
     * The draft with what it does not say taken from these defaults, marked as coming from the
     * profile; what the draft says (read or typed) stays.
     */
    public InvoiceDraft applyTo(InvoiceDraft draft) {
        InvoiceDraft d = draft;
        if (d.vatRegime().isEmpty() && vatRegime.isPresent()) {
            d = d.withVatRegime(vatRegime.get()).withOrigin(DraftField.VAT_REGIME, FieldSource.PROFILE);
        }
        if (d.paymentMode().isEmpty() && paymentMode.isPresent()) {
            d = d.withPaymentMode(paymentMode.get()).withOrigin(DraftField.PAYMENT_MODE, FieldSource.PROFILE);
        }
        return d;
    }

    public boolean isEmpty() {
        return vatRegime.isEmpty() && paymentMode.isEmpty();
    }
}
