package fr.chorusdesk.pdf;

import fr.chorusdesk.domain.ChorusLimits;
import fr.chorusdesk.domain.LearnedLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pre-flight, Factur-X reading and text hints of one PDF on a single PDFBox load. Stateless and
 * thread-safe: call it from a background thread, never the UI thread. It never throws for a bad
 * file; every problem becomes a check in the report.
 */
public final class PdfInspector {

    static final double BYTES_PER_MB = 1_000_000d;

    private static final Logger LOG = LoggerFactory.getLogger(PdfInspector.class);

    private final PdfLoader loader;
    private final TextLayerProbe textProbe = new TextLayerProbe();
    private final FacturXReader facturXReader;
    private final PlainPdfReader plainReader = new PlainPdfReader();

    public PdfInspector() {
        this(new PdfLoader());
    }

    PdfInspector(PdfLoader loader) {
        this.loader = loader;
        this.facturXReader = new FacturXReader(loader);
    }

    /** Pre-flight checks only (still reads the invoice XML, which the Factur-X check reports on). */
    public PreflightReport preflight(Path file) {
        return inspect(file, false).preflight();
    }

    /** Pre-flight, invoice data and, for a plain PDF, text suggestions. */
    public PdfInspection inspect(Path file) {
        return inspect(file, true, List.of());
    }

    /** The same, a plain PDF's text read with a learned layout first when it is one of {@code known}. */
    public PdfInspection inspect(Path file, List<LearnedLayout> known) {
        return inspect(file, true, known);
    }

    private PdfInspection inspect(Path file, boolean withHints) {
        return inspect(file, withHints, List.of());
    }

    private PdfInspection inspect(Path file, boolean withHints, List<LearnedLayout> known) {
        String fileName = Optional.ofNullable(file.getFileName()).map(Path::toString).orElse("");
        Run run = new Run(fileName);
        run.known = known;
        try {
            inspectInto(file, withHints, run);
        } catch (RuntimeException | IOException e) {
            // a PDFBox bug or a file changing under our feet must not crash the caller
            LOG.warn("Inspection of {} stopped early", fileName, e);
            run.checks.add(PreflightCheck.fail(CheckIds.PDF_PARSE, "pdf.check.parse.damaged"));
        }
        return run.result();
    }

    /** Mutable state of one inspection; the result is immutable. */
    private static final class Run {
        final String fileName;
        final List<PreflightCheck> checks = new ArrayList<>();
        Optional<Long> size = Optional.empty();
        Optional<Integer> pages = Optional.empty();
        Optional<String> pdfA = Optional.empty();
        Optional<FacturXReading> facturX = Optional.empty();
        List<TextHint> hints = List.of();
        List<LearnedLayout> known = List.of();
        PdfSignature signature = PdfSignature.none();
        String uploadName;

        Run(String fileName) {
            this.fileName = fileName;
            this.uploadName = SafeFileName.proposeForPdf(fileName);
        }

        PdfInspection result() {
            return new PdfInspection(fileName,
                    new PreflightReport(checks, size, pages, pdfA, uploadName), facturX, hints, signature);
        }
    }

    private void inspectInto(Path file, boolean withHints, Run run) throws IOException {
        List<PreflightCheck> checks = run.checks;
        if (!Files.isRegularFile(file)) {
            checks.add(PreflightCheck.fail(CheckIds.FILE_READABLE, "pdf.check.file.missing", run.fileName));
            return;
        }
        if (!Files.isReadable(file)) {
            checks.add(PreflightCheck.fail(CheckIds.FILE_READABLE, "pdf.check.file.unreadable", run.fileName));
            return;
        }
        long size = Files.size(file);
        run.size = Optional.of(size);
        if (size == 0) {
            checks.add(PreflightCheck.fail(CheckIds.FILE_READABLE, "pdf.check.file.empty", run.fileName));
            return;
        }
        checks.add(PreflightCheck.pass(CheckIds.FILE_READABLE, "pdf.check.file.ok", run.fileName));
        checks.add(sizeCheck(size));
        checks.add(nameCheck(run.fileName, run.uploadName));

        byte[] head = FileTail.readHead(file);
        int headerOffset = FileTail.headerOffset(head);
        if (headerOffset < 0) {
            checks.add(PreflightCheck.fail(CheckIds.PDF_HEADER, "pdf.check.header.notPdf"));
            return;
        }
        checks.add(PreflightCheck.pass(CheckIds.PDF_HEADER, "pdf.check.header.ok",
                FileTail.headerVersion(head, headerOffset)));
        checks.add(switch (FileTail.structure(file, size, headerOffset)) {
            case INTACT -> PreflightCheck.pass(CheckIds.PDF_STRUCTURE, "pdf.check.structure.ok");
            case TRUNCATED -> PreflightCheck.fail(CheckIds.PDF_STRUCTURE, "pdf.check.structure.truncated");
            case XREF_DAMAGED -> PreflightCheck.warn(CheckIds.PDF_STRUCTURE, "pdf.check.structure.xrefDamaged");
        });

        PDDocument document;
        try {
            document = loader.load(file);
        } catch (InvalidPasswordException e) {
            // nothing past the encryption dictionary can be read without the password
            checks.add(PreflightCheck.fail(CheckIds.PDF_ENCRYPTION, "pdf.check.encryption.password"));
            return;
        } catch (IOException | RuntimeException e) {
            checks.add(PreflightCheck.fail(CheckIds.PDF_PARSE, "pdf.check.parse.damaged"));
            return;
        }
        try (document) {
            inspectDocument(document, withHints, run);
        }
    }

