package fr.chorusdesk.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreflightTest {

    @TempDir
    Path dir;

    private final PdfInspector inspector = new PdfInspector();

    @Test
    void aCleanPlainPdfPassesEveryCheck() throws IOException {
        Path pdf = TestPdfs.textPdf(dir.resolve("FA-2026-0042.pdf"), List.of("Facture n° FA-2026-0042"));
        PreflightReport report = inspector.preflight(pdf);
        assertThat(report.checks()).extracting(PreflightCheck::id).containsExactly(
                CheckIds.FILE_READABLE, CheckIds.FILE_SIZE, CheckIds.FILE_NAME, CheckIds.PDF_HEADER,
                CheckIds.PDF_STRUCTURE, CheckIds.PDF_PARSE, CheckIds.PDF_ENCRYPTION, CheckIds.PDF_PAGES,
                CheckIds.PDF_TEXT, CheckIds.PDF_PDFA, CheckIds.FACTURX);
        assertThat(report.checks()).allSatisfy(c -> assertThat(c.status()).isEqualTo(CheckStatus.PASS));
        assertThat(report.passes()).isTrue();
        assertThat(report.pageCount()).contains(1);
        assertThat(report.sizeBytes()).contains(Files.size(pdf));
        assertThat(report.pdfA()).isEmpty();
        assertThat(report.uploadName()).isEqualTo("FA-2026-0042.pdf");
        assertThat(report.check(CheckIds.PDF_PDFA).orElseThrow().messageKey()).isEqualTo("pdf.check.pdfa.none");
    }

    @Test
    void anUnsafeNameGetsASafeUploadNameAndTheFileStaysAsItIs() throws IOException {
        String name = "Facture été 2026 pour la Communauté d'agglomération de Saint-Exemple.pdf";
        Path pdf = TestPdfs.textPdf(dir.resolve(name), List.of("Facture"));
        PreflightReport report = inspector.preflight(pdf);
        PreflightCheck check = report.check(CheckIds.FILE_NAME).orElseThrow();
        assertThat(check.status()).isEqualTo(CheckStatus.WARN);
        assertThat(report.uploadName()).hasSizeLessThanOrEqualTo(50).endsWith(".pdf")
                .startsWith("Facture-ete-2026-pour-la-Communaute-d-agglom");
        assertThat(check.args()).containsExactly(name.length(), 50, report.uploadName());
        assertThat(report.uploadName()).isNotEqualTo(name);
        assertThat(report.passes()).as("a name is fixed for the upload, not a reason to refuse").isTrue();
        assertThat(Files.exists(pdf)).isTrue();
        assertThat(PdfMessages.forLocale(java.util.Locale.FRENCH).format(check.message()))
                .contains(report.uploadName()).contains("n’est pas renommé");
    }

    @Test
    void overTenMegabytesFailsWithTheFigure() throws IOException {
        Path pdf = dir.resolve("gros.pdf");
        byte[] noise = new byte[10_200_000];
        new Random(1).nextBytes(noise);
        try (PDDocument doc = new PDDocument()) {
            TestPdfs.addTextPage(doc, List.of("Facture"));
            // an uncompressed stream nobody reads: only the size matters here
            PDStream filler = new PDStream(doc, new ByteArrayInputStream(noise));
            doc.getDocumentCatalog().getCOSObject().setItem("Filler", filler);
            doc.save(pdf.toFile());
        }
        PreflightReport report = inspector.preflight(pdf);
        PreflightCheck check = report.check(CheckIds.FILE_SIZE).orElseThrow();
        assertThat(check.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(check.messageKey()).isEqualTo("pdf.check.size.tooLarge");
        assertThat((Double) check.args().get(0)).isGreaterThan(10.2);
        assertThat(report.verdict()).isEqualTo(PreflightReport.Verdict.FAILS);
        assertThat(PdfMessages.forLocale(java.util.Locale.FRENCH).format(check.message()))
                .contains("10,2 Mo").contains("10 Mo");
    }

    @Test
    void aScanWithoutTextIsAWarningNotAFailure() throws IOException {
        Path pdf = dir.resolve("scan.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(200, 280,
                    java.awt.image.BufferedImage.TYPE_INT_RGB);
            PDImageXObject xobject = LosslessFactory.createFromImage(doc, image);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawImage(xobject, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            }
            doc.save(pdf.toFile());
        }
        PdfInspection inspection = inspector.inspect(pdf);
        assertThat(inspection.preflight().check(CheckIds.PDF_TEXT).orElseThrow().status()).isEqualTo(CheckStatus.WARN);
        assertThat(inspection.preflight().passes()).isTrue();
        assertThat(inspection.hints()).isEmpty();
    }

    @Test
    void pdfAClaimIsReadFromTheXmp() throws IOException {
        Path pdf = dir.resolve("pdfa.pdf");
        try (PDDocument doc = new PDDocument()) {
            TestPdfs.addTextPage(doc, List.of("Facture"));
            TestPdfs.setXmp(doc, TestPdfs.xmp("2", "U", null));
            doc.save(pdf.toFile());
        }
        PreflightReport report = inspector.preflight(pdf);
        assertThat(report.pdfA()).contains("PDF/A-2U");
        assertThat(report.check(CheckIds.PDF_PDFA).orElseThrow().args()).containsExactly("PDF/A-2U");
    }

    @Test
    void xmpInElementFormIsReadToo() {
        String xmp = """
                <x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
                <pdfaid:part>3</pdfaid:part><pdfaid:conformance>A</pdfaid:conformance></rdf:Description>
                <rdf:Description rdf:about="" xmlns:zf="urn:zugferd:pdfa:CrossIndustryDocument:invoice:2p0#"
                  zf:ConformanceLevel="EXTENDED"/>
                </rdf:RDF></x:xmpmeta>""";
        XmpInfo info = XmpInfo.parse(xmp.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(info.pdfAClaim()).contains("PDF/A-3A");
        assertThat(info.invoiceConformanceLevel()).contains("EXTENDED");
        assertThat(XmpInfo.parse("not xml".getBytes(java.nio.charset.StandardCharsets.UTF_8))).isEqualTo(XmpInfo.NONE);
    }
}
