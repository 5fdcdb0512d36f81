package fr.chorusdesk.pdf;

import java.util.List;
import java.util.Optional;

/**
 * Everything one reading of a PDF tells: the pre-flight report, the embedded invoice when there is
 * one, and text suggestions when there is none.
 *
 * @param fileName the user's file name (the file itself is never renamed)
 * @param hints     suggestions from the text; empty when invoice data was read from the XML
 * @param signature the electronic signature the PDF carries ({@link PdfSignature#none()} when
 *                  unsigned or unreadable)
 */
public record PdfInspection(String fileName, PreflightReport preflight, Optional<FacturXReading> facturX,
                            List<TextHint> hints, PdfSignature signature) {

    public PdfInspection {
        hints = List.copyOf(hints);
        java.util.Objects.requireNonNull(signature, "signature");
    }

    /** An inspection that read no signature. */
    public PdfInspection(String fileName, PreflightReport preflight, Optional<FacturXReading> facturX,
            List<TextHint> hints) {
        this(fileName, preflight, facturX, hints, PdfSignature.none());
    }
}
