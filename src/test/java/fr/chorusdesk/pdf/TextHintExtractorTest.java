package fr.chorusdesk.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextHintExtractorTest {

    @TempDir
    Path dir;

    private final TextHintExtractor extractor = new TextHintExtractor();

    @Test
    void findsTheFactsOfAPlainPdfInvoiceWithTheirPlace() throws IOException {
        Path pdf = TestPdfs.textPdf(dir.resolve("facture.pdf"), List.of(
                "Atelier Dupré - SIRET 732 829 320 00074",
                "Facture n° FA-2026-0042",
                "Date de facture : 15/01/2026",
                "Echéance : 14 février 2026",
                "Client : Commune de Saint-Exemple, SIRET 99999999800010",
                "Total HT 1 100,00 €",
                "TVA 20 % 205,50 €",
                "Total TTC 1 305,50 €"));

        PdfInspection inspection = new PdfInspector().inspect(pdf);

        assertThat(inspection.facturX()).isEmpty();
        assertThat(inspection.hints()).extracting(TextHint::kind, TextHint::value, TextHint::page, TextHint::line)
                .containsExactly(
                        tuple(HintKind.SIRET, "73282932000074", 1, 1),
                        tuple(HintKind.INVOICE_NUMBER, "FA-2026-0042", 1, 2),
                        tuple(HintKind.DATE, "2026-01-15", 1, 3),
                        tuple(HintKind.DATE, "2026-02-14", 1, 4),
                        tuple(HintKind.AMOUNT_HT, "1100.00", 1, 6),
                        tuple(HintKind.AMOUNT_TVA, "205.50", 1, 7),
                        tuple(HintKind.AMOUNT_TTC, "1305.50", 1, 8));
        assertThat(inspection.hints().get(1).context()).isEqualTo("Facture n° FA-2026-0042");
    }

    @Test
    void aSiretFailingLuhnIsNotSuggested() {
        List<TextHint> hints = extractor.extract(List.of(new PageText(1, "SIRET 99999999800010\nSIRET 78787878400035")));
        assertThat(hints).isEmpty();
    }

    @Test
    void laPosteSiretIsSuggested() {
        List<TextHint> hints = extractor.extract(List.of(new PageText(2, "La Poste SIRET : 356 000 000 49837")));
        assertThat(hints).extracting(TextHint::kind, TextHint::value, TextHint::page)
                .containsExactly(tuple(HintKind.SIRET, "35600000049837", 2));
    }

    @Test
    void otherNumberAndDateSpellings() {
        List<TextHint> hints = extractor.extract(List.of(new PageText(1, String.join("\n",
                "N° de facture : 2026/117",
                "Invoice no. INV+88",
                "Émise le 2026-03-01, pas le 31/02/2026",
                "Net à payer TTC : 12.345,67"))));
        assertThat(hints).extracting(TextHint::kind, TextHint::value).containsExactly(
                tuple(HintKind.INVOICE_NUMBER, "2026/117"),
                tuple(HintKind.INVOICE_NUMBER, "INV+88"),
                tuple(HintKind.DATE, "2026-03-01"),
                tuple(HintKind.AMOUNT_TTC, "12345.67"));
    }

    @Test
    void ratesAndVatNumbersAreNotAmounts() {
        List<TextHint> hints = extractor.extract(List.of(new PageText(1, String.join("\n",
                "N° TVA intracommunautaire FR44732829320",
                "TVA 5,50 %",
                "Prix unitaire 12,00"))));
        assertThat(hints).isEmpty();
    }

    @Test
    void aValueSeenTwiceIsOfferedOnceAtItsFirstPlace() {
        List<TextHint> hints = extractor.extract(List.of(
                new PageText(1, "Facture n° A-1"),
                new PageText(3, "Rappel : facture n° A-1")));
        assertThat(hints).singleElement().extracting(TextHint::page).isEqualTo(1);
    }

    @Test
    void onlyTheFirstPagesAndTheLastAreRead() throws IOException {
        Path pdf = dir.resolve("long.pdf");
        try (var doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            for (int p = 1; p <= 5; p++) {
                TestPdfs.addTextPage(doc, List.of("Facture n° P" + p));
            }
            doc.save(pdf.toFile());
        }
        List<TextHint> hints = new PdfInspector().inspect(pdf).hints();
        assertThat(hints).extracting(TextHint::value).containsExactly("P1", "P2", "P5");
    }
}
