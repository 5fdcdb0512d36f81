package fr.chorusdesk.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.domain.DraftField;
import fr.chorusdesk.domain.LearnedField;
import fr.chorusdesk.domain.LearnedLayout;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Learning a supplier's layout from a sent invoice, and reading the next one with it: a number
 * under a label no dictionary knows (« Réf. document ») is typed once, then read by itself.
 */
class LayoutLearningTest {

    private static final Instant SENT = Instant.parse("2026-03-05T10:00:00Z");

    @TempDir
    Path dir;

    /** One invoice of a small supplier's program; {@code siren} and {@code iban} are its own. */
    private Path invoice(String name, String number, String date, String ht, String tva, String ttc, String siren,
            String iban) throws IOException {
        return new Sheet()
                .at(40, 40, "ACME Services", 14)
                .at(330, 90, "Réf. document : " + number)
                .at(330, 104, "Établie le " + date)
                .at(330, 150, "Destinataire").at(330, 162, "COMMUNE DE VENCE")
                .at(330, 174, "SIRET : 210 670 145 00015")
                .at(360, 400, "Total HT").right(550, 400, ht + " €")
                .at(360, 414, "TVA 20 %").right(550, 414, tva + " €")
                .at(360, 428, "Total TTC").right(550, 428, ttc + " €")
                .at(40, 800, "ACME Services SARL au capital de 10 000 € - RCS Paris " + siren + " - IBAN " + iban, 7)
                .save(dir.resolve(name));
    }

    private static Map<HintKind, TextHint> read(Path pdf, List<LearnedLayout> known) {
        return new PdfInspector().inspect(pdf, known).hints().stream()
                .collect(Collectors.toMap(TextHint::kind, h -> h));
    }

    private static Map<DraftField, String> sent(String number, String date) {
        return Map.of(DraftField.INVOICE_NUMBER, number, DraftField.INVOICE_DATE, date,
                DraftField.RECIPIENT_SIRET, "21067014500015", DraftField.AMOUNT_EXCL_TAX, "1000.00",
                DraftField.VAT_AMOUNT, "200.00", DraftField.AMOUNT_INCL_TAX, "1200.00",
                DraftField.AMOUNT_DUE, "1200.00");
    }

    @Test
    void aNumberTypedOnceUnderAnUnknownLabelIsReadByItselfFromTheSecondInvoiceOn() throws IOException {
        Path first = invoice("first.pdf", "2026-118", "05/03/2026", "1 000,00", "200,00", "1 200,00",
                "812 345 676", "FR76 3000 4000 0312 3456 7890 143");
        assertThat(read(first, List.of())).as("no dictionary label says « Réf. document »")
                .doesNotContainKey(HintKind.INVOICE_NUMBER);

        LearnedLayout layout = new LayoutLearning().learn(first, sent("2026-118", "2026-03-05"), List.of(), SENT)
                .orElseThrow();

        assertThat(layout.name()).isEqualTo("ACME Services");
        assertThat(layout.supplierIds()).contains("SIREN 812345676", "IBAN FR7630004000031234567890143");
        assertThat(layout.fields()).filteredOn(f -> f.field() == DraftField.INVOICE_NUMBER).singleElement()
                .satisfies(f -> assertThat(f.label()).isEqualTo("ref document"))
                .satisfies(f -> assertThat(f.relation()).isEqualTo(LearnedField.Relation.SAME_SEGMENT));

        Path second = invoice("second.pdf", "2026-131", "02/04/2026", "2 400,00", "480,00", "2 880,00",
                "812 345 676", "FR76 3000 4000 0312 3456 7890 143");
        Map<HintKind, TextHint> hints = read(second, List.of(layout));

        assertThat(hints.get(HintKind.INVOICE_NUMBER).value()).isEqualTo("2026-131");
        assertThat(hints.get(HintKind.DATE).value()).isEqualTo("2026-04-02");
        assertThat(hints.get(HintKind.AMOUNT_TTC).value()).isEqualTo("2880.00");
        for (HintKind kind : List.of(HintKind.INVOICE_NUMBER, HintKind.DATE, HintKind.SIRET, HintKind.AMOUNT_HT,
                HintKind.AMOUNT_TVA, HintKind.AMOUNT_TTC, HintKind.AMOUNT_DUE)) {
            assertThat(hints.get(kind).autoFill()).as(kind.name()).isTrue();
        }
        assertThat(hints.get(HintKind.INVOICE_NUMBER).layout()).contains(layout.id());
    }

    @Test
    void anotherSuppliersInvoiceWithTheSameLabelsIsNotReadWithIt() throws IOException {
        Path first = invoice("first.pdf", "2026-118", "05/03/2026", "1 000,00", "200,00", "1 200,00",
                "812 345 676", "FR76 3000 4000 0312 3456 7890 143");
        LearnedLayout layout = new LayoutLearning().learn(first, sent("2026-118", "2026-03-05"), List.of(), SENT)
                .orElseThrow();
        Path other = invoice("other.pdf", "2026-131", "02/04/2026", "2 400,00", "480,00", "2 880,00",
                "798 456 125", "FR76 1820 6000 4012 3456 7890 112");

        Map<HintKind, TextHint> hints = read(other, List.of(layout));

        assertThat(hints).doesNotContainKey(HintKind.INVOICE_NUMBER);
        assertThat(hints.values()).allMatch(h -> h.layout().isEmpty());
    }

    @Test
    void anInvoiceOfAKnownLayoutAddsToIt() throws IOException {
        Path first = invoice("first.pdf", "2026-118", "05/03/2026", "1 000,00", "200,00", "1 200,00",
                "812 345 676", "FR76 3000 4000 0312 3456 7890 143");
        Path second = invoice("second.pdf", "2026-131", "02/04/2026", "1 000,00", "200,00", "1 200,00",
                "812 345 676", "FR76 3000 4000 0312 3456 7890 143");
        LayoutLearning learning = new LayoutLearning();
        LearnedLayout once = learning.learn(first, sent("2026-118", "2026-03-05"), List.of(), SENT).orElseThrow();

        LearnedLayout twice = learning.learn(second, sent("2026-131", "2026-04-02"), List.of(once),
                SENT.plusSeconds(60)).orElseThrow();

        assertThat(twice.id()).isEqualTo(once.id());
        assertThat(twice.invoices()).isEqualTo(2);
        assertThat(twice.learnedAt()).isEqualTo(SENT);
        assertThat(twice.updatedAt()).isEqualTo(SENT.plusSeconds(60));
    }

    @Test
    void aFileWithoutTextOrWithoutTheValuesTeachesNothing() throws IOException {
        Path blank = TestPdfs.blankPdf(dir.resolve("blank.pdf"), 1);
        Path unrelated = TestPdfs.textPdf(dir.resolve("letter.pdf"), List.of("Bonjour, voici notre catalogue."));

        assertThat(new LayoutLearning().learn(blank, sent("1", "2026-03-05"), List.of(), SENT)).isEmpty();
        assertThat(new LayoutLearning().learn(unrelated, sent("1", "2026-03-05"), List.of(), SENT)).isEmpty();
        assertThat(new LayoutLearning().learn(dir.resolve("absent.pdf"), sent("1", "2026-03-05"), List.of(), SENT))
                .isEqualTo(Optional.empty());
    }
}
