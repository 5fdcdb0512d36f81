package fr.chorusdesk.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files built to be wrong. Each must give its own clear message, and nothing may throw: the
 * inspector is called directly, so any escaping exception fails the test.
 */
class BadInputCorpusTest {

    @TempDir
    Path dir;

    private final PdfInspector inspector = new PdfInspector();
    private final PdfMessages french = PdfMessages.forLocale(Locale.FRENCH);
    private final PdfMessages english = PdfMessages.forLocale(Locale.ENGLISH);
    private HttpServer server;
    private final AtomicInteger entityFetches = new AtomicInteger();

    @BeforeEach
    void startEntityTrap() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            entityFetches.incrementAndGet();
            byte[] body = "FETCHED-OVER-HTTP".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopEntityTrap() {
        server.stop(0);
    }

    private PreflightCheck check(PdfInspection inspection, String id) {
        return inspection.preflight().check(id).orElseThrow(() -> new AssertionError("no check " + id));
    }

    /** The message exists in both languages, with its arguments filled in. */
    private void assertClearMessage(PdfMessage message) {
        for (PdfMessages messages : List.of(french, english)) {
            String text = messages.format(message);
            assertThat(text).isNotEqualTo(message.key()).doesNotContain("{0").isNotBlank();
        }
    }

    /**
     * What {@link #validPdf} says: the title « Facture FA-1 » and « Total TTC 120,00 » (the amount
     * due is the total, nothing being paid).
     */
    private static final java.util.Map<HintKind, String> VALID_PDF_VALUES = java.util.Map.of(
            HintKind.INVOICE_NUMBER, "FA-1", HintKind.AMOUNT_TTC, "120.00", HintKind.AMOUNT_DUE, "120.00",
            HintKind.INVOICE_KIND, "FACTURE");

    private static java.util.Map<HintKind, String> values(PdfInspection inspection) {
        return inspection.hints().stream().collect(java.util.stream.Collectors.toMap(TextHint::kind,
                TextHint::value));
    }

    private Path validPdf(String name) throws IOException {
        Path file = dir.resolve(name);
        try (PDDocument doc = new PDDocument()) {
            TestPdfs.addTextPage(doc, List.of("Facture FA-1", "Total TTC 120,00"));
            doc.save(file.toFile(), CompressParameters.NO_COMPRESSION);
        }
        return file;
    }

