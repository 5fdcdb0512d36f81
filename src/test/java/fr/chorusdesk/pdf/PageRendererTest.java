package fr.chorusdesk.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageRendererTest {

    private static final Color[] COLORS = {Color.RED, Color.GREEN, Color.BLUE, Color.BLACK};

    @TempDir
    Path dir;

    private Path colored;
    private final PageRenderer renderer = new PageRenderer(2);

    /** One A4 page per colour, filled with it, so a render shows which page it is. */
    @BeforeEach
    void colouredPages() throws IOException {
        colored = dir.resolve("colours.pdf");
        try (PDDocument doc = new PDDocument()) {
            for (Color color : COLORS) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.setNonStrokingColor(color);
                    content.addRect(0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                    content.fill();
                }
            }
            doc.save(colored.toFile());
        }
    }

    @Test
    void thumbnailFitsItsPixelBudgetAndKeepsProportions() throws PdfRenderException {
        BufferedImage image = renderer.thumbnail(colored, 0);
        long pixels = (long) image.getWidth() * image.getHeight();
        assertThat(pixels).isLessThanOrEqualTo(PageRenderer.THUMBNAIL_PIXELS).isGreaterThan(PageRenderer.THUMBNAIL_PIXELS * 9L / 10);
        assertThat((double) image.getHeight() / image.getWidth()).isCloseTo(297.0 / 210.0, org.assertj.core.data.Offset.offset(0.02));
        assertThat(new Color(image.getRGB(image.getWidth() / 2, image.getHeight() / 2))).isEqualTo(Color.RED);
    }

    @Test
    void readablePageIsAboutOneHundredFiftyDpiOnA4() throws PdfRenderException {
        BufferedImage image = renderer.page(colored, 1);
        assertThat((long) image.getWidth() * image.getHeight()).isLessThanOrEqualTo(PageRenderer.PAGE_PIXELS);
        assertThat(image.getWidth()).isBetween(1150, 1260);
        assertThat(new Color(image.getRGB(10, 10))).isEqualTo(Color.GREEN);
    }

    @Test
    void aHugePageStaysWithinTheBudget() throws IOException, PdfRenderException {
        Path poster = dir.resolve("poster.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage(new PDRectangle(14_400, 14_400)));
            doc.save(poster.toFile());
        }
        BufferedImage image = renderer.page(poster, 0);
        assertThat((long) image.getWidth() * image.getHeight()).isLessThanOrEqualTo(PageRenderer.PAGE_PIXELS);
    }

    @Test
    void aTinyPageIsNotBlownUpBeyond300Dpi() throws IOException, PdfRenderException {
        Path stamp = dir.resolve("stamp.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage(new PDRectangle(72, 72)));
            doc.save(stamp.toFile());
        }
        BufferedImage image = renderer.page(stamp, 0);
        assertThat(image.getWidth()).isLessThanOrEqualTo(300);
    }

    @Test
    void manyThreadsEachGetTheirOwnPage() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<BufferedImage>> renders = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                int page = i % COLORS.length;
                renders.add(pool.submit(() -> renderer.thumbnail(colored, page)));
            }
            for (int i = 0; i < renders.size(); i++) {
                BufferedImage image = renders.get(i).get(30, TimeUnit.SECONDS);
                assertThat(new Color(image.getRGB(image.getWidth() / 2, image.getHeight() / 2)))
                        .as("render %d", i).isEqualTo(COLORS[i % COLORS.length]);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void noMoreThanTheAllowedNumberOfRendersRunAtOnce() throws Exception {
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch twoInside = new CountDownLatch(2);
        CountDownLatch twoRefused = new CountDownLatch(2);
        CountDownLatch gate = new CountDownLatch(1);
        PdfLoader blocking = new PdfLoader() {
            @Override
            PDDocument load(Path file) throws IOException {
                most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                twoInside.countDown();
                try {
                    gate.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                inside.decrementAndGet();
                return super.load(file);
            }
        };
        // a render that finds no permit free says so before it waits for one
        Semaphore permits = new Semaphore(2, true) {
            @Override
            public void acquire() throws InterruptedException {
                if (!tryAcquire(0, TimeUnit.SECONDS)) {
                    twoRefused.countDown();
                    super.acquire();
                }
            }
        };
        PageRenderer limited = new PageRenderer(blocking, permits);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<BufferedImage>> renders = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                renders.add(pool.submit(() -> limited.thumbnail(colored, 0)));
            }
            assertThat(twoInside.await(30, TimeUnit.SECONDS)).as("two renders are loading").isTrue();
            assertThat(twoRefused.await(30, TimeUnit.SECONDS)).as("two renders wait for a permit").isTrue();
            assertThat(inside.get()).isEqualTo(2);
            gate.countDown();
            for (Future<BufferedImage> render : renders) {
                assertThat(render.get(30, TimeUnit.SECONDS)).isNotNull();
            }
            assertThat(most.get()).isEqualTo(2);
            assertThat(permits.availablePermits()).as("every permit is given back").isEqualTo(2);
        } finally {
            gate.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void pngBytesArePng() throws PdfRenderException {
        byte[] png = renderer.renderPng(colored, 2, 10_000);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void failuresCarryAMessageKey() throws IOException, PdfRenderException {
        assertThatThrownBy(() -> renderer.page(colored, 4))
                .isInstanceOfSatisfying(PdfRenderException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("pdf.render.noSuchPage"));
        Path notPdf = java.nio.file.Files.writeString(dir.resolve("x.pdf"), "text");
        assertThatThrownBy(() -> renderer.thumbnail(notPdf, 0))
                .isInstanceOfSatisfying(PdfRenderException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("pdf.render.failed"));
        // the permit of a failed render is given back: later renders still run
        assertThat(renderer.thumbnail(colored, 3)).isNotNull();
        assertThat(renderer.thumbnail(colored, 3)).isNotNull();
    }
}
