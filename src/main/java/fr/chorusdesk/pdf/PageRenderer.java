package fr.chorusdesk.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Semaphore;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Renders pages for previews. Each image is scaled so that it fits a pixel budget, whatever the page
 * size, and at most a fixed number of renders run at once: memory stays bounded even when the UI
 * asks for many thumbnails in a row. Every call opens its own document, so the renderer is safe to
 * share between threads; call it off the UI thread.
 */
public final class PageRenderer {

    /** About 180 × 255 on an A4 page. */
    public static final int THUMBNAIL_PIXELS = 46_000;
    /** About 1240 × 1754 on an A4 page (150 dpi): readable, 8.7 MB as an RGB image. */
    public static final int PAGE_PIXELS = 2_200_000;
    /** Never more than 300 dpi, however small the page. */
    private static final float MAX_SCALE = 300f / 72f;

    private final PdfLoader loader;
    private final Semaphore permits;

    /** At most two renders at once: one for the page on screen, one for thumbnails. */
    public PageRenderer() {
        this(2);
    }

    public PageRenderer(int maxConcurrentRenders) {
        this(new PdfLoader(), maxConcurrentRenders);
    }

    PageRenderer(PdfLoader loader, int maxConcurrentRenders) {
        this(loader, permits(maxConcurrentRenders));
    }

    /** With the permits given, so that a test can see a render wait for one. */
    PageRenderer(PdfLoader loader, Semaphore permits) {
        this.loader = loader;
        this.permits = permits;
    }

    private static Semaphore permits(int maxConcurrentRenders) {
        if (maxConcurrentRenders < 1) {
            throw new IllegalArgumentException("maxConcurrentRenders must be at least 1");
        }
        // fair: a thumbnail asked for first is drawn first
        return new Semaphore(maxConcurrentRenders, true);
    }

    /** Small image of a page (index from 0) for a list of thumbnails. */
    public BufferedImage thumbnail(Path file, int pageIndex) throws PdfRenderException {
        return render(file, pageIndex, THUMBNAIL_PIXELS);
    }

    /** Readable image of a page (index from 0). */
    public BufferedImage page(Path file, int pageIndex) throws PdfRenderException {
        return render(file, pageIndex, PAGE_PIXELS);
    }

    /** The page as an RGB image of at most {@code maxPixels} pixels, keeping its proportions. */
    public BufferedImage render(Path file, int pageIndex, int maxPixels) throws PdfRenderException {
        if (maxPixels < 1) {
            throw new IllegalArgumentException("maxPixels must be positive");
        }
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PdfRenderException("pdf.render.interrupted", e);
        }
        try (PDDocument document = loader.load(file)) {
            int count = document.getNumberOfPages();
            if (pageIndex < 0 || pageIndex >= count) {
                throw new PdfRenderException("pdf.render.noSuchPage", null);
            }
            PDPage page = document.getPage(pageIndex);
            float scale = scaleFor(page, maxPixels);
            PDFRenderer renderer = new PDFRenderer(document);
            // images inside the page are decoded no finer than the output needs
            renderer.setSubsamplingAllowed(true);
            return renderer.renderImage(pageIndex, scale, ImageType.RGB);
        } catch (IOException | RuntimeException e) {
            throw new PdfRenderException("pdf.render.failed", e);
        } finally {
            permits.release();
        }
    }

    /** How many pages the document has, for paging through previews. */
    public int pageCount(Path file) throws PdfRenderException {
        try (PDDocument document = loader.load(file)) {
            return document.getNumberOfPages();
        } catch (IOException | RuntimeException e) {
            throw new PdfRenderException("pdf.render.failed", e);
        }
    }

    /** Same as {@link #render} as PNG bytes, for callers that store or send the preview. */
    public byte[] renderPng(Path file, int pageIndex, int maxPixels) throws PdfRenderException {
        BufferedImage image = render(file, pageIndex, maxPixels);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new PdfRenderException("pdf.render.failed", e);
        }
        return out.toByteArray();
    }

    /** Scale (1 = 72 dpi) fitting the budget; a rotated page has the same area. */
    static float scaleFor(PDPage page, int maxPixels) {
        PDRectangle box = page.getCropBox();
        double width = Math.max(1, box.getWidth());
        double height = Math.max(1, box.getHeight());
        double scale = Math.sqrt(maxPixels / (width * height));
        // rounding up a dimension may add a row or column: stay safely under the budget
        scale *= 0.995;
        return (float) Math.min(scale, MAX_SCALE);
    }
}
