package fr.chorusdesk.pdf.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import fr.chorusdesk.domain.Siret;
import fr.chorusdesk.pdf.corpus.CorpusCase.Expected;
import fr.chorusdesk.pdf.corpus.CorpusCase.Item;
import fr.chorusdesk.pdf.corpus.CorpusCase.VatLine;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The plain corpus is what it claims to be: its size and variety, every hand-written JSON
 * consistent with itself (lines × prices, VAT by rate, HT + TVA = TTC, payments), every PDF there
 * and showing the expected values. Checks the data, not the reader.
 */
class PlainCorpusTest {

    private final List<CorpusCase> cases = CorpusCase.all(CorpusCase.DIRECTORY);

    @Test
    void theCorpusHasFortyInvoicesInTwelveLayoutsInThreeLanguages() {
        assertThat(cases).hasSizeGreaterThanOrEqualTo(40);
        assertThat(cases.stream().map(CorpusCase::layout).distinct()).hasSizeGreaterThanOrEqualTo(12);
        Map<String, Long> languages = cases.stream().collect(Collectors.groupingBy(CorpusCase::language,
                Collectors.counting()));
        assertThat(languages.get("fr")).isGreaterThan(languages.get("en") + languages.get("de"));
        assertThat(languages.get("en")).isGreaterThanOrEqualTo(3);
        assertThat(languages.get("de")).isGreaterThanOrEqualTo(3);
        assertThat(cases).anyMatch(c -> !c.textLayer());
        assertThat(cases).anyMatch(c -> c.expected().isCreditNote());
        assertThat(cases).anyMatch(c -> c.expected().vatLines().size() > 1);
        assertThat(cases).anyMatch(c -> !c.document().payments().isEmpty());
    }

    @Test
    void everyCaseAddsUp() {
        for (CorpusCase c : cases) {
            Expected e = c.expected();
            String name = c.file();
            assertThat(e.kind()).as(name).isIn("FACTURE", "AVOIR");
            assertThat(LocalDate.parse(e.invoiceDate())).as(name).isNotNull();
            if (e.recipientSiret() != null) {
                assertThat(Siret.parse(e.recipientSiret())).as(name + " recipient SIRET").isPresent();
            }
            BigDecimal ht = BigDecimal.ZERO;
            for (Item item : c.document().items()) {
                BigDecimal qty = new BigDecimal(item.qty().replace(',', '.'));
                assertThat(qty.multiply(new BigDecimal(item.price())).setScale(2, RoundingMode.HALF_UP))
                        .as(name + " " + item.label()).isEqualByComparingTo(item.total());
                ht = ht.add(item.totalAmount());
            }
            assertThat(ht).as(name + " HT = sum of lines").isEqualByComparingTo(e.amountExclTax());
            Map<BigDecimal, BigDecimal> bases = c.document().items().stream().collect(Collectors.groupingBy(
                    i -> new BigDecimal(i.rate()).stripTrailingZeros(),
                    Collectors.reducing(BigDecimal.ZERO, Item::totalAmount, BigDecimal::add)));
            BigDecimal vat = BigDecimal.ZERO;
            BigDecimal vatBases = BigDecimal.ZERO;
            for (VatLine line : e.vatLines()) {
                BigDecimal rate = new BigDecimal(line.ratePercent());
                assertThat(bases.get(rate.stripTrailingZeros())).as(name + " base at " + rate)
                        .isEqualByComparingTo(line.base());
                assertThat(new BigDecimal(line.base()).multiply(rate).movePointLeft(2).setScale(2, RoundingMode.HALF_UP))
                        .as(name + " VAT at " + rate).isEqualByComparingTo(line.amount());
                vat = vat.add(new BigDecimal(line.amount()));
                vatBases = vatBases.add(new BigDecimal(line.base()));
            }
            if (e.vatLines().isEmpty()) {
                assertThat(new BigDecimal(e.vatAmount())).as(name + " no VAT line, no VAT").isZero();
            } else {
                assertThat(vatBases).as(name + " VAT bases = HT").isEqualByComparingTo(e.amountExclTax());
            }
            assertThat(vat).as(name + " VAT = sum of its lines").isEqualByComparingTo(e.vatAmount());
            assertThat(new BigDecimal(e.amountExclTax()).add(new BigDecimal(e.vatAmount())))
                    .as(name + " HT + TVA = TTC").isEqualByComparingTo(e.amountInclTax());
            BigDecimal paid = c.document().payments().stream().map(p -> new BigDecimal(p.amount()))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(new BigDecimal(e.amountInclTax()).subtract(paid)).as(name + " TTC - paid = due")
                    .isEqualByComparingTo(e.amountDue());
        }
    }

    @Test
    void everyPdfIsThereAndShowsItsValues() throws IOException {
        for (CorpusCase c : cases) {
            assertThat(Files.isRegularFile(c.pdf(CorpusCase.DIRECTORY))).as(c.file()).isTrue();
            try (PDDocument doc = Loader.loadPDF(c.pdf(CorpusCase.DIRECTORY).toFile())) {
                String text = new PDFTextStripper().getText(doc);
                if (!c.textLayer()) {
                    assertThat(text.strip()).as(c.file() + " has no text layer").isEmpty();
                    continue;
                }
                String flat = text.replace('\u00a0', ' ').replace('\u202f', ' ');
                assertThat(flat).as(c.file()).contains(c.expected().invoiceNumber());
                Function<String, String> digits = s -> s.replaceAll("[^0-9]", "");
                String onlyDigits = digits.apply(flat);
                assertThat(onlyDigits).as(c.file() + " TTC").contains(digits.apply(c.expected().amountInclTax()));
            }
        }
    }
}
