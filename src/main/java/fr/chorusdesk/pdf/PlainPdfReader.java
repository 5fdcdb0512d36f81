package fr.chorusdesk.pdf;

import fr.chorusdesk.domain.LearnedLayout;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Reads the text of a plain PDF by position and gives one hint per field it finds (see
 * {@link PlainInvoiceReader}). Reads the pages where invoices keep their facts: the first two and
 * the last. Thread-safe: each reading has its own state.
 */
public final class PlainPdfReader {

    private final PlainInvoiceReader reader = new PlainInvoiceReader();

    public List<TextHint> read(PDDocument document) {
        return read(document, List.of());
    }

    /** The same, a learned layout first when the document is one of {@code known}. */
    public List<TextHint> read(PDDocument document, List<LearnedLayout> known) {
        return hints(reader.read(pages(document), known));
    }

    /** The positioned text of the sampled pages; a page that cannot be read has no lines. */
    static List<PositionedPage> pages(PDDocument document) {
        int count = document.getNumberOfPages();
        List<PositionedPage> pages = new ArrayList<>();
        PositionStripper stripper;
        try {
            stripper = new PositionStripper();
        } catch (IOException e) {
            return pages;
        }
        for (int page : PageTextSampler.pagesToSample(count)) {
            try {
                pages.add(stripper.read(document, page, page == count));
            } catch (IOException | RuntimeException e) {
                // a damaged content stream leaves that page without text; the others still count
                pages.add(new PositionedPage(page, page == count, 0, 0, List.of()));
            }
        }
        return pages;
    }

    static List<TextHint> hints(Map<HintKind, FieldReading> readings) {
        List<TextHint> hints = new ArrayList<>();
        for (FieldReading r : readings.values()) {
            Candidate best = r.best();
            List<TextHint.Alternative> alternatives = r.alternatives().stream()
                    .map(a -> new TextHint.Alternative(a.value(), a.score(), a.page(), a.line(), a.context())).toList();
            hints.add(new TextHint(r.kind(), best.value(), best.page(), best.line(), best.context(), r.confidence(),
                    r.autoFill(), alternatives, r.layout()));
        }
        return hints;
    }
}
