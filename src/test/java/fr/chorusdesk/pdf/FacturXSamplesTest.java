package fr.chorusdesk.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.testing.Samples;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The three official Factur-X examples, with the values of their README. */
class FacturXSamplesTest {

    private final PdfInspector inspector = new PdfInspector();

    private FacturXReading read(String name) {
        PdfInspection inspection = inspector.inspect(Samples.facturX(name));
        assertThat(inspection.preflight().passes()).as("pre-flight of %s", name).isTrue();
        assertThat(inspection.preflight().pdfA()).contains("PDF/A-3B");
        assertThat(inspection.hints()).as("no guessing when the XML is there").isEmpty();
        assertThat(inspection.facturX()).isPresent();
        return inspection.facturX().get();
    }

    @Test
    void basicWl() {
        FacturXReading reading = read("Facture_FR_BASICWL.pdf");
        assertThat(reading.attachmentName()).isEqualTo("factur-x.xml");
        assertThat(reading.profile()).contains(FacturXProfile.BASIC_WL);
        FacturXInvoice invoice = reading.invoice().orElseThrow();
        assertThat(invoice.guidelineId()).contains("urn:factur-x.eu:1p0:basicwl");
        assertThat(invoice.number()).contains("FA-2017-0010");
        assertThat(invoice.type()).contains(InvoiceType.INVOICE);
        assertThat(invoice.issueDate()).contains(LocalDate.of(2017, 11, 13));
        assertThat(invoice.currency()).contains("EUR");
        assertThat(invoice.seller().siret()).contains("99999999800010");
        assertThat(invoice.buyer().siret()).contains("78787878400035");
        assertThat(invoice.purchaseOrder()).contains("PO445");
        assertThat(invoice.contract()).contains("MSPE2017");
        assertThat(invoice.totalWithoutVat()).contains(new BigDecimal("624.90"));
        assertThat(invoice.totalVat()).contains(new BigDecimal("46.25"));
        assertThat(invoice.totalWithVat()).contains(new BigDecimal("671.15"));
        assertThat(invoice.prepaid()).contains(new BigDecimal("201.00"));
        assertThat(invoice.amountDue()).contains(new BigDecimal("470.15"));
        // BT-84, as the sample's XML writes it (its payment means 30, credit transfer)
        assertThat(invoice.payeeIban()).contains("FR2012421242124212421242124");
        assertThat(invoice.vatBreakdown()).extracting(v -> v.ratePercent().orElseThrow().stripTrailingZeros().toPlainString(),
                        v -> v.basis().orElseThrow(), v -> v.amount().orElseThrow())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("20", new BigDecimal("81.90"), new BigDecimal("16.38")),
                        org.assertj.core.groups.Tuple.tuple("5.5", new BigDecimal("543.00"), new BigDecimal("29.87")));
    }

    @Test
    void officialSiretsFailLuhnAndAreReportedAsWritten() {
        FacturXReading reading = read("Facture_FR_BASICWL.pdf");
        FacturXInvoice invoice = reading.invoice().orElseThrow();
        assertThat(invoice.seller().hasInvalidSiret()).isTrue();
        assertThat(invoice.seller().validSiret()).isEmpty();
        assertThat(reading.problems()).contains(
                PdfMessage.of("pdf.facturx.siret.invalid", "BT-30", "99999999800010"),
                PdfMessage.of("pdf.facturx.siret.invalid", "BT-47", "78787878400035"));
    }

    @Test
    void basicCreditNote() {
        FacturXReading reading = read("Avoir_FR_type381_BASIC.pdf");
        assertThat(reading.profile()).contains(FacturXProfile.BASIC);
        FacturXInvoice invoice = reading.invoice().orElseThrow();
        assertThat(invoice.number()).contains("AV-2017-0005");
        assertThat(invoice.typeCode()).contains("381");
        assertThat(invoice.type()).contains(InvoiceType.CREDIT_NOTE);
        assertThat(invoice.issueDate()).contains(LocalDate.of(2017, 11, 16));
        assertThat(invoice.purchaseOrder()).contains("PO445");
        assertThat(invoice.contract()).contains("MSPE2017");
        assertThat(invoice.totalWithoutVat()).contains(new BigDecimal("218.48"));
        assertThat(invoice.totalVat()).contains(new BigDecimal("14.99"));
        assertThat(invoice.totalWithVat()).contains(new BigDecimal("233.47"));
        assertThat(invoice.amountDue()).contains(new BigDecimal("233.47"));
        assertThat(invoice.precedingInvoice()).contains("FA-2017-0010");
        assertThat(invoice.precedingInvoiceDate()).contains(LocalDate.of(2017, 11, 13));
    }

    @Test
    void minimumWithAForeignBuyer() {
        FacturXReading reading = read("Facture_UE_MINIMUM.pdf");
        assertThat(reading.profile()).contains(FacturXProfile.MINIMUM);
        FacturXInvoice invoice = reading.invoice().orElseThrow();
        assertThat(invoice.number()).contains("FA-2017-0008");
        assertThat(invoice.type()).contains(InvoiceType.INVOICE);
        assertThat(invoice.issueDate()).contains(LocalDate.of(2017, 11, 3));
        assertThat(invoice.seller().siret()).contains("99999999800010");
        assertThat(invoice.buyer().siret()).isEmpty();
        assertThat(invoice.buyer().vatId()).contains("ESA12345674");
        assertThat(invoice.purchaseOrder()).contains("COMPRA0832");
        assertThat(invoice.contract()).isEmpty();
        assertThat(invoice.totalWithoutVat()).contains(new BigDecimal("2076.76"));
        assertThat(invoice.totalVat()).contains(new BigDecimal("0.00"));
        assertThat(invoice.totalWithVat()).contains(new BigDecimal("2076.76"));
        assertThat(invoice.amountDue()).contains(new BigDecimal("1453.76"));
        assertThat(invoice.vatBreakdown()).isEmpty();
        assertThat(reading.problems()).contains(PdfMessage.of("pdf.facturx.buyer.noSiret"),
                PdfMessage.of("pdf.facturx.vat.noBreakdown"));
    }
}
