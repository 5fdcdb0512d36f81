package fr.chorusdesk.service;

import fr.chorusdesk.pdf.PageRenderer;
import fr.chorusdesk.pdf.PdfRenderException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Page previews for the wizard: one page of a PDF as PNG bytes, with the document's page count so
 * the view can page through. Blocks (PDF rendering): call it off the UI thread.
 */
public final class PagePreviewService {

    /** About 600 × 850 on an A4 page: sharp in a preview pane, light to decode. */
    public static final int PREVIEW_PIXELS = 520_000;

    private final PageRenderer renderer;
    private final Locale locale;

    public PagePreviewService(PageRenderer renderer, Locale locale) {
        this.renderer = Objects.requireNonNull(renderer);
        this.locale = Objects.requireNonNull(locale);
    }

    /** One rendered page; {@code pageIndex} from 0. */
    public record PagePreview(byte[] png, int pageIndex, int pageCount) {
    }

    /**
     * @throws PreviewException with a French message when the page cannot be drawn
     */
    public PagePreview page(Path file, int pageIndex) throws PreviewException {
        try {
            int count = renderer.pageCount(file);
            byte[] png = renderer.renderPng(file, pageIndex, PREVIEW_PIXELS);
            return new PagePreview(png, pageIndex, count);
        } catch (PdfRenderException e) {
            throw new PreviewException(ServiceMessages.format(locale, e.messageKey()), e);
        }
    }

    /** A preview that could not be drawn, with the sentence to show instead of the page. */
    public static final class PreviewException extends Exception {
        private static final long serialVersionUID = 1L;

        PreviewException(String userMessage, Throwable cause) {
            super(userMessage, cause);
        }

        public String userMessage() {
            return getMessage();
        }
    }
}