    private void inspectDocument(PDDocument document, boolean withHints, Run run) {
        List<PreflightCheck> checks = run.checks;
        int pageCount;
        try {
            pageCount = countPages(document);
        } catch (RuntimeException e) {
            checks.add(PreflightCheck.fail(CheckIds.PDF_PARSE, "pdf.check.parse.damaged"));
            return;
        }
        checks.add(PreflightCheck.pass(CheckIds.PDF_PARSE, "pdf.check.parse.ok"));
        checks.add(document.isEncrypted()
                ? PreflightCheck.fail(CheckIds.PDF_ENCRYPTION, "pdf.check.encryption.restricted")
                : PreflightCheck.pass(CheckIds.PDF_ENCRYPTION, "pdf.check.encryption.none"));
        run.pages = Optional.of(pageCount);
        if (pageCount == 0) {
            checks.add(PreflightCheck.fail(CheckIds.PDF_PAGES, "pdf.check.pages.none"));
            return;
        }
        checks.add(PreflightCheck.pass(CheckIds.PDF_PAGES, "pdf.check.pages.count", pageCount));

        List<Integer> sampled = PageTextSampler.pagesToSample(pageCount);
        boolean hasText = textProbe.anyText(document, sampled);
        checks.add(hasText
                ? PreflightCheck.pass(CheckIds.PDF_TEXT, "pdf.check.text.ok", sampled.size())
                : PreflightCheck.warn(CheckIds.PDF_TEXT, "pdf.check.text.none", sampled.size()));

        run.signature = SignatureReader.read(document, run.size.orElse(0L));
        XmpInfo xmp = XmpInfo.read(document);
        run.pdfA = xmp.pdfAClaim();
        run.facturX = facturXReader.read(document, xmp);
        if (run.pdfA.isPresent()) {
            checks.add(PreflightCheck.pass(CheckIds.PDF_PDFA, "pdf.check.pdfa.claimed", run.pdfA.get()));
        } else if (run.facturX.isPresent()) {
            checks.add(PreflightCheck.warn(CheckIds.PDF_PDFA, "pdf.check.pdfa.missingForFacturX"));
        } else {
            checks.add(PreflightCheck.pass(CheckIds.PDF_PDFA, "pdf.check.pdfa.none"));
        }
        checks.add(facturXCheck(run.facturX));

        boolean invoiceRead = run.facturX.flatMap(FacturXReading::invoice).isPresent();
        if (withHints && !invoiceRead && hasText) {
            run.hints = plainReader.read(document, run.known);
        }
    }

    /**
     * The page count of the page tree, with the first page resolved. Walking all of a long
     * document's pages would cost far more than opening it; the pages read for text and rendering
     * are resolved when needed, and a broken one fails there with its own message.
     */
    private static int countPages(PDDocument document) {
        int count = document.getNumberOfPages();
        if (count > 0 && PageLocator.page(document, 0).isEmpty()) {
            throw new IllegalStateException("The page tree does not lead to the first page");
        }
        return count;
    }

    private static PreflightCheck sizeCheck(long size) {
        double mb = size / BYTES_PER_MB;
        double limit = ChorusLimits.MAX_ATTACHMENT_BYTES / BYTES_PER_MB;
        return size > ChorusLimits.MAX_ATTACHMENT_BYTES
                ? PreflightCheck.fail(CheckIds.FILE_SIZE, "pdf.check.size.tooLarge", mb, limit)
                : PreflightCheck.pass(CheckIds.FILE_SIZE, "pdf.check.size.ok", mb, limit);
    }

    private static PreflightCheck nameCheck(String fileName, String uploadName) {
        if (uploadName.equals(fileName)) {
            return PreflightCheck.pass(CheckIds.FILE_NAME, "pdf.check.name.ok", ChorusLimits.MAX_ATTACHMENT_NAME_LENGTH);
        }
        return PreflightCheck.warn(CheckIds.FILE_NAME, "pdf.check.name.renamed", fileName.length(),
                ChorusLimits.MAX_ATTACHMENT_NAME_LENGTH, uploadName);
    }

    private static PreflightCheck facturXCheck(Optional<FacturXReading> reading) {
        if (reading.isEmpty()) {
            return PreflightCheck.pass(CheckIds.FACTURX, "pdf.check.facturx.none");
        }
        FacturXReading r = reading.get();
        String profile = r.profile().map(Enum::name).orElse("?");
        if (r.invoice().isEmpty()) {
            return PreflightCheck.warn(CheckIds.FACTURX, "pdf.check.facturx.unreadable", r.attachmentName());
        }
        if (!r.problems().isEmpty()) {
            return PreflightCheck.warn(CheckIds.FACTURX, "pdf.check.facturx.problems", profile, r.problems().size());
        }
        return PreflightCheck.pass(CheckIds.FACTURX, "pdf.check.facturx.found", profile);
    }
}