    @Test
    void missingFile() {
        PdfInspection inspection = inspector.inspect(dir.resolve("absent.pdf"));
        PreflightCheck check = check(inspection, CheckIds.FILE_READABLE);
        assertThat(check.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(check.messageKey()).isEqualTo("pdf.check.file.missing");
        assertThat(inspection.preflight().verdict()).isEqualTo(PreflightReport.Verdict.UNREADABLE);
        assertThat(inspection.hints()).as("no file, no text to suggest from").isEmpty();
        assertClearMessage(check.message());
    }

    @Test
    void directoryInsteadOfAFile() {
        PdfInspection inspection = inspector.inspect(dir);
        assertThat(inspection.preflight().verdict()).isEqualTo(PreflightReport.Verdict.UNREADABLE);
    }

    @Test
    void emptyFile() throws IOException {
        Path file = Files.createFile(dir.resolve("vide.pdf"));
        PdfInspection inspection = inspector.inspect(file);
        PreflightCheck check = check(inspection, CheckIds.FILE_READABLE);
        assertThat(check.messageKey()).isEqualTo("pdf.check.file.empty");
        assertThat(inspection.preflight().verdict()).isEqualTo(PreflightReport.Verdict.UNREADABLE);
        assertThat(inspection.preflight().sizeBytes()).contains(0L);
        assertClearMessage(check.message());
    }

    @Test
    void textFileNamedPdf() throws IOException {
        Path file = Files.writeString(dir.resolve("facture.pdf"), "Ceci est un texte, pas un PDF.\n");
        PdfInspection inspection = inspector.inspect(file);
        PreflightCheck check = check(inspection, CheckIds.PDF_HEADER);
        assertThat(check.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(check.messageKey()).isEqualTo("pdf.check.header.notPdf");
        assertThat(inspection.preflight().verdict()).isEqualTo(PreflightReport.Verdict.UNREADABLE);
        assertThat(inspection.preflight().check(CheckIds.PDF_PARSE)).as("not even handed to PDFBox").isEmpty();
        assertThat(inspection.hints()).as("text outside a PDF is not read for suggestions").isEmpty();
        assertClearMessage(check.message());
    }

    @Test
    void truncatedPdf() throws IOException {
        Path whole = validPdf("whole.pdf");
        byte[] bytes = Files.readAllBytes(whole);
        Path file = Files.write(dir.resolve("tronque.pdf"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        PdfInspection inspection = inspector.inspect(file);
        PreflightCheck check = check(inspection, CheckIds.PDF_STRUCTURE);
        assertThat(check.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(check.messageKey()).isEqualTo("pdf.check.structure.truncated");
        assertThat(inspection.preflight().passes()).isFalse();
        assertClearMessage(check.message());
    }

    @Test
    void passwordProtectedPdf() throws IOException {
        Path file = encrypted("secret.pdf", "user-password");
        PdfInspection inspection = inspector.inspect(file);
        PreflightCheck check = check(inspection, CheckIds.PDF_ENCRYPTION);
        assertThat(check.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(check.messageKey()).isEqualTo("pdf.check.encryption.password");
        assertThat(inspection.preflight().verdict()).isEqualTo(PreflightReport.Verdict.FAILS);
        assertThat(inspection.hints()).as("the text cannot be read without the password").isEmpty();
        assertClearMessage(check.message());
    }

    @Test
    void encryptedWithoutUserPassword() throws IOException {
        Path file = encrypted("restricted.pdf", "");
        PdfInspection inspection = inspector.inspect(file);
        PreflightCheck check = check(inspection, CheckIds.PDF_ENCRYPTION);
        assertThat(check.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(check.messageKey()).isEqualTo("pdf.check.encryption.restricted");
        assertThat(inspection.preflight().pageCount()).contains(1);
        assertClearMessage(check.message());
    }

    private Path encrypted(String name, String userPassword) throws IOException {
        Path file = dir.resolve(name);
        try (PDDocument doc = new PDDocument()) {
            TestPdfs.addTextPage(doc, List.of("Confidentiel"));
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-password", userPassword,
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(file.toFile());
        }
        return file;
    }

    @Test
    void startxrefPointingNowhere() throws IOException {
        Path file = validPdf("xref-offset.pdf");
        String text = Files.readString(file, StandardCharsets.ISO_8859_1);
        int at = text.lastIndexOf("startxref");
        String broken = text.substring(0, at) + "startxref\n17\n%%EOF\n";
        Files.writeString(file, broken, StandardCharsets.ISO_8859_1);

        PdfInspection inspection = inspector.inspect(file);

        PreflightCheck check = check(inspection, CheckIds.PDF_STRUCTURE);
        assertThat(check.status()).isEqualTo(CheckStatus.WARN);
        assertThat(check.messageKey()).isEqualTo("pdf.check.structure.xrefDamaged");
        assertThat(check(inspection, CheckIds.PDF_PARSE).status()).as("PDFBox rebuilds the table").isEqualTo(CheckStatus.PASS);
        assertThat(values(inspection)).as("the rebuilt file is read like an intact one").isEqualTo(VALID_PDF_VALUES);
        assertClearMessage(check.message());
    }

    @Test
    void crossReferenceEntriesShifted() throws IOException {
        Path file = validPdf("xref-entries.pdf");
        String text = Files.readString(file, StandardCharsets.ISO_8859_1);
        // an edit before the objects moves every one of them, the table no longer matches
        String shifted = text.replaceFirst("\n1 0 obj", "\n% an inserted comment line\n1 0 obj");
        Files.writeString(file, shifted, StandardCharsets.ISO_8859_1);

        PdfInspection inspection = inspector.inspect(file);

        assertThat(check(inspection, CheckIds.PDF_STRUCTURE).messageKey()).isEqualTo("pdf.check.structure.xrefDamaged");
        assertThat(inspection.preflight().pageCount()).contains(1);
    }

    @Test
    void paddingAfterTheEndIsNotTruncation() throws IOException {
        Path file = validPdf("padded.pdf");
        Files.write(file, new byte[8192], java.nio.file.StandardOpenOption.APPEND);
        PdfInspection inspection = inspector.inspect(file);
        assertThat(check(inspection, CheckIds.PDF_STRUCTURE).status()).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void junkBeforeTheHeaderIsTolerated() throws IOException {
        Path file = validPdf("junk.pdf");
        byte[] pdf = Files.readAllBytes(file);
        byte[] junk = "JUNK-BEFORE-HEADER\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] both = new byte[junk.length + pdf.length];
        System.arraycopy(junk, 0, both, 0, junk.length);
        System.arraycopy(pdf, 0, both, junk.length, pdf.length);
        Files.write(file, both);
        PdfInspection inspection = inspector.inspect(file);
        assertThat(check(inspection, CheckIds.PDF_HEADER).status()).isEqualTo(CheckStatus.PASS);
        assertThat(new String(pdf, 0, 8, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-1.4");
        assertThat(check(inspection, CheckIds.PDF_HEADER).args()).as("the version read past the junk")
                .containsExactly("1.4");
        assertThat(check(inspection, CheckIds.PDF_STRUCTURE).status()).isEqualTo(CheckStatus.PASS);
        assertThat(inspection.preflight().pageCount()).contains(1);
    }

    @Test
    void intactClassicTableIsNotFlagged() throws IOException {
        PdfInspection inspection = inspector.inspect(validPdf("intact.pdf"));
        assertThat(check(inspection, CheckIds.PDF_STRUCTURE).status()).isEqualTo(CheckStatus.PASS);
        assertThat(inspection.preflight().passes()).isTrue();
        assertThat(values(inspection)).as("the title's number and the total").isEqualTo(VALID_PDF_VALUES);
    }

    @Test
    void twoThousandPages() throws IOException {
        Path file = TestPdfs.blankPdf(dir.resolve("long.pdf"), 2000);
        PdfInspection inspection = inspector.inspect(file);
        assertThat(inspection.preflight().pageCount()).contains(2000);
        assertThat(check(inspection, CheckIds.PDF_PAGES).args()).containsExactly(2000);
        PreflightCheck text = check(inspection, CheckIds.PDF_TEXT);
        assertThat(text.status()).isEqualTo(CheckStatus.WARN);
        assertThat(text.messageKey()).isEqualTo("pdf.check.text.none");
        assertThat(inspection.preflight().passes()).as("a scan is accepted, with a warning").isTrue();
        assertThat(inspection.hints()).as("no text layer, nothing to suggest from").isEmpty();
        assertClearMessage(text.message());
    }

    @Test
    void facturXWithMalformedXml() throws IOException {
        String xml = CiiSamples.invoice(CiiSamples.EN16931, "380").replace("</rsm:ExchangedDocument>", "");
        List<String> page = List.of("Facture n° FA-2026-0042", "Date de facture : 15/03/2026",
                "SIRET du fournisseur : 732 829 320 00074", "Total TTC 1 234,50");
        PdfInspection inspection = inspector.inspect(
                TestPdfs.facturX(dir.resolve("malformed.pdf"), xml, "factur-x.xml", "EN 16931", page));
        FacturXReading reading = inspection.facturX().orElseThrow();
        assertThat(reading.invoice()).isEmpty();
        assertThat(reading.problems()).singleElement()
                .satisfies(p -> assertThat(p.key()).isEqualTo("pdf.facturx.xml.malformed"));
        assertClearMessage(reading.problems().get(0));
        assertThat(check(inspection, CheckIds.FACTURX).status()).isEqualTo(CheckStatus.WARN);
        assertThat(check(inspection, CheckIds.FACTURX).messageKey()).isEqualTo("pdf.check.facturx.unreadable");
        assertThat(inspection.preflight().passes()).as("the PDF itself is still fine").isTrue();
        // 732 829 320 00074 passes Luhn (checked by hand); the amount drops its thousands space
        assertThat(values(inspection)).as("text hints stand in for the unreadable XML; the supplier's SIRET is"
                + " no recipient").containsEntry(HintKind.INVOICE_NUMBER, "FA-2026-0042")
                .containsEntry(HintKind.DATE, "2026-03-15").containsEntry(HintKind.AMOUNT_TTC, "1234.50")
                .doesNotContainKey(HintKind.SIRET);
        assertThat(inspection.hints()).filteredOn(h -> h.kind() == HintKind.INVOICE_NUMBER).singleElement()
                .satisfies(h -> assertThat(h.line()).isEqualTo(1))
                .satisfies(h -> assertThat(h.context()).isEqualTo("Facture n° FA-2026-0042"));
    }

    @Test
    void doctypeWithExternalEntitiesIsNeverResolved() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-42");
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/entity";
        String xml = CiiSamples.invoice(CiiSamples.EN16931, "380")
                .replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE rsm:CrossIndustryInvoice [\n"
                                + "  <!ENTITY file SYSTEM \"" + secret.toUri() + "\">\n"
                                + "  <!ENTITY web SYSTEM \"" + url + "\">\n"
                                + "  <!ENTITY % remote SYSTEM \"" + url + "/dtd\"> %remote;\n]>")
                .replace("FA-2026-0042", "&file;&web;");
        Path pdf = TestPdfs.facturX(dir.resolve("xxe.pdf"), xml, "factur-x.xml", "EN 16931");

        PdfInspection inspection = inspector.inspect(pdf);
        String json = new InspectionJson(french).write(inspection);

        FacturXReading reading = inspection.facturX().orElseThrow();
        assertThat(reading.invoice()).isEmpty();
        assertThat(reading.problems()).containsExactly(PdfMessage.of("pdf.facturx.xml.doctype"));
        assertClearMessage(reading.problems().get(0));
        assertThat(json).doesNotContain("TOP-SECRET-42").doesNotContain("FETCHED-OVER-HTTP");
        assertThat(entityFetches).hasValue(0);
    }

    @Test
    void secureParserRefusesAnEntityEvenWithoutThePrologCheck() {
        // the DOCTYPE sits beyond the 64 kB scanned up front, so only the parser settings stand
        String padding = "<!--" + "x".repeat(70_000) + "-->";
        String xml = "<?xml version=\"1.0\"?>" + padding
                + "<!DOCTYPE a [<!ENTITY e SYSTEM \"http://127.0.0.1:" + server.getAddress().getPort() + "/p\">]><a>&e;</a>";
        CiiParser.Result result = CiiParser.parse(xml.getBytes(StandardCharsets.UTF_8));
        assertThat(result.invoice()).isEmpty();
        assertThat(result.problems()).containsExactly(PdfMessage.of("pdf.facturx.xml.doctype"));
        assertThat(entityFetches).hasValue(0);
    }

    @Test
    void embeddedFacturXThatIsNotCii() throws IOException {
        String ubl = """
                <?xml version="1.0" encoding="UTF-8"?>
                <Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"><ID>1</ID></Invoice>
                """;
        PdfInspection inspection = inspector.inspect(
                TestPdfs.facturX(dir.resolve("ubl.pdf"), ubl, "factur-x.xml", "EN 16931"));
        FacturXReading reading = inspection.facturX().orElseThrow();
        assertThat(reading.invoice()).isEmpty();
        assertThat(reading.problems()).containsExactly(PdfMessage.of("pdf.facturx.xml.notCii",
                "{urn:oasis:names:specification:ubl:schema:xsd:Invoice-2}Invoice"));
        assertClearMessage(reading.problems().get(0));
        assertThat(check(inspection, CheckIds.FACTURX).status()).isEqualTo(CheckStatus.WARN);
        assertThat(inspection.hints()).as("\"Facture\" and \"Voir la facture XML jointe\" hold no number, date,"
                + " SIRET or amount").isEmpty();
    }

    @Test
    void embeddedFileThatIsNotXmlAtAll() throws IOException {
        Path file = dir.resolve("binary.pdf");
        try (PDDocument doc = new PDDocument()) {
            TestPdfs.addTextPage(doc, List.of("Facture"));
            TestPdfs.embed(doc, "factur-x.xml", new byte[] {0, 1, 2, (byte) 0xff, 'x'});
            doc.save(file.toFile());
        }
        FacturXReading reading = inspector.inspect(file).facturX().orElseThrow();
        assertThat(reading.invoice()).isEmpty();
        assertThat(reading.problems()).singleElement()
                .satisfies(p -> assertThat(p.key()).isEqualTo("pdf.facturx.xml.malformed"));
    }

    @Test
    void facturXWithoutPdfAClaimIsFlagged() throws IOException {
        Path file = dir.resolve("no-pdfa.pdf");
        try (PDDocument doc = new PDDocument()) {
            TestPdfs.addTextPage(doc, List.of("Facture"));
            TestPdfs.embed(doc, "factur-x.xml", CiiSamples.invoice(CiiSamples.BASIC, "380").getBytes(StandardCharsets.UTF_8));
            doc.save(file.toFile());
        }
        PdfInspection inspection = inspector.inspect(file);
        PreflightCheck check = check(inspection, CheckIds.PDF_PDFA);
        assertThat(check.status()).isEqualTo(CheckStatus.WARN);
        assertThat(check.messageKey()).isEqualTo("pdf.check.pdfa.missingForFacturX");
        assertThat(inspection.facturX().orElseThrow().profile()).contains(FacturXProfile.BASIC);
    }
}
