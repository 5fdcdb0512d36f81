package fr.chorusdesk.pdf.corpus;

import static fr.chorusdesk.pdf.corpus.Formats.de;

import fr.chorusdesk.pdf.corpus.CorpusCase.Expected;
import fr.chorusdesk.pdf.corpus.CorpusCase.Item;
import fr.chorusdesk.pdf.corpus.CorpusCase.VatLine;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A German office suite's invoice: the sender line over the address window, « Rechnungsnr. »,
 * « Kundennr. », « Datum », « Leistungsdatum » on the right, « Gesamtbetrag netto », « zzgl.
 * Umsatzsteuer 19 % », « Gesamtbetrag brutto », and the footer's three columns (Amtsgericht,
 * USt-IdNr., IBAN, Tel.).
 */
final class DeOffice implements Layout {

    static final Supplier SUPPLIER = new Supplier("Müller Messtechnik GmbH", List.of("Hauptstraße 5",
            "80331 München"), "63018427300013", "DE123456789", "Amtsgericht München HRB 123456",
            "DE89 3704 0044 0532 0130 00", "COBADEFFXXX", "+49 89 1234567", "info@mueller-messtechnik.de");

    @Override
    public void draw(PDDocument doc, Fonts f, CorpusCase c) {
        Supplier s = SUPPLIER.or(c);
        Expected e = c.expected();
        try (Pen pen = new Pen(doc)) {
            pen.text(f.helveticaBold, 14, 330, 800, s.name());
            pen.text(f.helvetica, 7, 40, 745, s.name() + " · " + String.join(" · ", s.address()));
            pen.line(40, 741, 260, 741);
            float cy = 728;
            pen.text(f.helvetica, 10, 40, cy, c.document().customer().name());
            for (String line : c.document().customer().address()) {
                cy -= 13;
                pen.text(f.helvetica, 10, 40, cy, line);
            }

            float iy = 740;
            iy = info(pen, f, iy, "Rechnungsnr.", e.invoiceNumber());
            iy = info(pen, f, iy, "Kundennr.", c.document().customerNumber());
            iy = info(pen, f, iy, "Datum", Formats.dmy(e.invoiceDate(), '.'));
            if (c.document().deliveryDate() != null) {
                iy = info(pen, f, iy, "Leistungsdatum", Formats.dmy(c.document().deliveryDate(), '.'));
            }
            if (e.engagementNumber() != null) {
                iy = info(pen, f, iy, "Ihre Bestellnr.", e.engagementNumber());
            }
            if (e.recipientSiret() != null) {
                info(pen, f, iy, "SIRET Kunde", e.recipientSiret());
            }

            pen.text(f.helveticaBold, 15, 40, 630, "Rechnung Nr. " + e.invoiceNumber());
            pen.text(f.helvetica, 10, 40, 605, "Sehr geehrte Damen und Herren,");
            pen.text(f.helvetica, 10, 40, 592, "vielen Dank für Ihren Auftrag. Wir erlauben uns, Folgendes in "
                    + "Rechnung zu stellen:");

            float ty = 565;
            pen.text(f.helveticaBold, 9, 40, ty, "Pos.");
            pen.text(f.helveticaBold, 9, 75, ty, "Bezeichnung");
            pen.right(f.helveticaBold, 9, 380, ty, "Menge");
            pen.right(f.helveticaBold, 9, 465, ty, "Einzelpreis");
            pen.right(f.helveticaBold, 9, 555, ty, "Gesamtpreis");
            pen.line(40, ty - 5, 555, ty - 5);
            ty -= 19;
            int pos = 1;
            for (Item item : c.document().items()) {
                pen.text(f.helvetica, 9, 40, ty, String.valueOf(pos++));
                pen.text(f.helvetica, 9, 75, ty, item.label());
                pen.right(f.helvetica, 9, 380, ty, item.qty() + (item.unit() == null ? "" : " " + item.unit()));
                pen.right(f.helvetica, 9, 465, ty, de(item.price()) + " €");
                pen.right(f.helvetica, 9, 555, ty, de(item.total()) + " €");
                ty -= 15;
            }
            pen.line(40, ty + 8, 555, ty + 8);
            float y2 = ty - 10;
            y2 = total(pen, f, false, y2, "Gesamtbetrag netto", de(e.amountExclTax()) + " €");
            for (VatLine v : e.vatLines()) {
                y2 = total(pen, f, false, y2, "zzgl. Umsatzsteuer " + Formats.rateFr(v.ratePercent()) + " %",
                        de(v.amount()) + " €");
            }
            total(pen, f, true, y2 - 2, "Gesamtbetrag brutto", de(e.amountInclTax()) + " €");

            pen.text(f.helvetica, 9, 40, y2 - 40, "Zahlungsbedingungen: Zahlung innerhalb von 14 Tagen ab "
                    + "Rechnungseingang ohne Abzug.");

            pen.line(40, 80, 555, 80);
            col(pen, f, 40, s.name(), s.address().get(0), s.address().get(1));
            col(pen, f, 170, "Tel.: " + s.phone(), "E-Mail: " + s.email(), "Geschäftsführer: Hans Müller");
            col(pen, f, 320, s.legal(), "USt-IdNr.: " + s.vat(), "Steuernr.: 143/123/45678");
            col(pen, f, 450, "Stadtsparkasse München", "IBAN: " + s.iban(), "BIC: " + s.bic());
        }
    }

    private static void col(Pen pen, Fonts f, float x, String... lines) {
        float y = 68;
        for (String line : lines) {
            pen.text(f.helvetica, 6.5f, x, y, line);
            y -= 9;
        }
    }

    private static float info(Pen pen, Fonts f, float y, String label, String value) {
        pen.text(f.helvetica, 9, 380, y, label);
        pen.right(f.helvetica, 9, 555, y, value);
        return y - 13;
    }

    private static float total(Pen pen, Fonts f, boolean bold, float y, String label, String amount) {
        pen.text(bold ? f.helveticaBold : f.helvetica, 9, 360, y, label);
        pen.right(bold ? f.helveticaBold : f.helvetica, 9, 555, y, amount);
        return y - 14;
    }
}
