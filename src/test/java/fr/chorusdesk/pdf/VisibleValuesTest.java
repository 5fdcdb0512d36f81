package fr.chorusdesk.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An invoice's values found in the text its pages show, written as invoices write them. The page
 * texts are written here by hand; the samples' lines are those of the FNFE-MPE Factur-X samples
 * (src/test/resources/samples/facturx).
 */
class VisibleValuesTest {

    private static VisibleText pages(String... texts) {
        List<PageText> pages = new java.util.ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            pages.add(new PageText(i + 1, texts[i]));
        }
        return new VisibleText(pages, texts.length);
    }

    @Test
    void anAmountIsFoundInTheFormsInvoicesWriteIt() {
        BigDecimal total = new BigDecimal("1200.00");
        for (String written : List.of("Total TTC 1 200,00 €", "Total TTC 1\u00a0200,00 €", "Total TTC 1\u202f200,00 €",
                "TOTAL 1.200,00 EUR", "Total 1,200.00 €", "Montant 1200.00", "Montant 1200,00", "Total TTC 1 200 €",
                "Avoir : -1 200,00 €")) {
            assertThat(VisibleValues.pagesShowingAmount(pages(written), total)).as(written).containsExactly(1);
        }
        for (String other : List.of("Total TTC 11 200,00 €", "Total TTC 1 200,50 €", "Total 21200.00",
                "Total 1200.001", "Total TTC 120,00 €")) {
            assertThat(VisibleValues.pagesShowingAmount(pages(other), total)).as(other).isEmpty();
        }
        // the FNFE sample Facture_FR_BASICWL.pdf: GrandTotalAmount 671.15
        assertThat(VisibleValues.pagesShowingAmount(pages("Règlement", "Total TTC 671,15 €"),
                new BigDecimal("671.15"))).containsExactly(2);
    }

    @Test
    void anIdentifierIsAWordOfItsOwn() {
        VisibleText text = pages("Facture n° FA-2026-0010", "Facture n° fa-2026-001");
        assertThat(VisibleValues.pagesShowingIdentifier(text, "FA-2026-001")).containsExactly(2);
        assertThat(VisibleValues.pagesShowingIdentifier(text, "FA-2026-0010")).containsExactly(1);
        assertThat(VisibleValues.pagesShowingIdentifier(text, "2026-001")).isEmpty();
        assertThat(VisibleValues.pagesShowingIdentifier(pages("Réglez la facture FA-7."), "FA-7")).containsExactly(1);
    }

    @Test
    void aDateIsFoundWrittenInFiguresOrInWords() {
        LocalDate date = LocalDate.of(2026, 3, 9);
        for (String written : List.of("Date de facture 09/03/2026", "le 9/3/2026", "Date : 2026-03-09",
                "Lyon, le 9 mars 2026", "Invoice Date 03/09/2026")) {
            assertThat(VisibleValues.pagesShowingDate(pages(written), date)).as(written).containsExactly(1);
        }
        assertThat(VisibleValues.pagesShowingDate(pages("Date de facture 10/03/2026"), date)).isEmpty();
        // the FNFE sample Facture_UE_MINIMUM.pdf: IssueDateTime 20171103, printed month first
        assertThat(VisibleValues.pagesShowingDate(pages("Invoice Date 11/03/2017 Sales Contact"),
                LocalDate.of(2017, 11, 3))).containsExactly(1);
    }

    @Test
    void aSiretIsFoundWithOrWithoutSpaces() {
        String siret = "11000201100044";
        assertThat(VisibleValues.pagesShowingDigits(pages("SIRET : 110 002 011 00044"), siret)).containsExactly(1);
        assertThat(VisibleValues.pagesShowingDigits(pages("SIRET 11000201100044"), siret)).containsExactly(1);
        assertThat(VisibleValues.pagesShowingDigits(pages("SIREN 110 002 011"), siret)).isEmpty();
        assertThat(VisibleValues.pagesShowingDigits(pages("Compte 9911000201100044"), siret)).isEmpty();
    }

    @Test
    void invoiceNumbersIntroducedAsSuchAreListedWithTheirPages() {
        VisibleText text = pages("Facture n° FA-1\nTotal TTC 100,00 €", "Suite de la facture n° FA-1",
                "Facture n° FA-2\nTotal TTC 250,00 €");
        assertThat(VisibleValues.invoiceNumbersShown(text)).extracting(VisibleValues.Shown::value,
                VisibleValues.Shown::page).containsExactly(org.assertj.core.groups.Tuple.tuple("FA-1", 1),
                org.assertj.core.groups.Tuple.tuple("FA-2", 3));
        assertThat(VisibleValues.leadingInvoiceNumbers(text)).containsEntry("FA-1", java.util.Set.of(1, 2))
                .containsEntry("FA-2", java.util.Set.of(3)).hasSize(2);
        // a page that cites another invoice below its own heading is headed by its own
        assertThat(VisibleValues.leadingInvoiceNumbers(pages("Avoir n° AV-3\nAnnule la facture n° FA-1")))
                .containsOnlyKeys("AV-3");
        assertThat(VisibleValues.totalInclTaxShown(text)).contains(new VisibleValues.Shown("100.00", 1));
    }

    @Test
    void everyPageOfARealPdfIsRead(@TempDir Path dir) throws IOException {
        Path pdf = TestPdfs.textPdf(dir.resolve("a.pdf"), List.of("Facture n° FA-7", "Total TTC 12,00 €"));
        VisibleText text = VisibleText.read(pdf);
        assertThat(text.pageCount()).isEqualTo(1);
        assertThat(text.hasText()).isTrue();
        assertThat(text.truncated()).isFalse();
        assertThat(VisibleValues.pagesShowingIdentifier(text, "FA-7")).containsExactly(1);

        VisibleText blank = VisibleText.read(TestPdfs.blankPdf(dir.resolve("blank.pdf"), 3));
        assertThat(blank.pageCount()).isEqualTo(3);
        assertThat(blank.hasText()).isFalse();
    }
}
