package fr.chorusdesk.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pre-flight + Factur-X reading of a ~10 MB, 300-page Factur-X PDF against PDFBox merely opening
 * and closing the same file, in the same run. Goal: ratio within 1.5.
 * Run: {@code mvn -q test -Dbench -Dtest=PdfInspectionBenchmark}
 */
@Tag("benchmark")
@Timeout(value = 15, unit = TimeUnit.MINUTES)
class PdfInspectionBenchmark {

    private static final int PAGES = 300;
    private static final int IMAGE_SIDE = 103;
    private static final int WARMUP = 300;
    private static final int RUNS = 51;

    @TempDir
    Path dir;

    /** Classic cross-reference table, every object at its own offset (as most office suites write). */
    @Test
    void withCrossReferenceTable() throws IOException {
        measure("pdf.preflight", generate(dir.resolve("table.pdf"), CompressParameters.NO_COMPRESSION));
    }

    /** Objects packed in compressed object streams (PDFBox's own default since 3.0). */
    @Test
    void withObjectStreams() throws IOException {
        measure("pdf.preflight.objstm", generate(dir.resolve("objstm.pdf"), CompressParameters.DEFAULT_COMPRESSION));
    }

    private void measure(String name, Path file) throws IOException {

        PdfInspector inspector = new PdfInspector();

        PdfInspection check = inspector.inspect(file);
        assertThat(check.preflight().pageCount()).contains(PAGES);
        assertThat(check.facturX().flatMap(FacturXReading::invoice)).isPresent();

        for (int i = 0; i < WARMUP; i++) {
            openClose(file);
            inspector.preflight(file);
        }
        long[] open = new long[RUNS];
        long[] inspect = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            // interleaved, so that a slow moment of the shared machine hits both sides alike
            long t0 = System.nanoTime();
            openClose(file);
            long t1 = System.nanoTime();
            PreflightReport report = inspector.preflight(file);
            long t2 = System.nanoTime();
            assertThat(report.pageCount()).contains(PAGES);
            open[i] = t1 - t0;
            inspect[i] = t2 - t1;
        }
        long openPeak = peakHeap(() -> openClose(file));
        long inspectPeak = peakHeap(() -> inspector.preflight(file));

        double openMs = median(open) / 1e6;
        double inspectMs = median(inspect) / 1e6;
        double ratio = inspectMs / openMs;
        System.out.printf(Locale.ROOT,
                "benchmark %s ratio=%.2f inspectMs=%.1f openCloseMs=%.1f fileMb=%.2f pages=%d"
                        + " peakHeapMb.inspect=%.1f peakHeapMb.openClose=%.1f runs=%d%n",
                name, ratio, inspectMs, openMs, Files.size(file) / 1e6, PAGES, inspectPeak / 1e6, openPeak / 1e6, RUNS);
        assertThat(ratio).as("%s against a bare PDFBox open and close", name).isLessThanOrEqualTo(GOAL);
    }

    /** The goal of docs/benchmarks.md. */
    static final double GOAL = 1.5;

    private static void openClose(Path file) {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            if (doc.getNumberOfPages() != PAGES) {
                throw new AssertionError("page count");
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Peak of the heap pools while running the action three times, after a collection. */
    private static long peakHeap(Runnable action) {
        List<MemoryPoolMXBean> heap = new ArrayList<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heap.add(pool);
            }
        }
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        for (int i = 0; i < 3; i++) {
            action.run();
        }
        return heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** 300 pages of text, each with its own incompressible image, so the file is ~10 MB. */
    static Path generate(Path file, CompressParameters compression) throws IOException {
        Random random = new Random(42);
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int p = 1; p <= PAGES; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                BufferedImage image = new BufferedImage(IMAGE_SIDE, IMAGE_SIDE, BufferedImage.TYPE_INT_RGB);
                for (int y = 0; y < IMAGE_SIDE; y++) {
                    for (int x = 0; x < IMAGE_SIDE; x++) {
                        image.setRGB(x, y, random.nextInt(0x1000000));
                    }
                }
                PDImageXObject xobject = LosslessFactory.createFromImage(doc, image);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.drawImage(xobject, 50, 500, 200, 200);
                    content.beginText();
                    content.setFont(font, 11);
                    content.newLineAtOffset(50, 780);
                    content.showText("Facture n° FA-2026-0042 - page " + p + " - Total TTC 1 305,50");
                    content.endText();
                }
            }
            TestPdfs.embed(doc, "factur-x.xml",
                    CiiSamples.invoice(CiiSamples.EN16931, "380").getBytes(StandardCharsets.UTF_8));
            TestPdfs.setXmp(doc, TestPdfs.xmp("3", "B", "EN 16931"));
            doc.save(file.toFile(), compression);
        }
        return file;
    }
}
