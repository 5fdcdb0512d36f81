package fr.chorusdesk.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

/**
 * Finds the invoice XML embedded in a Factur-X / ZUGFeRD PDF and reads it. Stateless, so one
 * instance may serve every thread; a {@link PDDocument} itself must not be shared between threads.
 */
public final class FacturXReader {

    /** Names of the invoice attachment: Factur-X, ZUGFeRD 2.x, ZUGFeRD 1.0 and XRechnung. */
    public static final List<String> INVOICE_FILE_NAMES =
            List.of("factur-x.xml", "zugferd-invoice.xml", "xrechnung.xml", "zugferd_invoice.xml");

    /** A real invoice XML is a few hundred kB at most; anything bigger is refused unread. */
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

    /** Empty when the PDF carries no invoice attachment: then it is a plain PDF. */
    public Optional<FacturXReading> read(PDDocument document) {
        return read(document, XmpInfo.read(document));
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
        List<PdfMessage> problems = new ArrayList<>();
        Optional<FacturXProfile> xmpProfile = xmp.invoiceConformanceLevel().flatMap(FacturXProfile::fromConformanceLevel);
        byte[] xml;
        try {
            xml = readBounded(attachment.get().file());
        } catch (TooLarge e) {
            problems.add(PdfMessage.of("pdf.facturx.xml.tooLarge", name, MAX_XML_BYTES / (1024 * 1024)));
            return Optional.of(new FacturXReading(name, xmpProfile, xmp.invoiceConformanceLevel(), Optional.empty(), problems));
        } catch (IOException | RuntimeException e) {
            problems.add(PdfMessage.of("pdf.facturx.xml.unreadable", name));
            return Optional.of(new FacturXReading(name, xmpProfile, xmp.invoiceConformanceLevel(), Optional.empty(), problems));
        }
        CiiParser.Result result = CiiParser.parse(xml);
        problems.addAll(result.problems());
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
        return Optional.of(new FacturXReading(name, profile, xmp.invoiceConformanceLevel(), result.invoice(), problems));
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
