package fr.chorusdesk.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.chorusdesk.testing.SignedPdfs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Signature detection on PDFs really signed in the test (PDFBox + a self-signed CMS). */
class PdfSignatureTest {

    @TempDir
    Path dir;

    private final PdfInspector inspector = new PdfInspector();

    private static Calendar parisTime() {
        Calendar when = new GregorianCalendar(TimeZone.getTimeZone("Europe/Paris"), Locale.FRANCE);
        when.clear();
        when.set(2026, Calendar.MARCH, 9, 14, 30, 5);
        return when;
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    @Test
    void anUnsignedPdfHasNoSignature() throws Exception {
        PdfInspection inspection = inspector.inspect(write("plain.pdf", SignedPdfs.unsigned()));
        assertThat(inspection.signature().present()).isFalse();
        assertThat(inspection.signature().kind()).isEqualTo(PdfSignature.Kind.NONE);
        assertThat(inspection.signature().qualifiesAsSignedPdf()).isFalse();
    }

    @Test
    void aPadesSignatureIsSeenWithItsSignerAndTime() throws Exception {
        byte[] signed = SignedPdfs.sign(SignedPdfs.unsigned(), SignedPdfs.PADES, "Jeanne Démo", parisTime());
        PdfInspection inspection = inspector.inspect(write("signed.pdf", signed));

        PdfSignature signature = inspection.signature();
        assertThat(signature.present()).isTrue();
        assertThat(signature.count()).isEqualTo(1);
        assertThat(signature.kind()).isEqualTo(PdfSignature.Kind.PADES);
        assertThat(signature.subFilter()).contains("ETSI.CAdES.detached");
        assertThat(signature.signerName()).contains("Jeanne Démo");
        // 14:30:05 in Paris in March is 13:30:05 UTC (winter time, +01:00)
        assertThat(signature.signingTime()).contains(OffsetDateTime.parse("2026-03-09T14:30:05+01:00"));
        assertThat(signature.coversWholeFile()).isTrue();
        assertThat(signature.qualifiesAsSignedPdf()).isTrue();
        assertThat(inspection.preflight().passes()).isTrue();
    }

    @Test
    void aPkcs7SignatureCountsAsSignedToo() throws Exception {
        byte[] signed = SignedPdfs.sign(SignedPdfs.unsigned(), SignedPdfs.PKCS7, "Paul Exemple", parisTime());
        PdfSignature signature = SignatureReader.read(signed);
        assertThat(signature.kind()).isEqualTo(PdfSignature.Kind.PKCS7);
        assertThat(signature.qualifiesAsSignedPdf()).isTrue();
    }

    @Test
    void aDocumentTimestampIsNotASignedPdf() {
        assertThat(SignatureReader.kind(java.util.Optional.of("ETSI.RFC3161"))).isEqualTo(PdfSignature.Kind.TIMESTAMP);
        assertThat(SignatureReader.kind(java.util.Optional.of("adbe.x509.rsa_sha1"))).isEqualTo(PdfSignature.Kind.OTHER);
    }

    @Test
    void bytesAddedAfterSigningAreNoticed() throws Exception {
        byte[] signed = SignedPdfs.sign(SignedPdfs.unsigned(), SignedPdfs.PADES, "Jeanne Démo", parisTime());
        byte[] tail = "\n% edited later\n".getBytes(StandardCharsets.US_ASCII);
        byte[] changed = new byte[signed.length + tail.length];
        System.arraycopy(signed, 0, changed, 0, signed.length);
        System.arraycopy(tail, 0, changed, signed.length, tail.length);

        PdfSignature signature = inspector.inspect(write("changed.pdf", changed)).signature();
        assertThat(signature.present()).isTrue();
        assertThat(signature.coversWholeFile()).isFalse();
    }

    @Test
    void theInspectJsonCarriesTheSignature() throws Exception {
        byte[] signed = SignedPdfs.sign(SignedPdfs.unsigned(), SignedPdfs.PADES, "Jeanne Démo", parisTime());
        PdfInspection inspection = inspector.inspect(write("signed.pdf", signed));
        JsonNode json = new ObjectMapper().readTree(new InspectionJson(PdfMessages.forLocale(Locale.FRANCE)).write(inspection));

        JsonNode node = json.path("signature");
        assertThat(node.path("present").asBoolean()).isTrue();
        assertThat(node.path("kind").asText()).isEqualTo("PADES");
        assertThat(node.path("subFilter").asText()).isEqualTo("ETSI.CAdES.detached");
        assertThat(node.path("signerName").asText()).isEqualTo("Jeanne Démo");
        assertThat(node.path("signingTime").asText()).isEqualTo("2026-03-09T14:30:05+01:00");
        assertThat(node.path("coversWholeFile").asBoolean()).isTrue();
        assertThat(node.path("qualifiesAsSignedPdf").asBoolean()).isTrue();

        JsonNode plain = new ObjectMapper().readTree(new InspectionJson(PdfMessages.forLocale(Locale.FRANCE))
                .write(inspector.inspect(write("plain.pdf", SignedPdfs.unsigned()))));
        assertThat(plain.path("signature").path("present").asBoolean()).isFalse();
        assertThat(plain.path("signature").path("subFilter").isNull()).isTrue();
    }
}
