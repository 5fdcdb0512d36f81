package fr.chorusdesk.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading a plain PDF by position, one behaviour at a time, on small pages written here. The
 * values expected are those a person reads on each page.
 */
class PlainPdfReaderTest {

    @TempDir
    Path dir;

    private Map<HintKind, TextHint> read(Path pdf) {
        PdfInspection inspection = new PdfInspector().inspect(pdf);
        return inspection.hints().stream().collect(Collectors.toMap(TextHint::kind, h -> h));
    }

    private static String value(Map<HintKind, TextHint> hints, HintKind kind) {
        TextHint hint = hints.get(kind);
        return hint == null ? null : hint.value();
    }

    @Test
    void aSimpleInvoiceIsReadAndItsCheckedTotalsAreFilledIn() throws IOException {
        Path pdf = TestPdfs.textPdf(dir.resolve("facture.pdf"), List.of(
                "Atelier Dupré - SIRET 732 829 320 00074 - Tél. 04 78 00 00 00",
                "Facture n° FA-2026-0042",
                "Date de facture : 15/01/2026",
                "Echéance : 14 février 2026",
                "Client : Commune de Saint-Exemple, SIRET 99999999800010",
                "Total HT 1 100,00 €",
                "TVA 20 % 220,00 €",
                "Total TTC 1 320,00 €"));

        Map<HintKind, TextHint> hints = read(pdf);

        assertThat(value(hints, HintKind.INVOICE_NUMBER)).isEqualTo("FA-2026-0042");
        assertThat(value(hints, HintKind.DATE)).as("the due date is no invoice date").isEqualTo("2026-01-15");
        assertThat(value(hints, HintKind.AMOUNT_HT)).isEqualTo("1100.00");
        assertThat(value(hints, HintKind.AMOUNT_TVA)).isEqualTo("220.00");
        assertThat(value(hints, HintKind.AMOUNT_TTC)).isEqualTo("1320.00");
        assertThat(value(hints, HintKind.AMOUNT_DUE)).isEqualTo("1320.00");
        assertThat(value(hints, HintKind.VAT_LINES)).isEqualTo("20.00:1100.00:220.00");
        assertThat(hints).as("the supplier's SIRET is not the recipient's; 99999999800010 fails its check")
                .doesNotContainKey(HintKind.SIRET);
        assertThat(hints.get(HintKind.AMOUNT_TTC).autoFill()).isTrue();
        assertThat(hints.get(HintKind.INVOICE_NUMBER).context()).isEqualTo("Facture n° FA-2026-0042");
        assertThat(hints.get(HintKind.INVOICE_NUMBER).line()).isEqualTo(2);
    }

