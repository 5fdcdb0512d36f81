package fr.chorusdesk.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.chorusdesk.validation.FacturXPdfs;
import fr.chorusdesk.validation.InvoiceXmls;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainPdfCopyTest {

    @TempDir
    Path dir;

    @Test
    void theCopyHasTheSamePagesAndNoFacturXWhileTheOriginalIsUntouched() throws Exception {
        Path original = FacturXPdfs.write(dir.resolve("facture.pdf"), InvoiceXmls.en16931("F-2026-010"), "EN 16931",
                List.of("FACTURE F-2026-010", "Total TTC 1 200,00 EUR"));
        byte[] before = Files.readAllBytes(original);
        assertThat(new FacturXReader().read(original)).isPresent();

        List<String> removed = new PlainPdfCopy().write(original, dir.resolve("copie/facture.pdf"));
        Path copy = dir.resolve("copie/facture.pdf");

        assertThat(removed).containsExactly("factur-x.xml");
        assertThat(Files.readAllBytes(original)).isEqualTo(before);
        assertThat(sha256(Files.readAllBytes(original))).isEqualTo(sha256(before));
        assertThat(new FacturXReader().read(copy)).isEmpty();
        PdfInspection inspection = new PdfInspector().inspect(copy);
        assertThat(inspection.facturX()).isEmpty();
        assertThat(inspection.preflight().verdict()).isEqualTo(PreflightReport.Verdict.PASSES);
        try (PDDocument a = Loader.loadPDF(original.toFile()); PDDocument b = Loader.loadPDF(copy.toFile())) {
            assertThat(b.getNumberOfPages()).isEqualTo(a.getNumberOfPages());
            assertThat(new PDFTextStripper().getText(b)).isEqualTo(new PDFTextStripper().getText(a))
                    .contains("FACTURE F-2026-010");
            assertThat(b.getDocumentCatalog().getCOSObject().containsKey(COSName.AF)).isFalse();
            String xmp = new String(b.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp).doesNotContain("urn:factur-x").doesNotContain("ConformanceLevel").contains("pdfaid");
        }
    }

    @Test
    void aPdfWithoutInvoiceXmlOrTheOriginalAsTargetIsRefused() throws Exception {
        Path plain = TestPdfs.textPdf(dir.resolve("simple.pdf"), List.of("Facture"));
        Path facturX = FacturXPdfs.write(dir.resolve("fx.pdf"), InvoiceXmls.minimum("F-1"), "MINIMUM", List.of("F-1"));

        assertThatThrownBy(() -> new PlainPdfCopy().write(plain, dir.resolve("out.pdf")))
                .isInstanceOf(PlainPdfCopy.CopyException.class);
        assertThatThrownBy(() -> new PlainPdfCopy().write(facturX, facturX))
                .isInstanceOf(PlainPdfCopy.CopyException.class);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
