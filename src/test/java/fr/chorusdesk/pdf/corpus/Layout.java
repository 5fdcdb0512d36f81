package fr.chorusdesk.pdf.corpus;

import fr.chorusdesk.pdf.corpus.CorpusCase.Item;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;

/** How one invoicing program lays out its invoices. */
interface Layout {

    void draw(PDDocument doc, Fonts fonts, CorpusCase c);

    /** Every layout of the corpus, by the name its JSON files give. */
    static Layout named(String name) {
        Layout layout = ALL.get(name);
        if (layout == null) {
            throw new IllegalArgumentException("No corpus layout " + name);
        }
        return layout;
    }

    Map<String, Layout> ALL = Map.ofEntries(
            Map.entry("fr-classic", new FrClassic()),
            Map.entry("fr-boxes", new FrBoxes()),
            Map.entry("fr-freelance", new FrFreelance()),
            Map.entry("fr-public", new FrPublic()),
            Map.entry("fr-erp", new FrErp()),
            Map.entry("fr-multipage", new FrMultipage()),
            Map.entry("fr-avoir", new FrAvoir()),
            Map.entry("fr-grid", new FrGrid()),
            Map.entry("fr-mono", new FrMono()),
            Map.entry("fr-scan", new FrScan()),
            Map.entry("en-classic", new EnClassic()),
            Map.entry("en-modern", new EnModern()),
            Map.entry("de-office", new DeOffice()),
            Map.entry("de-letter", new DeLetter()));

    /** The items' totals by rate, in the order the rates first appear. */
    static Map<String, BigDecimal> basesByRate(List<Item> items) {
        Map<String, BigDecimal> bases = new java.util.LinkedHashMap<>();
        for (Item item : items) {
            bases.merge(item.rate(), item.totalAmount(), BigDecimal::add);
        }
        return bases;
    }
}
