package fr.chorusdesk.pdf;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the signature dictionaries of a loaded PDF. When there are several, the one reported is
 * the one whose signed byte range reaches furthest into the file (the last applied).
 */
public final class SignatureReader {

    private static final Logger LOG = LoggerFactory.getLogger(SignatureReader.class);

    private SignatureReader() {
    }

    static PdfSignature read(PDDocument document, long fileSize) {
        List<PDSignature> signatures;
        try {
            signatures = document.getSignatureDictionaries();
        } catch (RuntimeException e) {
            // a damaged form must not stop the inspection; an unreadable signature counts as none
            LOG.debug("Signature dictionaries unreadable", e);
            return PdfSignature.none();
        }
        if (signatures.isEmpty()) {
            return PdfSignature.none();
        }
        PDSignature last = signatures.stream().max(Comparator.comparingLong(SignatureReader::signedEnd)).orElseThrow();
        Optional<String> subFilter = Optional.ofNullable(last.getSubFilter()).filter(s -> !s.isBlank());
        return new PdfSignature(signatures.size(), subFilter, kind(subFilter),
                Optional.ofNullable(last.getName()).map(String::strip).filter(s -> !s.isEmpty()),
                signingTime(last), fileSize > 0 && signedEnd(last) == fileSize);
    }

    static PdfSignature.Kind kind(Optional<String> subFilter) {
        return switch (subFilter.orElse("")) {
            case "ETSI.CAdES.detached" -> PdfSignature.Kind.PADES;
            case "adbe.pkcs7.detached", "adbe.pkcs7.sha1" -> PdfSignature.Kind.PKCS7;
            case "ETSI.RFC3161" -> PdfSignature.Kind.TIMESTAMP;
            default -> PdfSignature.Kind.OTHER;
        };
    }

    /** End of the signed bytes: offset plus length of the second range of {@code /ByteRange}. */
    private static long signedEnd(PDSignature signature) {
        int[] range;
        try {
            range = signature.getByteRange();
        } catch (RuntimeException e) {
            return -1;
        }
        return range != null && range.length == 4 ? (long) range[2] + range[3] : -1;
    }

    private static Optional<OffsetDateTime> signingTime(PDSignature signature) {
        Calendar date;
        try {
            date = signature.getSignDate();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        if (date == null) {
            return Optional.empty();
        }
        int offsetSeconds = date.getTimeZone().getOffset(date.getTimeInMillis()) / 1000;
        return Optional.of(OffsetDateTime.ofInstant(date.toInstant(), ZoneOffset.ofTotalSeconds(offsetSeconds)));
    }

    /** The signature of a PDF held in memory (the sandbox reads uploads this way). */
    public static PdfSignature read(byte[] pdf) throws IOException {
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return read(document, pdf.length);
        }
    }
}
