package fr.chorusdesk.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LazyObjectStreamParserTest {

    private static final int PAGES = 240;

    @TempDir
    Path dir;

    private Path packed;

    /** Pages of different sizes and texts, saved the way PDFBox saves: objects in object streams. */
    @BeforeEach
    void writePackedPdf() throws IOException {
        packed = dir.resolve("packed.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int p = 1; p <= PAGES; p++) {
                PDPage page = new PDPage(new PDRectangle(300 + p, 400 + p));
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.beginText();
                    content.setFont(font, 10);
                    content.newLineAtOffset(20, 20);
                    content.showText("Page " + p);
                    content.endText();
                }
            }
            doc.save(packed.toFile(), CompressParameters.DEFAULT_COMPRESSION);
        }
        try (PDDocument plain = Loader.loadPDF(packed.toFile())) {
            long compressed = plain.getDocument().getXrefTable().values().stream().filter(offset -> offset < 0).count();
            assertThat(compressed).as("objects inside object streams").isGreaterThan(PAGES);
        }
    }

    @Test
    void aFewObjectsAreReadWithoutParsingTheirWholeStream() throws IOException {
        try (Parsed parsed = parse(packed)) {
            PDDocument doc = parsed.document();

            assertThat(doc.getNumberOfPages()).isEqualTo(PAGES);
            // as the inspection reaches them (PDFBox's getPage resolves every sibling on the way)
            PDPage first = PageLocator.page(doc, 0).orElseThrow();
            PDPage last = PageLocator.page(doc, PAGES - 1).orElseThrow();
            assertThat(first.getMediaBox().getWidth()).isEqualTo(301f);
            assertThat(first.getResources().getFontNames()).isNotEmpty();
            assertThat(last.getMediaBox().getWidth()).isEqualTo(540f);

            assertThat(parsed.parser().objectsReadAlone()).isGreaterThanOrEqualTo(2);
            assertThat(parsed.parser().objectsParsedWithTheirStream()).isZero();
            try (PDDocument plain = Loader.loadPDF(packed.toFile())) {
                // read alone, an object is still an indirect one, as PDFBox marks it (a copy writes it by reference)
                assertThat(first.getCOSObject().isDirect())
                        .isEqualTo(plain.getPage(0).getCOSObject().isDirect()).isFalse();
            }
        }
    }

    /** docs/pdf.md: four objects of a stream read alone, the stream parsed whole at the fifth. */
    @Test
    void aStreamIsParsedWholeAtTheFifthObjectAskedOfIt() throws IOException {
        try (Parsed parsed = parse(packed)) {
            Map<COSObjectKey, Long> xref = parsed.document().getDocument().getXrefTable();
            long stream = xref.values().stream().filter(offset -> offset < 0).map(offset -> -offset)
                    .max(Long::compare).orElseThrow();
            List<COSObjectKey> inIt = xref.entrySet().stream().filter(e -> e.getValue() == -stream)
                    .map(Map.Entry::getKey).sorted().limit(6).toList();
            assertThat(inIt).hasSize(6);
            int alone = parsed.parser().objectsReadAlone();

            for (int i = 0; i < 4; i++) {
                assertThat(parsed.document().getDocument().getObjectFromPool(inIt.get(i)).getObject()).isNotNull();
            }
            assertThat(parsed.parser().objectsReadAlone()).isEqualTo(alone + 4);
            assertThat(parsed.parser().objectsParsedWithTheirStream()).isZero();

            assertThat(parsed.document().getDocument().getObjectFromPool(inIt.get(4)).getObject()).isNotNull();
            assertThat(parsed.parser().objectsReadAlone()).isEqualTo(alone + 4);
            assertThat(parsed.parser().objectsParsedWithTheirStream()).isEqualTo(1);
        }
    }

    @Test
    void walkingEveryPageGivesWhatPdfBoxGivesAndStreamsAreThenParsedWhole() throws IOException {
        List<String> expected = pages(Loader.loadPDF(packed.toFile()));
        try (Parsed parsed = parse(packed)) {
            assertThat(pages(parsed.document())).isEqualTo(expected).hasSize(PAGES);
            assertThat(parsed.parser().objectsParsedWithTheirStream()).isPositive();
            assertThat(parsed.parser().objectsReadAlone()).isPositive();
        }
        assertThat(expected.get(PAGES - 1)).startsWith("540.0x640.0").endsWith("Page 240) Tj\nET");
    }

    /**
     * ISO 32000-1 7.5.8.3: a cross-reference stream names an object's stream and its index in it. A
     * stream giving the same number twice is told apart by that index, which a reading by number
     * alone cannot do: PDFBox's own parsing decides.
     */
    @Test
    void anObjectNumberGivenTwiceInAStreamIsTheOneTheCrossReferenceIndexes() throws IOException {
        Path twice = handWrittenWithObjectThreeTwice(dir.resolve("twice.pdf"));

        try (Parsed parsed = parse(twice)) {
            assertThat(parsed.document().getPage(0).getMediaBox().getWidth()).isEqualTo(100f);
            assertThat(parsed.parser().objectsParsedWithTheirStream()).isPositive();
        }
        try (PDDocument plain = Loader.loadPDF(twice.toFile())) {
            assertThat(plain.getPage(0).getMediaBox().getWidth()).isEqualTo(100f);
        }
    }

    /** /N is the file's word: a stream claiming a billion objects costs what its header holds. */
    @Test
    void aStreamClaimingABillionObjectsIsReadWithinTheTestsHeap() throws IOException {
        Path claiming = handWritten(dir.resolve("claiming.pdf"), new long[] {1, 2, 3, 4}, 1_000_000_000L);

        try (Parsed parsed = parse(claiming)) {
            assertThat(parsed.document().getPage(0).getMediaBox().getWidth()).isEqualTo(100f);
        }
    }

    @Test
    void theLoaderReadsTheSamePagesAsPdfBox() throws IOException {
        try (PDDocument ours = new PdfLoader().load(packed)) {
            assertThat(pages(ours)).isEqualTo(pages(Loader.loadPDF(packed.toFile())));
        }
    }

    private record Parsed(LazyObjectStreamParser parser, PDDocument document) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            document.close();
        }
    }

    private static Parsed parse(Path file) throws IOException {
        LazyObjectStreamParser parser = new LazyObjectStreamParser(
                new RandomAccessReadBufferedFile(file.toFile()), IOUtils.createMemoryOnlyStreamCache());
        return new Parsed(parser, parser.parse());
    }

    /** Each page as its size, its font names and its content, closing the document. */
    private static List<String> pages(PDDocument doc) throws IOException {
        try (doc) {
            List<String> pages = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                List<String> fonts = new ArrayList<>();
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(name.getName() + "=" + page.getResources().getFont(name).getName());
                }
                String content;
                try (var in = page.getContents()) {
                    content = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).strip();
                }
                pages.add(page.getMediaBox().getWidth() + "x" + page.getMediaBox().getHeight() + " " + fonts + " " + content);
            }
            return pages;
        }
    }

    /** As {@link #handWritten}, the fourth object being object 3 again (200 points wide). */
    private static Path handWrittenWithObjectThreeTwice(Path file) throws IOException {
        return handWritten(file, new long[] {1, 2, 3, 3}, 4);
    }

    /**
     * Catalog, page tree and page (100 points wide) in one uncompressed object stream (object 5),
     * then a fourth object numbered as the last of {@code numbers}; the stream's /N says
     * {@code claimedCount}; the cross-reference stream (object 6) indexes the first three.
     */
    private static Path handWritten(Path file, long[] numbers, long claimedCount) throws IOException {
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 100 100] >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
        };
        StringBuilder header = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < objects.length; i++) {
            header.append(numbers[i]).append(' ').append(body.length()).append(' ');
            body.append(objects[i]).append('\n');
        }
        String streamData = header + body.toString();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, "%PDF-1.5\n");
        long objStmOffset = out.size();
        write(out, "5 0 obj\n<< /Type /ObjStm /N " + claimedCount + " /First " + header.length() + " /Length " + streamData.length()
                + " >>\nstream\n" + streamData + "\nendstream\nendobj\n");
        long xrefOffset = out.size();

        ByteArrayOutputStream entries = new ByteArrayOutputStream();
        entry(entries, 0, 0, 65535); // 0: head of the free list
        entry(entries, 2, 5, 0);     // 1: catalog, stream 5, index 0
        entry(entries, 2, 5, 1);     // 2: page tree, index 1
        entry(entries, 2, 5, 2);     // 3: the first page object 3, index 2 (not 3)
        entry(entries, 0, 0, 0);     // 4: free
        entry(entries, 1, objStmOffset, 0);
        entry(entries, 1, xrefOffset, 0);
        write(out, "6 0 obj\n<< /Type /XRef /Size 7 /W [1 4 2] /Root 1 0 R /Length " + entries.size()
                + " >>\nstream\n");
        out.write(entries.toByteArray());
        write(out, "\nendstream\nendobj\nstartxref\n" + xrefOffset + "\n%%EOF\n");
        return Files.write(file, out.toByteArray());
    }

    private static void entry(ByteArrayOutputStream out, int type, long field2, int field3) {
        out.write(type);
        for (int shift = 24; shift >= 0; shift -= 8) {
            out.write((int) (field2 >>> shift) & 0xff);
        }
        out.write(field3 >>> 8);
        out.write(field3 & 0xff);
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
