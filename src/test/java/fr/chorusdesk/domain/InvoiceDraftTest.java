package fr.chorusdesk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InvoiceDraftTest {

    private static final Instant NOW = Instant.parse("2026-03-10T09:00:00Z");

    @Test
    void aNewDraftIsAnInvoiceInA1InEurosWithAUniqueId() {
        InvoiceDraft a = InvoiceDraft.start(NOW);
        InvoiceDraft b = InvoiceDraft.start(NOW);

        assertThat(a.schemaVersion()).isEqualTo(4);
        assertThat(a.documents()).isEmpty();
        assertThat(a.vatRegime()).as("the profile's, applied by whoever starts the invoice").isEmpty();
        assertThat(a.vatExemption()).isEmpty();
        assertThat(a.originalInvoiceNumber()).isEmpty();
        assertThat(a.paymentMode()).isEmpty();
        assertThat(a.kind()).isEqualTo(InvoiceKind.FACTURE);
        assertThat(a.billingFrame()).isEqualTo(BillingFrame.A1);
        assertThat(a.currency()).isEqualTo("EUR");
        assertThat(a.stepReached()).isEqualTo(DraftStep.ACCOUNT);
        assertThat(a.createdAt()).isEqualTo(NOW);
        assertThat(a.updatedAt()).isEqualTo(NOW);
        assertThat(a.id()).isNotEqualTo(b.id()).hasSize(36);
    }

    @Test
    void withersCopyAndTextIsTrimmedBlankBeingAbsent() {
        InvoiceDraft base = InvoiceDraft.start(NOW);
        InvoiceDraft changed = base.withInvoiceNumber("  FA-1 ").withServiceCode("   ").withComment(null);

        assertThat(base.invoiceNumber()).as("the original is untouched").isEmpty();
        assertThat(changed.invoiceNumber()).contains("FA-1");
        assertThat(changed.serviceCode()).isEmpty();
        assertThat(changed.comment()).isEmpty();
        assertThat(changed.id()).isEqualTo(base.id());
    }

    @Test
    void amountsKeepTheirScale() {
        InvoiceDraft d = InvoiceDraft.start(NOW).withAmountExclTax(new BigDecimal("1000.00"));
        assertThat(d.amountExclTax().orElseThrow().toPlainString()).isEqualTo("1000.00");
    }

    @Test
    void originsDefaultToNoneAndCanBeMarkedTyped() {
        InvoiceDraft d = InvoiceDraft.start(NOW).withOrigin(DraftField.INVOICE_NUMBER, FieldSource.FACTURX);
        InvoiceDraft typed = d.withOrigin(DraftField.INVOICE_NUMBER, FieldSource.TYPED);

        assertThat(d.originOf(DraftField.INVOICE_NUMBER)).isEqualTo(FieldSource.FACTURX);
        assertThat(d.originOf(DraftField.COMMENT)).isEqualTo(FieldSource.NONE);
        assertThat(typed.originOf(DraftField.INVOICE_NUMBER)).isEqualTo(FieldSource.TYPED);
        assertThat(d.originOf(DraftField.INVOICE_NUMBER)).isEqualTo(FieldSource.FACTURX);
    }
}
