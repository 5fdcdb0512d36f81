package fr.chorusdesk.pdf;

import java.io.IOException;
import java.util.List;
import java.util.TreeSet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The pages where an invoice keeps its key facts: the first pages (number, dates, parties) and the
 * last one (totals). Reading every page of a long annex would cost far more than opening the file
 * and tell nothing more.
 */
final class PageTextSampler {

    static final int FIRST_PAGES = 2;

    private PageTextSampler() {
    }

    /** The page numbers (from 1) worth reading in a document of {@code count} pages. */
    static List<Integer> pagesToSample(int count) {
        TreeSet<Integer> pages = new TreeSet<>();
        for (int p = 1; p <= Math.min(FIRST_PAGES, count); p++) {
            pages.add(p);
        }
        if (count > 0) {
            pages.add(count);
        }
        return List.copyOf(pages);
    }

    /** The text of one page (from 1), in reading order; empty when its content cannot be read. */
    static String extract(PDDocument document, int page) {
        try {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            stripper.setLineSeparator("\n");
            return stripper.getText(document);
        } catch (IOException | RuntimeException e) {
            // a damaged content stream leaves that page without text; the other pages still count
            return "";
        }
    }
}