    @Test
    void theCapitalIsNeverTheVatAndPerRateLinesComeBeforeTheTotalOfTaxes() throws IOException {
        Path pdf = new Sheet()
                .at(40, 40, "Au bon moulin - TVA : FR11999999998 - SARL au capital de 120 000,00 €")
                .at(40, 90, "Facture FA-2017-0010", 18)
                .at(40, 130, "Date de facture").at(160, 130, "13/11/2017")
                .at(360, 300, "Total HT").right(550, 300, "624,90 €")
                .at(40, 315, "TVA collectée 20,0%").at(180, 315, "81,90 €").at(260, 315, "16,38 €")
                .at(360, 322, "Total taxes").right(550, 322, "46,25 €")
                .at(40, 330, "TVA collectée 5,5%").at(180, 330, "543,00 €").at(260, 330, "29,87 €")
                .at(360, 345, "Total TTC").right(550, 345, "671,15 €")
                .save(dir.resolve("moulin.pdf"));

        Map<HintKind, TextHint> hints = read(pdf);

        assertThat(value(hints, HintKind.INVOICE_NUMBER)).as("a title in large type and its number")
                .isEqualTo("FA-2017-0010");
        assertThat(value(hints, HintKind.AMOUNT_TVA)).isEqualTo("46.25");
        assertThat(hints.get(HintKind.AMOUNT_TVA).alternatives()).extracting(TextHint.Alternative::value)
                .doesNotContain("120000.00");
        assertThat(hints.get(HintKind.VAT_LINES).vatLines()).extracting(l -> l.ratePercent().toPlainString(),
                l -> l.base().toPlainString(), l -> l.amount().toPlainString())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("20.00", "81.90", "16.38"),
                        org.assertj.core.groups.Tuple.tuple("5.50", "543.00", "29.87"));
        assertThat(hints.get(HintKind.AMOUNT_TVA).autoFill()).isTrue();
    }

    @Test
    void aValueUnderItsLabelAndOneFarRightOfItAreBothFound() throws IOException {
        Path pdf = new Sheet()
                .at(40, 100, "Numéro de facture", 8).at(170, 100, "Date d’émission", 8)
                .at(40, 114, "F-2026-031", 11).at(170, 114, "05/02/2026", 11)
                .at(360, 400, "Montant HT").right(550, 400, "12\u00a0480,00\u00a0€")
                .at(360, 415, "TVA (20\u00a0%)").right(550, 415, "2\u00a0496,00\u00a0€")
                .at(360, 430, "Montant TTC").right(550, 430, "14\u00a0976,00\u00a0€")
                .save(dir.resolve("boxes.pdf"));

        Map<HintKind, TextHint> hints = read(pdf);

        assertThat(value(hints, HintKind.INVOICE_NUMBER)).isEqualTo("F-2026-031");
        assertThat(value(hints, HintKind.DATE)).isEqualTo("2026-02-05");
        assertThat(value(hints, HintKind.AMOUNT_HT)).as("no-break spaces between thousands").isEqualTo("12480.00");
        assertThat(value(hints, HintKind.AMOUNT_TTC)).isEqualTo("14976.00");
    }

    @Test
    void aCreditNotesNegativeAmountsAreReadAsACredit() throws IOException {
        Path pdf = new Sheet()
                .at(330, 60, "AVOIR", 16)
                .at(330, 80, "N° d’avoir : AV-2026-007")
                .at(330, 95, "Facture d’origine : FA-2026-0120")
                .at(300, 400, "Total HT : -1 000,00 EUR")
                .at(300, 415, "TVA 20,0 % : -200,00 EUR")
                .at(300, 430, "Total TTC : -1 200,00 EUR")
                .save(dir.resolve("avoir.pdf"));

        Map<HintKind, TextHint> hints = read(pdf);

        assertThat(value(hints, HintKind.INVOICE_KIND)).isEqualTo("AVOIR");
        assertThat(value(hints, HintKind.INVOICE_NUMBER)).as("not the original invoice").isEqualTo("AV-2026-007");
        assertThat(value(hints, HintKind.AMOUNT_HT)).isEqualTo("1000.00");
        assertThat(value(hints, HintKind.AMOUNT_TVA)).isEqualTo("200.00");
        assertThat(value(hints, HintKind.AMOUNT_TTC)).isEqualTo("1200.00");
    }

    @Test
    void theRecipientsSiretIsTheOneUnderItsHeadingNotTheSuppliersOwn() throws IOException {
        Path pdf = new Sheet()
                .at(40, 40, "Camille Martin").at(40, 52, "SIRET : 532 014 784 00013").at(40, 64, "Tél : 06 45 78 12 30")
                .at(330, 120, "Facturé à :").at(330, 132, "COMMUNE DE VENCE").at(330, 144, "Place Clemenceau")
                .at(330, 156, "SIRET : 210 670 145 00015")
                .save(dir.resolve("parties.pdf"));

        TextHint siret = read(pdf).get(HintKind.SIRET);

        assertThat(siret.value()).isEqualTo("21067014500015");
        assertThat(siret.alternatives()).isEmpty();
        assertThat(siret.autoFill()).isTrue();
    }

    @Test
    void aSiretFailingItsCheckIsNotSuggestedButLaPostesIs() throws IOException {
        Path failing = TestPdfs.textPdf(dir.resolve("a.pdf"), List.of("SIRET client : 99999999800010"));
        Path laPoste = TestPdfs.textPdf(dir.resolve("b.pdf"), List.of("SIRET du destinataire : 356 000 000 49837"));

        assertThat(read(failing)).doesNotContainKey(HintKind.SIRET);
        assertThat(value(read(laPoste), HintKind.SIRET)).isEqualTo("35600000049837");
    }

    @Test
    void theReferencesChorusProAsksForAreFound() throws IOException {
        Path pdf = new Sheet()
                .at(46, 100, "SIRET du destinataire : 213 305 533 00019")
                .at(46, 116, "Code service : DSI-ACHATS")
                .at(300, 100, "N° d’engagement juridique : 1300456789")
                .at(300, 116, "Marché n° 2025-MAPA-014")
                .save(dir.resolve("refs.pdf"));

        Map<HintKind, TextHint> hints = read(pdf);

        assertThat(value(hints, HintKind.SIRET)).isEqualTo("21330553300019");
        assertThat(value(hints, HintKind.SERVICE_CODE)).isEqualTo("DSI-ACHATS");
        assertThat(value(hints, HintKind.ENGAGEMENT_NUMBER)).isEqualTo("1300456789");
        assertThat(value(hints, HintKind.CONTRACT_NUMBER)).isEqualTo("2025-MAPA-014");
    }

    @Test
    void anEnglishAndAGermanLayoutGetTheirAmounts() throws IOException {
        Path english = new Sheet()
                .at(40, 100, "Invoice Date").at(140, 100, "March 4, 2026")
                .at(330, 400, "Net total").right(555, 400, "€6,000.00")
                .at(330, 416, "VAT (20% on €6,000.00)").right(555, 416, "€1,200.00")
                .at(330, 432, "Total").right(555, 432, "€7,200.00")
                .save(dir.resolve("en.pdf"));
        Path german = new Sheet()
                .at(380, 100, "Rechnungsnr.").right(555, 100, "RE-2026-117")
                .at(380, 113, "Datum").right(555, 113, "12.03.2026")
                .at(380, 126, "Leistungsdatum").right(555, 126, "28.02.2026")
                .at(360, 400, "Gesamtbetrag netto").right(555, 400, "1.800,00 €")
                .at(360, 414, "zzgl. Umsatzsteuer 19 %").right(555, 414, "342,00 €")
                .at(360, 428, "Gesamtbetrag brutto").right(555, 428, "2.142,00 €")
                .save(dir.resolve("de.pdf"));

        Map<HintKind, TextHint> en = read(english);
        Map<HintKind, TextHint> de = read(german);

        assertThat(value(en, HintKind.DATE)).isEqualTo("2026-03-04");
        assertThat(value(en, HintKind.AMOUNT_HT)).isEqualTo("6000.00");
        assertThat(value(en, HintKind.AMOUNT_TVA)).isEqualTo("1200.00");
        assertThat(value(en, HintKind.AMOUNT_TTC)).isEqualTo("7200.00");
        assertThat(value(de, HintKind.INVOICE_NUMBER)).isEqualTo("RE-2026-117");
        assertThat(value(de, HintKind.DATE)).as("not the delivery date").isEqualTo("2026-03-12");
        assertThat(value(de, HintKind.AMOUNT_HT)).isEqualTo("1800.00");
        assertThat(value(de, HintKind.AMOUNT_TVA)).isEqualTo("342.00");
        assertThat(value(de, HintKind.AMOUNT_TTC)).isEqualTo("2142.00");
    }

    @Test
    void aUsPageWritesItsDatesMonthFirst() throws IOException {
        Path pdf = TestPdfs.textPdf(dir.resolve("us.pdf"), List.of(
                "Invoice Date 11/03/2017", "Payment received 11/17/2017 EUR 623.00"));

        assertThat(value(read(pdf), HintKind.DATE)).isEqualTo("2017-11-03");
    }

    @Test
    void totalsThatDoNotAddUpAreOfferedButNeverFilledIn() throws IOException {
        Path pdf = TestPdfs.textPdf(dir.resolve("wrong.pdf"), List.of(
                "Facture n° X-1", "Total HT 100,00 €", "Total TVA 20,00 €", "Total TTC 130,00 €"));

        Map<HintKind, TextHint> hints = read(pdf);

        assertThat(value(hints, HintKind.AMOUNT_TTC)).isEqualTo("130.00");
        assertThat(hints.values().stream().filter(h -> h.kind().isAmount())).noneMatch(TextHint::autoFill);
    }

    @Test
    void onlyTheFirstPagesAndTheLastAreReadAndAValueSeenOnManyIsOfferedOnce() throws IOException {
        Sheet sheet = new Sheet();
        for (int p = 1; p <= 5; p++) {
            if (p > 1) {
                sheet.newPage();
            }
            sheet.at(40, 60, "Facture n° P" + p).at(40, 80, "Facture n° A-1");
        }
        TextHint number = read(sheet.save(dir.resolve("long.pdf"))).get(HintKind.INVOICE_NUMBER);

        assertThat(number.value()).as("on every page read").isEqualTo("A-1");
        assertThat(number.alternatives()).extracting(TextHint.Alternative::value).containsExactly("P1", "P2", "P5");
    }

    @Test
    void aPageWithoutTextGivesNoHint() throws IOException {
        assertThat(new PdfInspector().inspect(TestPdfs.blankPdf(dir.resolve("blank.pdf"), 1)).hints()).isEmpty();
    }
}
