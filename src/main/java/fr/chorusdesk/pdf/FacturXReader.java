package fr.chorusdesk.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

/**
 * Finds the invoice XML embedded in a Factur-X / ZUGFeRD PDF and reads it, or reads a bare CII
 * XML. Stateless, so one
 * instance may serve every thread; a {@link PDDocument} itself must not be shared between threads.
 */
public final class FacturXReader {

    /** Names of the invoice attachment: Factur-X, ZUGFeRD 2.x, ZUGFeRD 1.0 and XRechnung. */
    public static final List<String> INVOICE_FILE_NAMES =
            List.of("factur-x.xml", "zugferd-invoice.xml", "xrechnung.xml", "zugferd_invoice.xml");

    /** A real invoice XML is a few hundred kB at most; one over 16 MB is refused unread. */
    static final int MAX_XML_BYTES = 16 * 1024 * 1024;
    private static final int MAX_TREE_DEPTH = 32;

    private final PdfLoader loader;

    public FacturXReader() {
        this(new PdfLoader());
    }

    FacturXReader(PdfLoader loader) {
        this.loader = loader;
    }

    /** Opens the file itself; empty when it holds no invoice XML or cannot be opened. */
    public Optional<FacturXReading> read(Path file) {
        try (PDDocument document = loader.load(file)) {
            return read(document);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The invoice XML's bytes as embedded, for validation; empty for a plain PDF, a file that cannot
     * be opened, or an XML over {@link #MAX_XML_BYTES}.
     */
    public Optional<EmbeddedInvoiceXml> invoiceXml(Path file) {
        try (PDDocument document = loader.load(file)) {
            return invoiceXml(document);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** As {@link #invoiceXml(Path)}, from a PDF received as bytes (a deposit on the sandbox). */
    public Optional<EmbeddedInvoiceXml> invoiceXml(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return invoiceXml(document);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** As {@link #invoiceXml(Path)}, from a document already open. */
    public Optional<EmbeddedInvoiceXml> invoiceXml(PDDocument document) {
        try {
            Optional<Attachment> attachment = findInvoiceAttachment(document);
            if (attachment.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new EmbeddedInvoiceXml(attachment.get().name(), readBounded(attachment.get().file())));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * A PDF received as bytes (a flow deposited on the sandbox): empty when it carries no invoice
     * attachment.
     *
     * @throws IOException when the bytes are not a PDF PDFBox can open
     */
    public Optional<FacturXReading> read(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return read(document);
        }
    }

    /** Empty when the PDF carries no invoice attachment: then it is a plain PDF. */
    public Optional<FacturXReading> read(PDDocument document) {
        return read(document, XmpInfo.read(document));
    }

    /**
     * Reads a bare CII XML, as a flow deposited without its PDF; {@code name} names it in the
     * reading. The invoice is absent when the bytes are not CII the secure parser accepts, and the
     * problems say why.
     */
    public FacturXReading readXml(String name, byte[] xml) {
        if (xml.length > MAX_XML_BYTES) {
            return new FacturXReading(name, Optional.empty(), Optional.empty(), Optional.empty(),
                    List.of(tooLarge(name)));
        }
        return reading(name, xml, Optional.empty());
    }

    Optional<FacturXReading> read(PDDocument document, XmpInfo xmp) {
        Optional<Attachment> attachment;
        try {
            attachment = findInvoiceAttachment(document);
        } catch (IOException | RuntimeException e) {
            attachment = Optional.empty();
        }
        if (attachment.isEmpty()) {
            return Optional.empty();
        }
        String name = attachment.get().name();
        Optional<String> xmpLevel = xmp.invoiceConformanceLevel();
        Optional<FacturXProfile> xmpProfile = xmpLevel.flatMap(FacturXProfile::fromConformanceLevel);
        try {
            return Optional.of(reading(name, readBounded(attachment.get().file()), xmpLevel));
        } catch (TooLarge e) {
            return Optional.of(new FacturXReading(name, xmpProfile, xmpLevel, Optional.empty(), List.of(tooLarge(name))));
        } catch (IOException | RuntimeException e) {
            return Optional.of(new FacturXReading(name, xmpProfile, xmpLevel, Optional.empty(),
                    List.of(PdfMessage.of("pdf.facturx.xml.unreadable", name))));
        }
    }

    private static PdfMessage tooLarge(String name) {
        return PdfMessage.of("pdf.facturx.xml.tooLarge", name, MAX_XML_BYTES / (1024 * 1024));
    }

    private static FacturXReading reading(String name, byte[] xml, Optional<String> xmpLevel) {
        Optional<FacturXProfile> xmpProfile = xmpLevel.flatMap(FacturXProfile::fromConformanceLevel);
        CiiParser.Result result = CiiParser.parse(xml);
        List<PdfMessage> problems = new ArrayList<>(result.problems());
        Optional<FacturXProfile> xmlProfile = result.invoice()
                .flatMap(FacturXInvoice::guidelineId).flatMap(FacturXProfile::fromGuidelineId);
        if (result.invoice().isPresent() && xmlProfile.isEmpty()) {
            problems.add(PdfMessage.of("pdf.facturx.profile.unknown",
                    result.invoice().get().guidelineId().orElse("")));
        }
        if (xmlProfile.isPresent() && xmpProfile.isPresent() && xmlProfile.get() != xmpProfile.get()) {
            problems.add(PdfMessage.of("pdf.facturx.profile.mismatch", xmlProfile.get().name(), xmpProfile.get().name()));
        }
        Optional<FacturXProfile> profile = xmlProfile.isPresent() ? xmlProfile : xmpProfile;
        return new FacturXReading(name, profile, xmpLevel, result.invoice(), problems);
    }

    private record Attachment(String name, PDEmbeddedFile file) {
    }

    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
    }

    private static Optional<Attachment> findInvoiceAttachment(PDDocument document) throws IOException {
        PDDocumentNameDictionary names = document.getDocumentCatalog().getNames();
        if (names == null) {
            return Optional.empty();
        }
        PDEmbeddedFilesNameTreeNode tree = names.getEmbeddedFiles();
        if (tree == null) {
            return Optional.empty();
        }
        List<Attachment> found = new ArrayList<>();
        collect(tree, found, 0);
        // prefer the Factur-X name, then the others in the order of INVOICE_FILE_NAMES
        for (String wanted : INVOICE_FILE_NAMES) {
            for (Attachment attachment : found) {
                if (attachment.name().toLowerCase(Locale.ROOT).equals(wanted)) {
                    return Optional.of(attachment);
                }
            }
        }
        return Optional.empty();
    }

    private static void collect(PDNameTreeNode<PDComplexFileSpecification> node, List<Attachment> found, int depth)
            throws IOException {
        if (depth > MAX_TREE_DEPTH) {
            return;
        }
        Map<String, PDComplexFileSpecification> entries = node.getNames();
        if (entries != null) {
            for (Map.Entry<String, PDComplexFileSpecification> entry : entries.entrySet()) {
                PDComplexFileSpecification spec = entry.getValue();
                if (spec == null) {
                    continue;
                }
                PDEmbeddedFile file = embedded(spec);
                if (file == null) {
                    continue;
                }
                String name = Optional.ofNullable(spec.getFilename()).orElse(entry.getKey());
                if (!isInvoiceName(name) && isInvoiceName(entry.getKey())) {
                    name = entry.getKey();
                }
                found.add(new Attachment(name, file));
            }
        }
        List<PDNameTreeNode<PDComplexFileSpecification>> kids = node.getKids();
        if (kids != null) {
            for (PDNameTreeNode<PDComplexFileSpecification> kid : kids) {
                collect(kid, found, depth + 1);
            }
        }
    }

    private static boolean isInvoiceName(String name) {
        return name != null && INVOICE_FILE_NAMES.contains(name.toLowerCase(Locale.ROOT));
    }

    private static PDEmbeddedFile embedded(PDComplexFileSpecification spec) {
        PDEmbeddedFile file = spec.getEmbeddedFileUnicode();
        if (file == null) {
            file = spec.getEmbeddedFile();
        }
        return file;
    }

    private static byte[] readBounded(PDEmbeddedFile file) throws IOException {
        try (InputStream in = file.createInputStream()) {
            byte[] bytes = in.readNBytes(MAX_XML_BYTES + 1);
            if (bytes.length > MAX_XML_BYTES) {
                throw new TooLarge();
            }
            return bytes;
        }
    }
}
