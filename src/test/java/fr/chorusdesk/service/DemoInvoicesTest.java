package fr.chorusdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.chorusdesk.pdf.FacturXInvoice;
import fr.chorusdesk.pdf.FacturXProfile;
import fr.chorusdesk.pdf.FacturXReading;
import fr.chorusdesk.pdf.PdfInspection;
import fr.chorusdesk.pdf.PdfInspector;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo profile's sample invoices, read back through the app's own PDF inspection. */
class DemoInvoicesTest {

    /** docs/sandbox.md, "Seeded data". */
    private static final String DEMO_SUPPLIER_SIRET = "81234567800013";
    private static final String VALBOURG_SIRET = "21750001000012";
    private static final String VAL_DEMO_SIRET = "22691000200014";

    // 08:30:05 UTC on 10 March 2026 is 09:30:05 in Paris (winter time, UTC+1)
    private static final Clock WINTER = Clock.fixed(Instant.parse("2026-03-10T08:30:05Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** The page's text lines, top to bottom, and where every character is drawn. */
    private static List<String> lines(Path pdf, List<TextPosition> positions) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    positions.add(text);
                    super.processTextPosition(text);
                }
            };
            stripper.setSortByPosition(true);
            return stripper.getText(doc).lines().map(String::strip).toList();
        }
    }

    /** Every BT has its ET (ISO 32000-1, 9.4: text objects). */
    private static void assertTextObjectsClosed(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDPage page = doc.getPage(0);
            List<String> operators = new ArrayList<>();
            for (Object token : new PDFStreamParser(page).parse()) {
                if (token instanceof Operator op && (op.getName().equals("BT") || op.getName().equals("ET"))) {
                    operators.add(op.getName());
                }
            }
            assertEquals(List.of("BT", "ET"), operators);
        }
    }

    private static void assertReadableInvoicePage(Path pdf, String numberLine, String recipientLine)
            throws IOException {
        List<TextPosition> positions = new ArrayList<>();
        List<String> lines = lines(pdf, positions);
        // one line of text per line of the invoice, in reading order
        assertEquals("ATELIER DEMO CONSEIL SARL", lines.get(0), lines.toString());
        assertEquals("SIRET " + DEMO_SUPPLIER_SIRET, lines.get(1), lines.toString());
        int number = lines.indexOf(numberLine);
        int recipient = lines.indexOf(recipientLine);
        int total = lines.indexOf("Total TTC 1 200,00 €");
        assertTrue(number > 1 && recipient > number && total > recipient, lines.toString());
        // drawn on the A4 page (595 × 842 pt), starting in its top quarter, with a left margin
        assertTrue(positions.size() > 100);
        for (TextPosition p : positions) {
            assertTrue(p.getXDirAdj() > 0 && p.getXDirAdj() < 595 && p.getYDirAdj() > 0 && p.getYDirAdj() < 842,
                    "off the page: " + p + " at " + p.getXDirAdj() + "," + p.getYDirAdj());
        }
        TextPosition first = positions.get(0);
        assertTrue(first.getYDirAdj() < 842 / 4.0 && first.getXDirAdj() > 20, "first line at " + first.getYDirAdj());
        assertTextObjectsClosed(pdf);
    }

    @Test
    void theFacturXXmlIsEmbeddedAsTheStandardAsks() throws IOException {
        Path file = new DemoInvoices(dir, WINTER).facturX();
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            PDEmbeddedFilesNameTreeNode tree = doc.getDocumentCatalog().getNames().getEmbeddedFiles();
            Map<String, PDComplexFileSpecification> names = tree.getNames();
            assertEquals(List.of("factur-x.xml"), List.copyOf(names.keySet()));
            PDComplexFileSpecification spec = names.get("factur-x.xml");
            // Factur-X 1.0: file named factur-x.xml, F and UF, MIME type text/xml
            assertEquals("factur-x.xml", spec.getFile());
            assertEquals("factur-x.xml", spec.getFileUnicode());
            PDEmbeddedFile byF = spec.getEmbeddedFile();
            PDEmbeddedFile byUf = spec.getEmbeddedFileUnicode();
            assertTrue(byF != null && byUf != null, "EF must have both F and UF");
            assertEquals("text/xml", byUf.getSubtype());
            byte[] xml = byUf.toByteArray();
            assertEquals(xml.length, byUf.getSize());
            assertTrue(new String(byF.toByteArray(), java.nio.charset.StandardCharsets.UTF_8)
                    .contains("<ram:ID>FX-260310-093005</ram:ID>"));
        }
    }

    @Test
    void theFacturXInvoiceReadsBackWithTheDocumentedValues() throws IOException {
        Path file = new DemoInvoices(dir, WINTER).facturX();
        assertEquals(dir.resolve("FX-260310-093005.pdf"), file);

        PdfInspection inspection = new PdfInspector().inspect(file);
        assertTrue(inspection.preflight().passes(), inspection.preflight().checks().toString());
        FacturXReading reading = inspection.facturX().orElseThrow();
        assertEquals(Optional.of(FacturXProfile.MINIMUM), reading.profile());
        assertEquals(Optional.of("MINIMUM"), reading.xmpConformanceLevel());
        FacturXInvoice invoice = reading.invoice().orElseThrow();
        assertEquals(Optional.of("FX-260310-093005"), invoice.number());
        assertEquals(Optional.of(LocalDate.of(2026, 3, 10)), invoice.issueDate());
        assertEquals(Optional.of("380"), invoice.typeCode());
        assertEquals(Optional.of("EUR"), invoice.currency());
        assertEquals(Optional.of(DEMO_SUPPLIER_SIRET), invoice.seller().siret());
        assertEquals(Optional.of(VALBOURG_SIRET), invoice.buyer().siret());
        assertEquals(Optional.of(new BigDecimal("1000.00")), invoice.totalWithoutVat());
        assertEquals(Optional.of(new BigDecimal("200.00")), invoice.totalVat());
        assertEquals(Optional.of(new BigDecimal("1200.00")), invoice.totalWithVat());
        assertEquals(Optional.of(new BigDecimal("1200.00")), invoice.amountDue());
        assertEquals(VALBOURG_SIRET, DemoInvoices.FACTURX_RECIPIENT_SIRET);

        assertReadableInvoicePage(file, "Facture n° FX-260310-093005", "SIRET du destinataire " + VALBOURG_SIRET);
        String page = text(file);
        assertTrue(page.contains("Date de facture 10/03/2026"), page);
        assertTrue(page.contains("SIRET du destinataire " + VALBOURG_SIRET), page);
    }

    @Test
    void theDateAndNumberFollowParisTimeInSummerToo() throws IOException {
        // 22:30 UTC on 1 July is already 00:30 on 2 July in Paris (summer time, UTC+2)
        Clock summer = Clock.fixed(Instant.parse("2026-07-01T22:30:00Z"), ZoneOffset.UTC);
        Path file = new DemoInvoices(dir, summer).facturX();
        assertEquals(dir.resolve("FX-260702-003000.pdf"), file);
        FacturXInvoice invoice = new PdfInspector().inspect(file).facturX().orElseThrow().invoice().orElseThrow();
        assertEquals(Optional.of(LocalDate.of(2026, 7, 2)), invoice.issueDate());
    }

    @Test
    void twoSamplesInTheSameSecondGetDistinctNumbers() {
        DemoInvoices demo = new DemoInvoices(dir, WINTER);
        assertEquals(dir.resolve("FX-260310-093005.pdf"), demo.facturX());
        assertEquals(dir.resolve("FX-260310-093005-2.pdf"), demo.facturX());
        assertEquals(dir.resolve("FX-260310-093005-3.pdf"), demo.facturX());
        assertEquals(dir.resolve("facture-FA-260310-093005.pdf"), demo.plainPdf());
        assertEquals(dir.resolve("facture-FA-260310-093005-2.pdf"), demo.plainPdf());
    }

    @Test
    void thePlainPdfPassesPreflightAndHasNoInvoiceXml() throws IOException {
        Path file = new DemoInvoices(dir, WINTER).plainPdf();
        PdfInspection inspection = new PdfInspector().inspect(file);
        assertTrue(inspection.preflight().passes(), inspection.preflight().checks().toString());
        assertEquals(Optional.empty(), inspection.facturX());
        assertReadableInvoicePage(file, "Facture n° FA-260310-093005", "SIRET du destinataire " + VAL_DEMO_SIRET);
        String page = text(file);
        assertTrue(page.contains("SIRET du destinataire " + VAL_DEMO_SIRET), page);
        assertTrue(page.contains("Total TTC 1 200,00 €"), page);
    }
}
