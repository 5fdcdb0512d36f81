package fr.chorusdesk.pdf.corpus;

import static fr.chorusdesk.pdf.corpus.Formats.de;

import fr.chorusdesk.pdf.corpus.CorpusCase.Expected;
import fr.chorusdesk.pdf.corpus.CorpusCase.Item;
import fr.chorusdesk.pdf.corpus.CorpusCase.VatLine;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A German craftsman's letter-style invoice in Times, typeset word by word with no space
 * characters (as typesetting systems write): « RECHNUNG Nr. », « Datum: », « Ihre Bestellung: … vom
 * … », totals as « Nettobetrag: 2.500,00 EUR », « MwSt. 19 %: … », « Gesamtbetrag: … ».
 */
final class DeLetter implements Layout {

    static final Supplier SUPPLIER = new Supplier("Schreinerei Weber KG", List.of("Kartäuserstraße 61",
            "79102 Freiburg im Breisgau"), "12345678900000", "DE 812 345 678", "Registergericht Freiburg HRA 7012",
            "DE12 6805 0101 0012 3456 78", "FRSPDE66XXX", "0761 123456", "post@schreinerei-weber.de");

    @Override
    public void draw(PDDocument doc, Fonts f, CorpusCase c) {
        Supplier s = SUPPLIER.or(c);
        Expected e = c.expected();
        try (Pen pen = new Pen(doc)) {
            pen.words(f.timesBold, 16, 40, 790, s.name());
            float y = 774;
            for (String line : s.address()) {
                pen.words(f.times, 10, 40, y, line);
                y -= 13;
            }
            pen.words(f.times, 10, 40, y, "Telefon " + s.phone());

            float cy = 700;
            pen.words(f.times, 11, 40, cy, c.document().customer().name());
            for (String line : c.document().customer().address()) {
                cy -= 14;
                pen.words(f.times, 11, 40, cy, line);
            }
            pen.words(f.times, 11, 400, 640, "Datum: " + Formats.dmy(e.invoiceDate(), '.'));
            pen.words(f.timesBold, 14, 40, 620, "RECHNUNG Nr. " + e.invoiceNumber());
            float ry = 600;
            if (e.engagementNumber() != null) {
                pen.words(f.times, 11, 40, ry, "Ihre Bestellung: " + e.engagementNumber() + " vom "
                        + Formats.dmy(c.document().deliveryDate(), '.'));
                ry -= 14;
            }
            if (e.recipientSiret() != null) {
                pen.words(f.times, 11, 40, ry, "SIRET des Empfängers: " + e.recipientSiret());
            }

            float ty = 560;
            pen.words(f.timesBold, 11, 40, ty, "Menge");
            pen.words(f.timesBold, 11, 100, ty, "Artikel");
            pen.words(f.timesBold, 11, 400, ty, "Einzelpreis");
            pen.words(f.timesBold, 11, 490, ty, "Betrag");
            ty -= 18;
            for (Item item : c.document().items()) {
                pen.words(f.times, 11, 40, ty, item.qty());
                pen.words(f.times, 11, 100, ty, item.label());
                pen.right(f.times, 11, 460, ty, de(item.price()));
                pen.right(f.times, 11, 550, ty, de(item.total()));
                ty -= 16;
            }
            pen.line(40, ty + 10, 555, ty + 10);

            float y2 = ty - 14;
            pen.words(f.times, 11, 330, y2, "Nettobetrag: " + de(e.amountExclTax()) + " EUR");
            for (VatLine v : e.vatLines()) {
                y2 -= 16;
                pen.words(f.times, 11, 330, y2, "MwSt. " + Formats.rateFr(v.ratePercent()) + " %: " + de(v.amount())
                        + " EUR");
            }
            y2 -= 18;
            pen.words(f.timesBold, 11, 330, y2, "Gesamtbetrag: " + de(e.amountInclTax()) + " EUR");
            pen.words(f.times, 11, 40, y2 - 40, "Zahlbar bis " + Formats.dmy(c.document().dueDate(), '.')
                    + " ohne Abzug.");

            pen.words(f.times, 8, 40, 60, "Sitz: Freiburg · " + s.legal() + " · USt-IdNr. " + s.vat() + " · Tel. "
                    + s.phone());
            pen.words(f.times, 8, 40, 50, "Sparkasse Freiburg · IBAN " + s.iban() + " · BIC " + s.bic());
        }
    }
}
