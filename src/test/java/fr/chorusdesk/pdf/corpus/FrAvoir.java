package fr.chorusdesk.pdf.corpus;

import static fr.chorusdesk.pdf.corpus.Formats.fr;

import fr.chorusdesk.pdf.corpus.CorpusCase.Expected;
import fr.chorusdesk.pdf.corpus.CorpusCase.Item;
import fr.chorusdesk.pdf.corpus.CorpusCase.VatLine;
import java.math.BigDecimal;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A shop management program's credit note in Courier: the original invoice's number and date on
 * the page, negative quantities and amounts, totals aligned by padding with spaces, the sum to
 * refund written positive.
 */
final class FrAvoir implements Layout {

    static final Supplier SUPPLIER = new Supplier("BUREAU PLUS DIJON", List.of("5 boulevard de la Trémouille",
            "21000 Dijon"), "51847263400014", "FR22518472634", "SARL au capital de 30 000 EUR",
            "FR76 1780 6001 2204 5612 3400 090", "AGRIFRPP878", "03 80 00 00 00", "sav@bureauplus-dijon.fr");

    @Override
    public void draw(PDDocument doc, Fonts f, CorpusCase c) {
        Supplier s = SUPPLIER.or(c);
        Expected e = c.expected();
        try (Pen pen = new Pen(doc)) {
            pen.text(f.courierBold, 12, 40, 790, s.name());
            float y = 776;
            for (String line : s.address()) {
                pen.text(f.courier, 10, 40, y, line);
                y -= 12;
            }
            pen.text(f.courier, 10, 40, y, "Tél. " + s.phone());

            pen.text(f.courierBold, 16, 330, 790, "AVOIR");
            pen.text(f.courier, 10, 330, 766, "N° d’avoir        : " + e.invoiceNumber());
            pen.text(f.courier, 10, 330, 752, "Date              : " + Formats.dmy(e.invoiceDate(), '/'));
            pen.text(f.courier, 10, 330, 738, "Facture d’origine : " + c.document().originalInvoice());
            pen.text(f.courier, 10, 330, 724, "               du : " + Formats.dmy(c.document().originalDate(), '/'));

            pen.text(f.courier, 10, 330, 695, "Client :");
            float cy = 681;
            pen.text(f.courierBold, 10, 330, cy, c.document().customer().name());
            for (String line : c.document().customer().address()) {
                cy -= 12;
                pen.text(f.courier, 10, 330, cy, line);
            }
            if (e.recipientSiret() != null) {
                cy -= 12;
                pen.text(f.courier, 10, 330, cy, "SIRET : " + e.recipientSiret());
            }
            if (e.engagementNumber() != null) {
                cy -= 12;
                pen.text(f.courier, 10, 330, cy, "Commande n° " + e.engagementNumber());
            }

            pen.text(f.courier, 10, 40, 600, "Motif : " + c.document().subject());
            float ty = 570;
            pen.text(f.courierBold, 9, 40, ty, String.format("%-38s %6s %12s %14s", "Désignation", "Qté", "P.U. HT",
                    "Montant HT"));
            pen.line(40, ty - 4, 555, ty - 4);
            ty -= 16;
            for (Item item : c.document().items()) {
                pen.text(f.courier, 9, 40, ty, String.format("%-38s %6s %12s %14s", item.label(), "-" + item.qty(),
                        fr(item.price(), ' '), fr(item.totalAmount().negate(), ' ')));
                ty -= 13;
            }
            pen.line(40, ty + 6, 555, ty + 6);

            float y2 = ty - 16;
            y2 = total(pen, f, y2, "Total HT", neg(e.amountExclTax()));
            for (VatLine v : e.vatLines()) {
                y2 = total(pen, f, y2, "TVA " + Formats.rateFr2(v.ratePercent()).replace(",00", ",0") + " %",
                        neg(v.amount()));
            }
            y2 = total(pen, f, y2, "Total TTC", neg(e.amountInclTax()));
            pen.text(f.courierBold, 10, 300, y2 - 8, "Montant à rembourser : " + fr(e.amountDue(), ' ') + " EUR");

            pen.text(f.courier, 8, 40, 70, s.legal() + " - SIRET " + s.siret() + " - APE 4762Z - TVA " + s.vat());
            pen.text(f.courier, 8, 40, 60, "Remboursement par virement sous 15 jours.");
        }
    }

    private static String neg(String amount) {
        return fr(new BigDecimal(amount).negate(), ' ');
    }

    private static float total(Pen pen, Fonts f, float y, String label, String amount) {
        pen.text(f.courier, 10, 300, y, String.format("%-14s: %14s EUR", label, amount));
        return y - 14;
    }
}
