package fr.chorusdesk.pdf.corpus;

import static fr.chorusdesk.pdf.corpus.Formats.dmy;
import static fr.chorusdesk.pdf.corpus.Formats.fr;

import fr.chorusdesk.pdf.corpus.CorpusCase.Expected;
import fr.chorusdesk.pdf.corpus.CorpusCase.Item;
import fr.chorusdesk.pdf.corpus.CorpusCase.Payment;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A desktop accounting suite's invoice: title top right, facts as label / value pairs in two
 * columns, the customer under « Facturé à », a table with a grey header, totals right-aligned under
 * it, legal mentions in the footer. Credit notes keep the layout with negative amounts.
 */
final class FrClassic implements Layout {

    static final Supplier SUPPLIER = new Supplier("ATELIER DUPRÉ", List.of("14 rue des Tanneurs", "69002 Lyon"),
            "81234567600017", "FR19812345676", "SARL au capital de 120 000,00 €", "FR76 3000 4000 0312 3456 7890 143",
            "BNPAFRPPXXX", "04 78 12 34 56", "contact@atelier-dupre.fr");

    @Override
    public void draw(PDDocument doc, Fonts f, CorpusCase c) {
        Supplier s = SUPPLIER.or(c);
        Expected e = c.expected();
        boolean credit = e.isCreditNote();
        String sign = credit ? "-" : "";
        try (Pen pen = new Pen(doc)) {
            pen.text(f.helveticaBold, 14, 40, 790, s.name());
            float y = 775;
            for (String line : s.address()) {
                pen.text(f.helvetica, 9, 40, y, line);
                y -= 12;
            }
            pen.text(f.helvetica, 9, 40, y, "Tél. : " + s.phone());
            pen.text(f.helvetica, 9, 40, y - 12, s.email());
            pen.right(f.helveticaBold, 22, 555, 788, credit ? "AVOIR" : "FACTURE");

            float iy = 750;
            iy = info(pen, f, iy, credit ? "Avoir n°" : "Facture n°", e.invoiceNumber());
            iy = info(pen, f, iy, "Date", dmy(e.invoiceDate(), '/'));
            if (c.document().dueDate() != null) {
                iy = info(pen, f, iy, "Échéance", dmy(c.document().dueDate(), '/'));
            }
            if (c.document().customerNumber() != null) {
                iy = info(pen, f, iy, "Code client", c.document().customerNumber());
            }
            if (c.document().originalInvoice() != null) {
                iy = info(pen, f, iy, "Facture d’origine", c.document().originalInvoice());
            }
            if (e.engagementNumber() != null) {
                info(pen, f, iy, "Votre commande", e.engagementNumber());
            }

            float cy = 670;
            pen.grey(f.helvetica, 9, 330, cy, "Facturé à :");
            pen.text(f.helveticaBold, 10, 330, cy - 14, c.document().customer().name());
            cy -= 27;
            for (String line : c.document().customer().address()) {
                pen.text(f.helvetica, 9, 330, cy, line);
                cy -= 12;
            }
            if (e.recipientSiret() != null) {
                pen.text(f.helvetica, 9, 330, cy, "SIRET : " + Formats.siretSpaced(e.recipientSiret()));
            }

            float ty = 560;
            pen.fill(40, ty - 4, 515, 16, 0.85f);
            pen.text(f.helveticaBold, 9, 45, ty, "Désignation");
            pen.right(f.helveticaBold, 9, 330, ty, "Qté");
            pen.right(f.helveticaBold, 9, 400, ty, "P.U. HT");
            pen.right(f.helveticaBold, 9, 450, ty, "TVA");
            pen.right(f.helveticaBold, 9, 550, ty, "Montant HT");
            ty -= 18;
            for (Item item : c.document().items()) {
                pen.text(f.helvetica, 9, 45, ty, item.label());
                pen.right(f.helvetica, 9, 330, ty, sign + item.qty());
                pen.right(f.helvetica, 9, 400, ty, fr(item.price(), ' '));
                pen.right(f.helvetica, 9, 450, ty, Formats.rateFr(item.rate()) + " %");
                pen.right(f.helvetica, 9, 550, ty, fr(signed(item.total(), credit), ' '));
                ty -= 15;
            }
            pen.line(40, ty + 8, 555, ty + 8);

            float y2 = ty - 16;
            y2 = total(pen, f, false, y2, "Total HT", signed(e.amountExclTax(), credit));
            for (Map.Entry<String, BigDecimal> rate : Layout.basesByRate(c.document().items()).entrySet()) {
                String vat = e.vatLines().stream().filter(v -> new BigDecimal(v.ratePercent())
                        .compareTo(new BigDecimal(rate.getKey())) == 0).findFirst().orElseThrow().amount();
                y2 = total(pen, f, false, y2, "TVA " + Formats.rateFr2(rate.getKey()) + " %", signed(vat, credit));
            }
            y2 = total(pen, f, true, y2, "Total TTC", signed(e.amountInclTax(), credit));
            for (Payment p : c.document().payments()) {
                y2 = total(pen, f, false, y2, "Acompte reçu le " + dmy(p.date(), '/'), Formats.neg(p.amount()));
            }
            total(pen, f, true, y2 - 4, "Net à payer", signed(e.amountDue(), credit));

            pen.text(f.helvetica, 8, 40, ty - 16, "Conditions de règlement : 30 jours date de facture.");
            pen.text(f.helvetica, 8, 40, ty - 27, "Pénalités de retard : trois fois le taux d’intérêt légal.");
            pen.text(f.helvetica, 8, 40, ty - 38, "Indemnité forfaitaire pour frais de recouvrement : 40,00 €");
            for (int i = 0; i < c.document().notes().size(); i++) {
                pen.text(f.helvetica, 8, 40, ty - 52 - 11 * i, c.document().notes().get(i));
            }

            pen.center(f.helvetica, 7, 297, 50, s.name() + " – " + s.legal() + " – RCS Lyon " + s.sirenSpaced()
                    + " – SIRET " + Formats.siretSpaced(s.siret()) + " – TVA intracommunautaire " + s.vat());
            pen.center(f.helvetica, 7, 297, 41, "IBAN " + s.iban() + " – BIC " + s.bic());
        }
    }

    private static float info(Pen pen, Fonts f, float y, String label, String value) {
        pen.text(f.helvetica, 9, 360, y, label);
        pen.text(f.helveticaBold, 9, 455, y, value);
        return y - 14;
    }

    private static float total(Pen pen, Fonts f, boolean bold, float y, String label, BigDecimal amount) {
        pen.text(bold ? f.helveticaBold : f.helvetica, 9, 360, y, label);
        pen.right(bold ? f.helveticaBold : f.helvetica, 9, 550, y, fr(amount, ' ') + " €");
        return y - 14;
    }

    static BigDecimal signed(String amount, boolean credit) {
        BigDecimal a = new BigDecimal(amount);
        return credit ? a.negate() : a;
    }
}
