package fr.chorusdesk.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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

/**
 * The one writer of invoice PDFs: A4 pages of text in Helvetica, and for a Factur-X invoice its
 * CII XML embedded as {@code factur-x.xml} with the XMP that claims PDF/A-3 and the Factur-X
 * profile. The demo profile's sample invoices are written with it, and so is every PDF the tests
 * need (plain, Factur-X, damaged on purpose from a valid one). What it writes is what a simple
 * office suite writes: it does not make a PDF/A-3 file that a validator would accept.
 */
public final class InvoicePdfWriter {

    /** Where and how big the text of a page is. */
    public record TextLayout(float fontSize, float leading, float left, float top) {
        /** 11 pt, from the top left corner: what most of the tests' invoices use. */
        public static final TextLayout STANDARD = new TextLayout(11, 14, 50, 780);
    }

    private final List<List<String>> pages = new ArrayList<>();
    private final Map<String, byte[]> attachments = new LinkedHashMap<>();
    private Optional<String> xmp = Optional.empty();
    private TextLayout layout = TextLayout.STANDARD;

    private InvoicePdfWriter() {
    }

    /** An empty document: add pages, then write it. */
    public static InvoicePdfWriter document() {
        return new InvoicePdfWriter();
    }

    /** The layout of the pages' text. */
    public InvoicePdfWriter layout(TextLayout value) {
        layout = Objects.requireNonNull(value);
        return this;
    }

    /** A page with these lines (no line at all: a page without a text layer). */
    public InvoicePdfWriter page(List<String> lines) {
        pages.add(List.copyOf(lines));
        return this;
    }

    /** An embedded file of type {@code text/xml}. */
    public InvoicePdfWriter attach(String name, byte[] content) {
        attachments.put(Objects.requireNonNull(name), content.clone());
        return this;
    }

    /** The document's XMP metadata, as given. */
    public InvoicePdfWriter xmp(String value) {
        xmp = Optional.of(value);
        return this;
    }

    /**
     * The Factur-X parts as an invoicing program writes them: the XML as {@code factur-x.xml} with
     * its AFRelationship, listed in the catalog's {@code /AF}, and XMP claiming PDF/A-3B and
     * {@code level} with the Factur-X extension schema.
     */
    public InvoicePdfWriter facturX(String xml, String level) {
        return facturX(xml, "factur-x.xml", level);
    }

    /** The same under another attachment name (an older ZUGFeRD name, a wrong one). */
    public InvoicePdfWriter facturX(String xml, String attachmentName, String level) {
        attach(attachmentName, xml.getBytes(StandardCharsets.UTF_8));
        associated.add(attachmentName);
        return xmp(xmp("3", "B", level));
    }

    /** The attachments that are the invoice's data: AFRelationship {@code Data}, in {@code /AF}. */
    private final java.util.Set<String> associated = new java.util.LinkedHashSet<>();

    /** The PDF's bytes. */
    public byte[] toBytes() throws IOException {
        try (PDDocument doc = build(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** Writes the PDF to a file (a test's temporary one: the app writes {@link #toBytes} atomically). */
    public Path writeTo(Path file) throws IOException {
        Files.write(file, toBytes());
        return file;
    }

    private PDDocument build() throws IOException {
        PDDocument doc = new PDDocument();
        try {
            for (List<String> lines : pages) {
                addPage(doc, lines);
            }
            if (!attachments.isEmpty()) {
                embed(doc);
            }
            if (xmp.isPresent()) {
                PDMetadata metadata = new PDMetadata(doc);
                metadata.importXMPMetadata(xmp.get().getBytes(StandardCharsets.UTF_8));
                doc.getDocumentCatalog().setMetadata(metadata);
            }
            return doc;
        } catch (IOException | RuntimeException e) {
            doc.close();
            throw e;
        }
    }

    private void addPage(PDDocument doc, List<String> lines) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        if (lines.isEmpty()) {
            return;
        }
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), layout.fontSize());
            content.setLeading(layout.leading());
            content.newLineAtOffset(layout.left(), layout.top());
            for (String line : lines) {
                // the standard fonts' WinAnsi has French accents, not the typographic apostrophe
                content.showText(line.replace('’', '\''));
                content.newLine();
            }
            content.endText();
        }
    }

    private void embed(PDDocument doc) throws IOException {
        Map<String, PDComplexFileSpecification> files = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> attachment : attachments.entrySet()) {
            byte[] bytes = attachment.getValue();
            PDEmbeddedFile embedded = new PDEmbeddedFile(doc, new ByteArrayInputStream(bytes));
            embedded.setSubtype("text/xml");
            embedded.setSize(bytes.length);
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile(attachment.getKey());
            spec.setFileUnicode(attachment.getKey());
            spec.setEmbeddedFile(embedded);
            spec.setEmbeddedFileUnicode(embedded);
            files.put(attachment.getKey(), spec);
        }
        org.apache.pdfbox.cos.COSArray af = new org.apache.pdfbox.cos.COSArray();
        for (String name : associated) {
            PDComplexFileSpecification spec = files.get(name);
            spec.getCOSObject().setName(org.apache.pdfbox.cos.COSName.getPDFName("AFRelationship"), "Data");
            af.add(spec.getCOSObject());
        }
        if (af.size() > 0) {
            doc.getDocumentCatalog().getCOSObject().setItem(org.apache.pdfbox.cos.COSName.AF, af);
        }
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(files);
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
        names.setEmbeddedFiles(tree);
        doc.getDocumentCatalog().setNames(names);
    }

    /**
     * XMP with the PDF/A identification (attribute form) and, when {@code facturXLevel} is given,
     * the Factur-X extension schema (element form), as the Factur-X specification shows it.
     */
    public static String xmp(String part, String conformance, String facturXLevel) {
        String fx = facturXLevel == null ? "" : """
                  <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
                      xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#">
                    <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
                      <pdfaSchema:schema>Factur-X PDFA Extension Schema</pdfaSchema:schema>
                      <pdfaSchema:namespaceURI>urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#</pdfaSchema:namespaceURI>
                      <pdfaSchema:prefix>fx</pdfaSchema:prefix>
                    </rdf:li></rdf:Bag></pdfaExtension:schemas>
                  </rdf:Description>
                  <rdf:Description rdf:about="" xmlns:fx="urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#">
                    <fx:DocumentType>INVOICE</fx:DocumentType>
                    <fx:DocumentFileName>factur-x.xml</fx:DocumentFileName>
                    <fx:Version>1.0</fx:Version>
                    <fx:ConformanceLevel>%s</fx:ConformanceLevel>
                  </rdf:Description>
                """.formatted(facturXLevel);
        return """
                <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                <x:xmpmeta xmlns:x="adobe:ns:meta/">
                 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                  <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
                      pdfaid:part="%s" pdfaid:conformance="%s"/>
                %s </rdf:RDF>
                </x:xmpmeta>
                <?xpacket end="w"?>
                """.formatted(part, conformance, fx);
    }
}
