package fr.chorusdesk.service;

import fr.chorusdesk.domain.PdfFile;
import fr.chorusdesk.pdf.PlainPdfCopy;
import fr.chorusdesk.validation.ValidationReport;
import fr.chorusdesk.validation.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What blocks before anything is uploaded: a Factur-X that breaks EN 16931 or its schema is not
 * sent as a Factur-X (neither as a flow nor as a PDF carrying its XML). The user may send it as a
 * plain PDF instead: a copy without the XML, made here in a temporary folder; the user's file is
 * only read. A signed PDF cannot be copied without breaking its signature: it goes as it is, or,
 * when its Factur-X is not valid, not at all.
 */
final class FacturXSendingGate {

    private final Optional<FacturXCheckService> checks;
    private final Locale locale;

    FacturXSendingGate(Optional<FacturXCheckService> checks, Locale locale) {
        this.checks = checks;
        this.locale = locale;
    }

    /**
     * @return whether the PDF goes as a plain copy
     * @throws SubmissionException INVALID_DRAFT when the Factur-X is not valid and no plain copy was
     *                             asked, or a plain copy was asked for a signed PDF
     */
    boolean plainCopyNeeded(PdfFile pdf, boolean asPlainPdf) throws SubmissionException {
        if (asPlainPdf && pdf.signed()) {
            throw refusal("submission.error.plainPdfSigned");
        }
        Optional<ValidationReport> report = checks.flatMap(c -> c.report(Path.of(pdf.path())));
        if (asPlainPdf) {
            // without a validator the user's choice still stands: it is their file to strip
            return checks.isEmpty() || report.isPresent();
        }
        if (report.isPresent() && report.get().verdict() == Verdict.INVALID) {
            throw pdf.signed() ? refusal("submission.error.facturXInvalidSigned")
                    : refusal("submission.error.facturXInvalid", report.get().blocking().size());
        }
        return false;
    }

    /** The plain copy, under the same name in a fresh temporary folder; the caller deletes it. */
    Path plainCopy(PdfFile pdf) throws SubmissionException {
        try {
            Path folder = Files.createTempDirectory("chorusdesk-pdf-simple");
            Path copy = folder.resolve(Path.of(pdf.path()).getFileName().toString());
            new PlainPdfCopy().write(Path.of(pdf.path()), copy);
            return copy;
        } catch (IOException e) {
            throw new SubmissionException(SubmissionException.Kind.PDF_CHANGED, "plain copy failed: " + e.getMessage(),
                    ServiceMessages.format(locale, "submission.error.plainPdfFailed", e.getMessage()), List.of(),
                    List.of(), Optional.empty(), e);
        }
    }

    static void delete(Path copy) {
        try {
            Files.deleteIfExists(copy);
            Files.deleteIfExists(copy.getParent());
        } catch (IOException e) {
            copy.toFile().deleteOnExit();
        }
    }

    private SubmissionException refusal(String key, Object... args) {
        return new SubmissionException(SubmissionException.Kind.INVALID_DRAFT, key,
                ServiceMessages.format(locale, key, args), List.of(), List.of(), Optional.empty(), null);
    }
}
