package fr.chorusdesk.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.testing.Bounded;
import fr.chorusdesk.testing.ByteDamage;
import fr.chorusdesk.testing.HostileValues;
import fr.chorusdesk.testing.RunSize;
import fr.chorusdesk.testing.Weighted;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * Damaged copies of real PDFs (the FNFE Factur-X samples, and PDFs written here with text and an
 * embedded invoice XML), generated CII XML, and generated page text: {@link PdfInspector},
 * {@link FacturXReader}, {@link CiiParser} and the plain text reader ({@link PlainInvoiceReader}) always give a verdict, never
 * an exception, and each file stays within its time and heap bound.
 *
 * <p>Bounds (per file, on its own thread): a PDF {@value #PDF_SECONDS} s and {@value #PDF_MB} MB
 * allocated, an XML {@value #XML_SECONDS} s and {@value #XML_MB} MB, a page set of text
 * {@value #TEXT_SECONDS} s and {@value #TEXT_MB} MB. Allocation counts every byte the reading
 * allocated, so it bounds the heap it can have held.
 */
@AddLifecycleHook(RunSize.class)
class PdfReadingPropertiesTest {

    static final int PDF_SECONDS = 20;
    static final int PDF_MB = 512;
    static final int XML_SECONDS = 10;
    static final int XML_MB = 256;
    static final int TEXT_SECONDS = 10;
    static final int TEXT_MB = 128;

    private static final List<String> SAMPLES = List.of("Avoir_FR_type381_BASIC.pdf", "Facture_FR_BASICWL.pdf",
            "Facture_UE_MINIMUM.pdf");
    private static final List<String> KEYWORDS = List.of("xref", "trailer", "startxref", "stream", "endstream",
            " obj", "/Length", "/Root", "/Names", "/EmbeddedFiles", "/Metadata", "%%EOF", "/Type /Page");

    private final PdfInspector inspector = new PdfInspector();
    private final FacturXReader reader = new FacturXReader();
    private final InspectionJson json = new InspectionJson(PdfMessages.forLocale(Locale.FRENCH));
    private Path dir;
    private long maxMillis;
    private long maxBytes;

    @BeforeProperty
    void start() throws IOException {
        dir = Files.createTempDirectory("pdf-properties");
    }

    @AfterProperty
    void stop() throws IOException {
        System.out.printf(Locale.ROOT, "[property] slowest file %d ms, most allocated %d MB%n", maxMillis,
                maxBytes / (1024 * 1024));
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    // ------------------------------------------------------------------ PDFs

    @Property(tries = 40)
    void aDamagedPdfAlwaysGetsAVerdict(@ForAll("damagedPdfs") DamagedPdf pdf) throws IOException {
        Path file = Files.write(dir.resolve("facture.pdf"), pdf.bytes());

        Bounded.Outcome<PdfInspection> inspection = within(PDF_SECONDS, PDF_MB, () -> inspector.inspect(file));
        assertThat(inspection.value().preflight().checks()).isNotEmpty();
        assertThat(inspection.value().preflight().verdict()).isNotNull();
        assertThat(json.write(inspection.value())).contains("\"verdict\"");

        Bounded.Outcome<?> facturX = within(PDF_SECONDS, PDF_MB, () -> reader.read(file));
        assertThat(facturX.value()).isNotNull();
    }

    /** A real PDF, then damage: bytes changed, cut or added anywhere, or next to a structure keyword. */
    record DamagedPdf(String original, List<String> damages, byte[] bytes) {
        @Override
        public String toString() {
            return original + " " + damages + " (" + bytes.length + " bytes)";
        }
    }

    @Provide
    Arbitrary<DamagedPdf> damagedPdfs() {
        Arbitrary<Original> originals = Arbitraries.oneOf(
                Arbitraries.of(SAMPLES).map(name -> new Original(name, sample(name))),
                Arbitraries.just(new Original("text PDF", textPdf())),
                CiiDocuments.documents().map(xml -> new Original("Factur-X with " + xml, facturX(xml.xml()))));
        Arbitrary<Damage> damage = Weighted.pick(
                Weighted.of(5, ByteDamage.any().map(d -> new Damage(d.toString(), d::apply))),
                Weighted.of(4, Combinators.combine(Arbitraries.of(KEYWORDS), Arbitraries.integers().between(0, 3),
                        ByteDamage.any()).as(PdfReadingPropertiesTest::nearKeyword)),
                Weighted.of(2, Arbitraries.longs().between(-1, Long.MAX_VALUE).map(offset -> new Damage(
                        "startxref " + offset, b -> replaceAfter(b, "startxref", Long.toString(offset))))));
        return Combinators.combine(originals, damage.list().ofMinSize(0).ofMaxSize(4)).as((original, damages) -> {
            byte[] bytes = original.bytes();
            for (Damage d : damages) {
                bytes = d.apply().apply(bytes);
            }
            return new DamagedPdf(original.name(), damages.stream().map(Damage::name).toList(), bytes);
        });
    }

    private record Original(String name, byte[] bytes) {
    }

    private record Damage(String name, java.util.function.UnaryOperator<byte[]> apply) {
    }

    /** A damage applied within the 512 bytes that follow the n-th occurrence of a keyword. */
    private static Damage nearKeyword(String keyword, int occurrence, ByteDamage damage) {
        return new Damage(damage + " near " + keyword.strip() + "#" + occurrence, bytes -> {
            int at = indexOf(bytes, keyword.getBytes(StandardCharsets.US_ASCII), occurrence);
            if (at < 0) {
                return damage.apply(bytes);
            }
            int end = Math.min(bytes.length, at + 512);
            byte[] window = java.util.Arrays.copyOfRange(bytes, at, end);
            byte[] damaged = damage.apply(window);
            byte[] out = new byte[bytes.length - window.length + damaged.length];
            System.arraycopy(bytes, 0, out, 0, at);
            System.arraycopy(damaged, 0, out, at, damaged.length);
            System.arraycopy(bytes, end, out, at + damaged.length, bytes.length - end);
            return out;
        });
    }

    private static byte[] replaceAfter(byte[] bytes, String keyword, String value) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int at = text.lastIndexOf(keyword);
        if (at < 0) {
            return bytes;
        }
        int start = at + keyword.length();
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        return (text.substring(0, start) + value + text.substring(end)).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static int indexOf(byte[] bytes, byte[] target, int occurrence) {
        int found = -1;
        outer:
        for (int i = 0; i <= bytes.length - target.length; i++) {
            for (int j = 0; j < target.length; j++) {
                if (bytes[i + j] != target[j]) {
                    continue outer;
                }
            }
            if (found < occurrence) {
                found++;
                if (found == occurrence) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static byte[] sample(String name) {
        try (InputStream in = PdfReadingPropertiesTest.class.getResourceAsStream("/samples/facturx/" + name)) {
            return Objects.requireNonNull(in, name).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] textPdf() {
        try {
            Path file = Files.createTempFile("text", ".pdf");
            try {
                TestPdfs.textPdf(file, List.of("ATELIER DUPRE - SIRET 732 829 320 00074", "Facture n° FA-2026-0042",
                        "Date : 15/01/2026", "Total HT 1 100,00", "TVA 205,50", "Total TTC 1 305,50"));
                return Files.readAllBytes(file);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] facturX(byte[] xml) {
        try {
            Path file = Files.createTempFile("facturx", ".pdf");
            try {
                TestPdfs.facturX(file, new String(xml, StandardCharsets.UTF_8), "factur-x.xml", "EN 16931");
                return Files.readAllBytes(file);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------ XML

    @Property(tries = 150)
    void aGeneratedCiiXmlAlwaysGetsAReading(@ForAll("documents") CiiDocuments.Generated document) {
        Bounded.Outcome<FacturXReading> reading = within(XML_SECONDS, XML_MB,
                () -> reader.readXml("factur-x.xml", document.xml()));
        assertThat(reading.value().invoice().isPresent() || !reading.value().problems().isEmpty())
                .as("an invoice, or the reasons there is none").isTrue();
        Bounded.Outcome<CiiParser.Result> parsed = within(XML_SECONDS, XML_MB, () -> CiiParser.parse(document.xml()));
        assertThat(parsed.value()).isNotNull();
    }

    @Provide
    Arbitrary<CiiDocuments.Generated> documents() {
        return CiiDocuments.documents();
    }

    // ------------------------------------------------------------------ text hints

    @Property(tries = 60)
    void anyPageTextGivesHintsOrNone(@ForAll("pages") List<PositionedPage> pages) {
        Bounded.Outcome<List<TextHint>> hints = within(TEXT_SECONDS, TEXT_MB,
                () -> PlainPdfReader.hints(new PlainInvoiceReader().read(pages)));
        assertThat(hints.value()).isNotNull();
    }

    @Provide
    Arbitrary<List<PositionedPage>> pages() {
        Arbitrary<String> fragment = Arbitraries.oneOf(
                HostileValues.shortStrings(),
                Arbitraries.of("Facture n° ", "N° de la facture : ", "Invoice # ", "Date : ", "le 1er mars ", "Total HT ",
                        "TVA ", "TTC ", "T.T.C. ", "SIRET ", "20 %", " ", "\n", "\r\n", "\u2028"),
                Arbitraries.integers().between(0, 99_999_999).map(String::valueOf),
                Arbitraries.of("1 234,56", "1.234.567,89", "12,50", "0,00", "31/02/2024", "2026-13-01", "29 février 2023",
                        "732 829 320 00074", "73282932000074"));
        // one line of a page may be very long: a content stream of a single run of text
        Arbitrary<String> longLine = Arbitraries.oneOf(HostileValues.longStrings(),
                Arbitraries.integers().between(1_000, 200_000).map(n -> "Total TTC " + "1".repeat(n) + ",00"),
                Arbitraries.integers().between(1_000, 20_000).map(n -> "Facture n° 1 ".repeat(n)));
        Arbitrary<String> line = Weighted.pick(Weighted.of(19, fragment.list().ofMaxSize(8)
                .map(parts -> String.join("", parts))), Weighted.of(1, longLine));
        Arbitrary<String> page = line.list().ofMaxSize(15).map(lines -> String.join("\n", lines));
        return Combinators.combine(Arbitraries.integers().between(1, 3), page.list().ofMinSize(1).ofMaxSize(3))
                .as((first, texts) -> {
                    List<PositionedPage> pages = new ArrayList<>();
                    for (int i = 0; i < texts.size(); i++) {
                        pages.add(PositionedPage.ofText(first + i, i == texts.size() - 1, texts.get(i)));
                    }
                    return pages;
                });
    }

    // ------------------------------------------------------------------ findings, kept

    /**
     * Finding 4: jqwik reduced it to the guideline id element ({@code BT-24}) nested 10,000 deep.
     * DOM's recursive getTextContent overflowed the stack: a {@link StackOverflowError} out of
     * CiiParser, FacturXReader and PdfInspector alike. Now the parser refuses documents deeper than
     * {@link SecureXml#MAX_DEPTH} and the reading says the XML is malformed.
     */
    @net.jqwik.api.Example
    void anInvoiceXmlNestedTenThousandDeepIsReadAsMalformed() throws IOException {
        String xml = CiiSamples.invoice(CiiSamples.EN16931, "380").replace(
                "<ram:ID>" + CiiSamples.EN16931 + "</ram:ID>",
                "<ram:ID>".repeat(10_000) + CiiSamples.EN16931 + "</ram:ID>".repeat(10_000));
        FacturXReading reading = within(XML_SECONDS, XML_MB,
                () -> reader.readXml("factur-x.xml", xml.getBytes(StandardCharsets.UTF_8))).value();
        assertThat(reading.invoice()).isEmpty();
        assertThat(reading.problems()).extracting(PdfMessage::key).containsExactly("pdf.facturx.xml.malformed");

        Path file = TestPdfs.facturX(dir.resolve("nested.pdf"), xml, "factur-x.xml", "EN 16931");
        PdfInspection inspection = within(PDF_SECONDS, PDF_MB, () -> inspector.inspect(file)).value();
        assertThat(inspection.facturX().orElseThrow().problems()).extracting(PdfMessage::key)
                .contains("pdf.facturx.xml.malformed");
    }

    /** The seed that found finding 4 on generated XML, replayed in every run. */
    @Property(tries = 20, seed = "317124679781113672")
    void theSeedThatFoundTheNestedXml(@ForAll("documents") CiiDocuments.Generated document) {
        aGeneratedCiiXmlAlwaysGetsAReading(document);
    }

    /** The seed that found finding 4 inside a PDF, replayed in every run. */
    @Property(tries = 30, seed = "2366791937197407106")
    void theSeedThatFoundTheNestedXmlInAPdf(@ForAll("damagedPdfs") DamagedPdf pdf) throws IOException {
        aDamagedPdfAlwaysGetsAVerdict(pdf);
    }

    /**
     * Finding 5: a line "Total TTC" followed by 200,000 digits and ",00" took 4.9 s on this machine:
     * the amount pattern took any run of digits and BigDecimal parses a long one in quadratic time.
     * Amounts now have at most 15 integer digits; this line gives no amount at all.
     */
    @net.jqwik.api.Example
    void aTotalOfTwoHundredThousandDigitsIsNoAmount() {
        List<TextHint> hints = within(TEXT_SECONDS, TEXT_MB, () -> PlainPdfReader.hints(new PlainInvoiceReader().read(
                List.of(PositionedPage.ofText(1, true, "Total TTC " + "1".repeat(200_000) + ",00"))))).value();
        assertThat(hints).noneMatch(h -> h.kind() == HintKind.AMOUNT_TTC);
    }

    /** Within one segment (the reader cuts longer ones), a run of 300 digits is no amount either. */
    @net.jqwik.api.Example
    void aTotalOfThreeHundredDigitsIsNoAmount() {
        List<TextHint> hints = within(TEXT_SECONDS, TEXT_MB, () -> PlainPdfReader.hints(new PlainInvoiceReader().read(
                List.of(PositionedPage.ofText(1, true, "Total TTC " + "1".repeat(300) + ",00"))))).value();
        assertThat(hints).noneMatch(h -> h.kind() == HintKind.AMOUNT_TTC);
    }

    /** The seed that found finding 5, replayed in every run. */
    @Property(tries = 12, seed = "1693435811090209184")
    void theSeedThatFoundTheLongAmount(@ForAll("pages") List<PositionedPage> pages) {
        anyPageTextGivesHintsOrNone(pages);
    }

    /**
     * The same value in an invoice XML (found with finding 9): "1E+999999999" is a BigDecimal, and
     * the amounts step or the sandbox would have added to it. It is now an invalid value, said so.
     */
    @net.jqwik.api.Example
    void anAmountWithAHugeExponentIsAnInvalidValue() {
        String xml = CiiSamples.invoice(CiiSamples.EN16931, "380").replace(
                "<ram:TaxBasisTotalAmount>1100.00</ram:TaxBasisTotalAmount>",
                "<ram:TaxBasisTotalAmount>1E+999999999</ram:TaxBasisTotalAmount>");
        FacturXReading reading = within(XML_SECONDS, XML_MB,
                () -> reader.readXml("factur-x.xml", xml.getBytes(StandardCharsets.UTF_8))).value();
        assertThat(reading.invoice().orElseThrow().totalWithoutVat()).isEmpty();
        assertThat(reading.problems()).anySatisfy(p -> {
            assertThat(p.key()).isEqualTo("pdf.facturx.value.invalid");
            assertThat(p.args()).contains("BT-109");
        });
    }

    // ------------------------------------------------------------------ bounds

    private <T> Bounded.Outcome<T> within(int seconds, int megabytes, java.util.concurrent.Callable<T> work) {
        Bounded.Outcome<T> outcome = Bounded.run(Duration.ofSeconds(seconds), work);
        if (outcome.failed()) {
            throw new AssertionError("the reading threw instead of giving a verdict", outcome.failure());
        }
        maxMillis = Math.max(maxMillis, outcome.elapsed().toMillis());
        maxBytes = Math.max(maxBytes, outcome.allocatedBytes());
        assertThat(outcome.allocatedBytes()).as("bytes allocated").isLessThanOrEqualTo(megabytes * 1024L * 1024L);
        assertThat(outcome.value()).isNotNull();
        return outcome;
    }
}
