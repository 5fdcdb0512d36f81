package fr.chorusdesk.pdf;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * The electronic signature a PDF carries, as its signature dictionary declares it. Nothing here is
 * verified: neither the certificate nor the digest. Chorus Pro's signed deposit mode only needs the
 * signature to be there and the file to reach it byte for byte.
 *
 * @param count           signature dictionaries in the document (0 when unsigned)
 * @param subFilter       {@code /SubFilter} of the reported signature, e.g. {@code ETSI.CAdES.detached}
 * @param kind            what the sub-filter makes of it
 * @param signerName      {@code /Name} of the signature dictionary, when the signing tool wrote one
 * @param signingTime     {@code /M}, the signing time the signing tool declared
 * @param coversWholeFile whether the signed byte range reaches the end of the file: {@code false}
 *                        means the file was changed (incrementally saved) after this signature
 */
public record PdfSignature(int count, Optional<String> subFilter, Kind kind, Optional<String> signerName,
                           Optional<OffsetDateTime> signingTime, boolean coversWholeFile) {

    /** Signature families by {@code /SubFilter}. */
    public enum Kind {
        /** No signature dictionary. */
        NONE,
        /** {@code ETSI.CAdES.detached}: PAdES (ETSI EN 319 142). */
        PADES,
        /** {@code adbe.pkcs7.detached} or {@code adbe.pkcs7.sha1}: the ISO 32000-1 PKCS#7 signature. */
        PKCS7,
        /** {@code ETSI.RFC3161}: a document time stamp, which signs nobody's consent. */
        TIMESTAMP,
        /** Any other sub-filter (e.g. {@code adbe.x509.rsa_sha1}) or none. */
        OTHER
    }

    public static PdfSignature none() {
        return new PdfSignature(0, Optional.empty(), Kind.NONE, Optional.empty(), Optional.empty(), false);
    }

    public boolean present() {
        return count > 0;
    }

    /**
     * Whether the file may go out as {@code DEPOT_PDF_SIGNE_API}: a PAdES or PKCS#7 signature.
     * Both are PDF signatures in the sense of PAdES part 2; whether Chorus Pro also takes the
     * PKCS#7 sub-filter is not documented (see docs/pdf.md).
     */
    public boolean qualifiesAsSignedPdf() {
        return kind == Kind.PADES || kind == Kind.PKCS7;
    }
}
