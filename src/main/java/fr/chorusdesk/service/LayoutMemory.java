package fr.chorusdesk.service;

import fr.chorusdesk.domain.DraftField;
import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.domain.LearnedLayout;
import fr.chorusdesk.domain.PdfFile;
import fr.chorusdesk.pdf.LayoutLearning;
import fr.chorusdesk.store.LayoutStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The supplier layouts learned for the active profile: read from its file the first time a plain
 * PDF is read (never at start-up), added to after each plain invoice sent, forgotten on request.
 * Nothing here leaves the machine. Thread-safe; blocking (disk, PDF): call it off the UI thread.
 */
public final class LayoutMemory {

    private static final Logger LOG = LoggerFactory.getLogger(LayoutMemory.class);

    private final Optional<LayoutStore> store;
    private final Supplier<String> profile;
    private final LayoutLearning learning;
    private final Clock clock;
    private String loadedFor;
    private List<LearnedLayout> layouts = List.of();

    /**
     * @param profile the active profile's id, asked at each use: layouts are kept per profile
     */
    public LayoutMemory(LayoutStore store, Supplier<String> profile, Clock clock) {
        this(Optional.of(store), profile, clock);
    }

    private LayoutMemory(Optional<LayoutStore> store, Supplier<String> profile, Clock clock) {
        this.store = store;
        this.profile = Objects.requireNonNull(profile);
        this.clock = Objects.requireNonNull(clock);
        this.learning = new LayoutLearning();
    }

    /** Learns nothing and knows nothing: for tests and uses without a data directory. */
    public static LayoutMemory none(Clock clock) {
        return new LayoutMemory(Optional.empty(), () -> "none", clock);
    }

    /** The layouts learned for the active profile. */
    public synchronized List<LearnedLayout> known() {
        String id = profile.get();
        if (!id.equals(loadedFor)) {
            layouts = store.map(s -> s.load(id)).orElse(List.of());
            loadedFor = id;
        }
        return layouts;
    }

    public synchronized Optional<LearnedLayout> find(String layoutId) {
        return known().stream().filter(l -> l.id().equals(layoutId)).findFirst();
    }

    /**
     * After a plain invoice was sent: where each of its values sat on the page is learned (or added
     * to the layout it was read with). A Factur-X invoice teaches nothing: its XML is read.
     *
     * @return the layout learned or updated, empty when nothing could be learned
     */
    public synchronized Optional<LearnedLayout> learnFrom(InvoiceDraft sent) {
        if (store.isEmpty() || sent.facturX().isPresent() || sent.pdf().isEmpty()) {
            return Optional.empty();
        }
        Path file = Path.of(sent.pdf().map(PdfFile::path).orElseThrow());
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        List<LearnedLayout> known = known();
        Optional<LearnedLayout> learned = learning.learn(file, confirmed(sent), known, clock.instant());
        learned.ifPresent(layout -> {
            List<LearnedLayout> next = new ArrayList<>(known.stream().filter(l -> !l.id().equals(layout.id())).toList());
            next.add(0, layout);
            save(next);
        });
        return learned;
    }

    /** Forgets a layout: its next invoice is read from the labels alone again. */
    public synchronized void forget(String layoutId) {
        List<LearnedLayout> next = known().stream().filter(l -> !l.id().equals(layoutId)).toList();
        if (next.size() != known().size()) {
            save(next);
        }
    }

    private void save(List<LearnedLayout> next) {
        layouts = List.copyOf(next);
        try {
            store.orElseThrow().save(loadedFor, layouts);
        } catch (IOException e) {
            // kept in memory for this session; the next learning writes it again
            LOG.warn("Learned layouts of profile {} not written: {}", loadedFor, e.toString());
        }
    }

    /** The values a send confirmed, written as the text reading writes them. */
    static Map<DraftField, String> confirmed(InvoiceDraft d) {
        Map<DraftField, String> values = new EnumMap<>(DraftField.class);
        d.invoiceNumber().ifPresent(v -> values.put(DraftField.INVOICE_NUMBER, v));
        d.invoiceDate().ifPresent(v -> values.put(DraftField.INVOICE_DATE, v.toString()));
        d.validRecipientSiret().ifPresent(v -> values.put(DraftField.RECIPIENT_SIRET, v.value()));
        d.engagementNumber().ifPresent(v -> values.put(DraftField.ENGAGEMENT_NUMBER, v));
        d.serviceCode().ifPresent(v -> values.put(DraftField.SERVICE_CODE, v));
        d.contractNumber().ifPresent(v -> values.put(DraftField.CONTRACT_NUMBER, v));
        d.amountExclTax().ifPresent(v -> values.put(DraftField.AMOUNT_EXCL_TAX, v.toPlainString()));
        d.vatAmount().ifPresent(v -> values.put(DraftField.VAT_AMOUNT, v.toPlainString()));
        d.amountInclTax().ifPresent(v -> values.put(DraftField.AMOUNT_INCL_TAX, v.toPlainString()));
        d.amountDue().ifPresent(v -> values.put(DraftField.AMOUNT_DUE, v.toPlainString()));
        return values;
    }
}
