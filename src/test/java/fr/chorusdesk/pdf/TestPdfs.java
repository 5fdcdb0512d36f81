package fr.chorusdesk.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Builds the PDFs the tests need, in a temporary directory, with the app's one writer where it can. */
final class TestPdfs {

    private TestPdfs() {
    }

    /** A one-page A4 PDF with the given lines in Helvetica (WinAnsi text). */
    static Path textPdf(Path file, List<String> lines) throws IOException {
        return InvoicePdfWriter.document().page(lines).writeTo(file);
    }

    static void addTextPage(PDDocument doc, List<String> lines) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
            content.setLeading(14);
            content.newLineAtOffset(50, 780);
            for (String line : lines) {
                content.showText(line);
                content.newLine();
            }
            content.endText();
        }
    }

    /** Blank pages only: no text layer at all. */
    static Path blankPdf(Path file, int pages) throws IOException {
        InvoicePdfWriter writer = InvoicePdfWriter.document();
        for (int i = 0; i < pages; i++) {
            writer.page(List.of());
        }
        return writer.writeTo(file);
    }

    /** A Factur-X PDF: one text page, the XML embedded as {@code attachmentName}, XMP claiming PDF/A-3B. */
    static Path facturX(Path file, String xml, String attachmentName, String conformanceLevel) throws IOException {
        return facturX(file, xml, attachmentName, conformanceLevel, List.of("Facture", "Voir la facture XML jointe"));
    }

    /** The same, with {@code lines} as the text of its page. */
    static Path facturX(Path file, String xml, String attachmentName, String conformanceLevel, List<String> lines)
            throws IOException {
        return InvoicePdfWriter.document().page(lines).facturX(xml, attachmentName, conformanceLevel).writeTo(file);
    }

    static void embed(PDDocument doc, String name, byte[] bytes) throws IOException {
        PDEmbeddedFile embedded = new PDEmbeddedFile(doc, new ByteArrayInputStream(bytes));
        embedded.setSubtype("text/xml");
        embedded.setSize(bytes.length);
        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile(name);
        spec.setFileUnicode(name);
        spec.setEmbeddedFile(embedded);
        spec.setEmbeddedFileUnicode(embedded);
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(Map.of(name, spec));
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
        names.setEmbeddedFiles(tree);
        doc.getDocumentCatalog().setNames(names);
    }

    static void setXmp(PDDocument doc, String xmp) throws IOException {
        PDMetadata metadata = new PDMetadata(doc);
        metadata.importXMPMetadata(xmp.getBytes(StandardCharsets.UTF_8));
        doc.getDocumentCatalog().setMetadata(metadata);
    }

    /** XMP with the PDF/A id schema (attribute form) and the Factur-X schema (element form). */
    static String xmp(String part, String conformance, String facturXLevel) {
        return InvoicePdfWriter.xmp(part, conformance, facturXLevel);
    }
}
