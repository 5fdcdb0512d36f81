package fr.chorusdesk.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text a reader sees on each page of a PDF, page by page, for checking the PDF against its own
 * invoice data. Long documents are read up to {@link #MAX_PAGES} pages: an invoice keeps its facts
 * in its first pages, and a bundle of that many pages is already said to hold several invoices.
 *
 * @param pages     the pages read, numbered from 1
 * @param pageCount the document's number of pages
 */
public record VisibleText(List<PageText> pages, int pageCount) {

    /** Pages read at most. */
    public static final int MAX_PAGES = 100;

    public VisibleText {
        pages = List.copyOf(pages);
    }

    /** Reads a PDF on disk (blocking: call it off the UI thread). */
    public static VisibleText read(Path file) throws IOException {
        try (PDDocument document = new PdfLoader().load(file)) {
            return read(document);
        }
    }

    static VisibleText read(PDDocument document) {
        int count = document.getNumberOfPages();
        int read = Math.min(count, MAX_PAGES);
        List<PageText> texts = new ArrayList<>();
        try {
            // one pass over the pages, each ended by a form feed: as fast as extracting the text at all
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            stripper.setPageEnd(PAGE_END);
            stripper.setEndPage(read);
            String[] pages = stripper.getText(document).split(PAGE_END, -1);
            if (pages.length < read) {
                throw new IOException("pages missing from the text");
            }
            for (int page = 1; page <= read; page++) {
                texts.add(new PageText(page, pages[page - 1]));
            }
        } catch (IOException | RuntimeException e) {
            // a damaged content stream: page by page, so that the others are still read
            texts.clear();
            for (int page = 1; page <= read; page++) {
                texts.add(new PageText(page, PageTextSampler.extract(document, page)));
            }
        }
        return new VisibleText(texts, count);
    }

    private static final String PAGE_END = "\f";

    /** Whether any page read shows text at all (a scan without OCR shows none). */
    public boolean hasText() {
        return pages.stream().anyMatch(PageText::hasText);
    }

    /** Whether pages after {@link #MAX_PAGES} were left unread. */
    public boolean truncated() {
        return pageCount > pages.size();
    }
}
