package fr.chorusdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.chorusdesk.domain.BillingFrame;
import fr.chorusdesk.domain.DraftField;
import fr.chorusdesk.domain.DraftStep;
import fr.chorusdesk.domain.FacturXFacts;
import fr.chorusdesk.domain.FieldSource;
import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.domain.InvoiceKind;
import fr.chorusdesk.domain.PaymentMode;
import fr.chorusdesk.domain.PdfFile;
import fr.chorusdesk.domain.VatExemption;
import fr.chorusdesk.domain.VatRegime;
import fr.chorusdesk.domain.VatLine;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InvoiceDraftJsonTest {

    private final InvoiceDraftJson json = new InvoiceDraftJson();

    private static InvoiceDraft everythingFilled() {
        FacturXFacts facts = new FacturXFacts(Optional.of("MINIMUM"), Optional.of("FA-2017-0010"),
                Optional.of(LocalDate.of(2017, 11, 13)), Optional.of("381"), Optional.of("99999999800010"),
                Optional.of("78787878400035"), Optional.of("Acheteur"), Optional.empty(), Optional.of("PO445"),
                Optional.of("MSPE2017"), Optional.of(new BigDecimal("624.90")), Optional.of(new BigDecimal("46.25")),
                Optional.of(new BigDecimal("671.15")), Optional.of(new BigDecimal("470.15")),
                Optional.of("FA-2017-0009"), Optional.of("58"), Optional.of(VatExemption.FRANCHISE_EN_BASE),
                Optional.of("FR20 1242 1242 1242 1242 1242 124"));
        return InvoiceDraft.start(Instant.parse("2026-03-10T09:00:00Z"))
                .withPdf(new PdfFile("/home/u/Factures/FA 1.pdf", "FA_1.pdf", 123_456, "0f".repeat(32), true))
                .withFacturX(facts)
                .withRecipientSiret("22691000200014").withServiceCode("VOIRIE").withEngagementNumber("EJ-1")
                .withContractNumber("MSPE2017").withInvoiceNumber("FA-2026-0001")
                .withInvoiceDate(LocalDate.of(2026, 3, 9)).withKind(InvoiceKind.AVOIR)
                .withBillingFrame(BillingFrame.A12).withValidatorStructureSiret("81234567800013")
                .withValidatorServiceCode("FACTURATION")
                .withAmountExclTax(new BigDecimal("1000.00")).withVatAmount(new BigDecimal("200.00"))
                .withAmountInclTax(new BigDecimal("1200.00")).withAmountDue(new BigDecimal("1200.00"))
                .withVatLines(List.of(new VatLine(new BigDecimal("20.00"), new BigDecimal("1000.00"),
                        new BigDecimal("200.00"))))
                .withComment("Livraison de mars – 2ᵉ lot « urgent »")
                .withVatRegime(VatRegime.ENCAISSEMENTS)
                .withVatExemption(VatExemption.typed("Exonération de TVA, art. 261-4-4° a du CGI"))
                .withOriginalInvoiceNumber("FA-2026-0000")
                .withPaymentMode(PaymentMode.CHEQUE)
                .withBankAccountId(144051L)
                .withOrigin(DraftField.PAYMENT_MODE, FieldSource.PROFILE)
                .withStepReached(DraftStep.AMOUNTS)
                .withOrigin(DraftField.INVOICE_NUMBER, FieldSource.FACTURX)
                .withOrigin(DraftField.COMMENT, FieldSource.TYPED)
                .withUpdatedAt(Instant.parse("2026-03-10T09:05:00Z"));
    }

    @Test
    void aDraftSurvivesTheRoundTripExactly() throws Exception {
        InvoiceDraft draft = everythingFilled();
        InvoiceDraft back = json.read(json.write(draft));

        assertThat(back).isEqualTo(draft);
        assertThat(back.amountExclTax().orElseThrow().toPlainString()).as("scale kept").isEqualTo("1000.00");
    }

    @Test
    void anEmptyDraftSurvivesTooAndAbsentIsNull() throws Exception {
        InvoiceDraft draft = InvoiceDraft.start(Instant.parse("2026-03-10T09:00:00Z"));
        byte[] bytes = json.write(draft);
        String text = new String(bytes, StandardCharsets.UTF_8);

        assertThat(json.read(bytes)).isEqualTo(draft);
        assertThat(text).contains("\"schemaVersion\" : 4").contains("\"invoiceNumber\" : null")
                .contains("\"bankAccountId\" : null")
                .contains("\"vatRegime\" : null").contains("\"paymentMode\" : null")
                .contains("\"createdAt\" : \"2026-03-10T09:00:00Z\"").contains("\"billingFrame\" : \"A1\"");
    }

    @Test
    void theVatRegimeExemptionOriginalInvoiceAndPaymentModeAreWrittenByName() {
        String text = new String(json.write(everythingFilled()), StandardCharsets.UTF_8);
        assertThat(text).contains("\"vatRegime\" : \"ENCAISSEMENTS\"")
                .contains("\"reason\" : \"Exonération de TVA, art. 261-4-4° a du CGI\"")
                .contains("\"originalInvoiceNumber\" : \"FA-2026-0000\"")
                .contains("\"paymentMode\" : \"CHEQUE\"")
                .contains("\"PAYMENT_MODE\" : \"PROFILE\"")
                .contains("\"paymentMeansCode\" : \"58\"")
                .contains("\"bankAccountId\" : 144051")
                .contains("\"payeeIban\" : \"FR20 1242 1242 1242 1242 1242 124\"");
    }

    @Test
    void aVersion3DraftReadsWithoutABankAccountOrPayeeIban() throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode tree = (com.fasterxml.jackson.databind.node.ObjectNode)
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.write(everythingFilled()));
        tree.put("schemaVersion", 3);
        tree.remove("bankAccountId");
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("facturX")).remove("payeeIban");

        InvoiceDraft read = json.read(tree.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(read.schemaVersion()).isEqualTo(4);
        assertThat(read.bankAccountId()).isEmpty();
        assertThat(read.facturX().orElseThrow().payeeIban()).isEmpty();
        assertThat(read.paymentMode()).contains(PaymentMode.CHEQUE);
    }

    @Test
    void aVersion2DraftReadsWithoutVatRegimeExemptionOriginalInvoiceOrPaymentMode() throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode tree = (com.fasterxml.jackson.databind.node.ObjectNode)
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.write(everythingFilled()));
        tree.put("schemaVersion", 2);
        tree.remove(List.of("vatRegime", "vatExemption", "originalInvoiceNumber", "paymentMode"));

        InvoiceDraft read = json.read(tree.toString().getBytes(StandardCharsets.UTF_8));

        assertThat(read.schemaVersion()).isEqualTo(4);
        assertThat(read.vatRegime()).isEmpty();
        assertThat(read.vatExemption()).isEmpty();
        assertThat(read.originalInvoiceNumber()).isEmpty();
        assertThat(read.paymentMode()).isEmpty();
        assertThat(read.invoiceNumber()).contains("FA-2026-0001");
        assertThat(read.vatLines()).hasSize(1);
    }

    @Test
    void amountsAreWrittenAsExactDecimalsAndDatesAsIso() {
        String text = new String(json.write(everythingFilled()), StandardCharsets.UTF_8);
        assertThat(text).contains("\"amountExclTax\" : 1000.00").contains("\"invoiceDate\" : \"2026-03-09\"");
    }

    @Test
    void aFileFromANewerVersionOrNotADraftIsRefused(@TempDir Path dir) throws Exception {
        String newer = new String(json.write(everythingFilled()), StandardCharsets.UTF_8)
                .replace("\"schemaVersion\" : 4", "\"schemaVersion\" : 5");
        assertThatThrownBy(() -> json.read(newer.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvoiceDraftJson.UnreadableDraftException.class).hasMessageContaining("schemaVersion 5");
        assertThatThrownBy(() -> json.read("[1,2]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvoiceDraftJson.UnreadableDraftException.class);
        assertThatThrownBy(() -> json.read("{\"schemaVersion\":1}".getBytes(StandardCharsets.UTF_8)))
                .as("no id").isInstanceOf(InvoiceDraftJson.UnreadableDraftException.class);

        // what drafts will do: an atomic write, then a read
        InvoiceDraft draft = everythingFilled();
        Path file = dir.resolve("draft.json");
        AtomicFiles.write(file, json.write(draft));
        assertThat(json.read(Files.readAllBytes(file))).isEqualTo(draft);
    }

    @Test
    void anUnknownFieldFromALaterMinorChangeIsIgnored() throws Exception {
        String later = new String(json.write(everythingFilled()), StandardCharsets.UTF_8)
                .replaceFirst("\\{", "{ \"addedLater\" : true,");
        assertThat(json.read(later.getBytes(StandardCharsets.UTF_8)).invoiceNumber()).contains("FA-2026-0001");
    }
}
