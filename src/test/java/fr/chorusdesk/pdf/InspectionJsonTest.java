package fr.chorusdesk.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The field names documented in docs/pdf.md: scripts depend on them. */
class InspectionJsonTest {

    @TempDir
    Path dir;

    private final ObjectMapper mapper = new ObjectMapper();

    private JsonNode json(Path pdf, Locale locale) throws IOException {
        PdfInspection inspection = new PdfInspector().inspect(pdf);
        return mapper.readTree(new InspectionJson(PdfMessages.forLocale(locale)).write(inspection));
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void facturXInvoiceFields() throws IOException {
        Path pdf = TestPdfs.facturX(dir.resolve("fx.pdf"), CiiSamples.invoice(CiiSamples.EN16931, "380"),
                "factur-x.xml", "EN 16931");
        JsonNode root = json(pdf, Locale.FRENCH);

        assertThat(names(root)).containsExactly("formatVersion", "file", "verdict", "passes", "uploadName",
                "sizeBytes", "pageCount", "pdfA", "checks", "facturX", "hints", "signature");
        assertThat(root.get("verdict").asText()).isEqualTo("PASSES");
        assertThat(root.get("pdfA").asText()).isEqualTo("PDF/A-3B");
        JsonNode check = root.get("checks").get(0);
        assertThat(names(check)).containsExactly("id", "status", "messageKey", "args", "message");
        JsonNode facturX = root.get("facturX");
        assertThat(names(facturX)).containsExactly("attachment", "profile", "xmpConformanceLevel", "problems", "invoice");
        JsonNode invoice = facturX.get("invoice");
        assertThat(names(invoice)).containsExactly("guidelineId", "number", "typeCode", "type", "issueDate", "currency",
                "seller", "buyer", "buyerReference", "purchaseOrder", "contract", "precedingInvoice",
                "precedingInvoiceDate", "totalWithoutVat", "totalVat", "totalWithVat", "prepaid", "amountDue",
                "vatBreakdown");
        assertThat(invoice.at("/number/term").asText()).isEqualTo("BT-1");
        assertThat(invoice.at("/number/value").asText()).isEqualTo("FA-2026-0042");
        assertThat(invoice.at("/issueDate/value").asText()).isEqualTo("2026-01-15");
        assertThat(invoice.at("/totalWithVat/value").isTextual()).as("amounts as exact strings").isTrue();
        assertThat(invoice.at("/totalWithVat/value").asText()).isEqualTo("1305.50");
        assertThat(invoice.at("/seller/siret/valid").asBoolean()).isTrue();
        assertThat(invoice.at("/precedingInvoice/value").isNull()).as("missing stays missing").isTrue();
        assertThat(invoice.at("/vatBreakdown/0/ratePercent/term").asText()).isEqualTo("BT-119");
    }

    @Test
    void plainPdfHintsAndEnglishMessages() throws IOException {
        Path pdf = TestPdfs.textPdf(dir.resolve("plain.pdf"), List.of("Facture n° A-17", "Total TTC 12,00",
                "Rappel : facture n° A-16"));
        JsonNode root = json(pdf, Locale.ENGLISH);
        assertThat(root.get("facturX").isNull()).isTrue();
        JsonNode hint = root.get("hints").get(0);
        assertThat(names(hint)).as("the shape of before, then what the ranking adds")
                .containsExactly("kind", "value", "page", "line", "context", "confidence", "autoFill", "alternatives",
                        "layout");
        assertThat(hint.get("kind").asText()).isEqualTo("INVOICE_NUMBER");
        assertThat(hint.get("value").asText()).isEqualTo("A-17");
        assertThat(hint.get("confidence").isNumber()).isTrue();
        assertThat(hint.get("autoFill").asBoolean()).as("two numbers on the page: the user chooses").isFalse();
        assertThat(hint.at("/alternatives/0/value").asText()).isEqualTo("A-16");
        assertThat(names(hint.at("/alternatives/0"))).containsExactly("value", "confidence", "page", "line", "context");
        assertThat(hint.get("layout").isNull()).as("no learned layout").isTrue();
        assertThat(root.at("/checks/0/message").asText()).isEqualTo("The file “plain.pdf” is readable.");
    }

    @Test
    void unreadableFileStillHasEveryTopLevelField() throws IOException {
        JsonNode root = json(dir.resolve("absent.pdf"), Locale.FRENCH);
        assertThat(root.get("verdict").asText()).isEqualTo("UNREADABLE");
        assertThat(root.get("sizeBytes").isNull()).isTrue();
        assertThat(root.get("pageCount").isNull()).isTrue();
        assertThat(root.get("hints").isArray()).isTrue();
    }
}
