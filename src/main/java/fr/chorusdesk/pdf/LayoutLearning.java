package fr.chorusdesk.pdf;

import fr.chorusdesk.domain.DraftField;
import fr.chorusdesk.domain.LearnedLayout;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Learns the layout of a sent plain invoice: where each confirmed field sat on its pages, so that
 * the next invoice of the same layout is read from those places first. Nothing leaves the
 * machine: the caller keeps the result. Never throws for a bad file: nothing is learned then.
 */
public final class LayoutLearning {

    private static final Logger LOG = LoggerFactory.getLogger(LayoutLearning.class);

    private final PdfLoader loader;

    public LayoutLearning() {
        this(new PdfLoader());
    }

    LayoutLearning(PdfLoader loader) {
        this.loader = loader;
    }

    /**
     * @param confirmed the sent values, as the hints write them (dates yyyy-MM-dd, amounts plain
     *                  decimals, SIRET 14 digits); fields the text cannot hold are ignored
     * @param known     the layouts already learned: an invoice of one of them adds to it
     * @return the layout, new or updated; empty when the file has no text or none of the values is on it
     */
    public Optional<LearnedLayout> learn(Path file, Map<DraftField, String> confirmed, List<LearnedLayout> known,
            Instant now) {
        Map<HintKind, String> values = new EnumMap<>(HintKind.class);
        confirmed.forEach((field, value) -> HintKind.of(field)
                .filter(k -> k != HintKind.VAT_LINES && k != HintKind.INVOICE_KIND)
                .ifPresent(k -> values.put(k, value)));
        if (values.isEmpty()) {
            return Optional.empty();
        }
        try (PDDocument document = loader.load(file)) {
            return LayoutLearner.learn(PlainPdfReader.pages(document), values, known, now);
        } catch (IOException | RuntimeException e) {
            LOG.warn("No layout learned from {}: {}", file.getFileName(), e.toString());
            return Optional.empty();
        }
    }
}
