package fr.chorusdesk.pdf.corpus;

import static fr.chorusdesk.pdf.corpus.Formats.NBSP;
import static fr.chorusdesk.pdf.corpus.Formats.dmy;

import fr.chorusdesk.pdf.corpus.CorpusCase.Expected;
import fr.chorusdesk.pdf.corpus.CorpusCase.Item;
import fr.chorusdesk.pdf.corpus.CorpusCase.Payment;
import fr.chorusdesk.pdf.corpus.CorpusCase.VatLine;
import java.math.BigDecimal;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A web ERP's invoice in DejaVu Sans: « Facture FAC/2026/00042 » as the title with no « n° », the
 * supplier's capital in the header, the customer's own VAT number, facts in a row of label-above
 * columns, each VAT rate on its line before « Total taxes », payments received with their dates.
 */
final class FrErp implements Layout {

    static final Supplier SUPPLIER = new Supplier("Nuage Logiciel", List.of("41 rue de Turbigo", "75003 Paris"),
            "88012345000012", "FR01880123450", "SARL au capital de 120 000,00 €", "FR76 3000 3034 1000 0502 7123 482",
            "SOGEFRPP", "+33 1 42 00 00 00", "compta@nuage-logiciel.fr");

    @Override
    public void draw(PDDocument doc, Fonts f, CorpusCase c) {
        Supplier s = SUPPLIER.or(c);
        Expected e = c.expected();
        PDFont font = f.dejaVu();
        PDFont bold = f.dejaVuBold();
        boolean credit = e.isCreditNote();
        try (Pen pen = new Pen(doc)) {
            pen.text(bold, 11, 40, 800, s.name());
            float y = 787;
            for (String line : s.address()) {
                pen.text(font, 8, 40, y, line);
                y -= 10;
            }
            pen.text(font, 8, 40, y, s.legal());

            float cy = 740;
            pen.text(font, 9, 330, cy, c.document().customer().name());
            for (String line : c.document().customer().address()) {
                cy -= 12;
                pen.text(font, 9, 330, cy, line);
            }
            if (e.recipientSiret() != null) {
                cy -= 12;
                pen.text(font, 9, 330, cy, "SIRET : " + e.recipientSiret());
            }
            if (c.document().customer().vat() != null) {
                cy -= 12;
                pen.text(font, 9, 330, cy, "N° TVA : " + c.document().customer().vat());
            }

            pen.text(font, 18, 40, 660, (credit ? "Avoir " : "Facture ") + e.invoiceNumber());
            String[][] facts = {{"Date de facturation:", dmy(e.invoiceDate(), '/')},
                    {"Date d’échéance:", c.document().dueDate() == null ? null : dmy(c.document().dueDate(), '/')},
                    {"Origine:", c.document().customerNumber()},
                    {"Bon de commande:", e.engagementNumber()}};
            float x = 40;
            for (String[] fact : facts) {
                if (fact[1] == null) {
                    continue;
                }
                pen.text(bold, 9, x, 635, fact[0]);
                pen.text(font, 9, x, 621, fact[1]);
                x += 125;
            }

            float ty = 588;
            pen.text(bold, 9, 40, ty, "Description");
            pen.right(bold, 9, 330, ty, "Quantité");
            pen.right(bold, 9, 400, ty, "Prix unitaire");
            pen.right(bold, 9, 465, ty, "Taxes");
            pen.right(bold, 9, 555, ty, "Montant");
            pen.line(40, ty - 5, 555, ty - 5);
            ty -= 19;
            for (Item item : c.document().items()) {
                pen.text(font, 9, 40, ty, item.label());
                pen.right(font, 9, 330, ty, item.qty() + (item.unit() == null ? "" : " " + item.unit()));
                pen.right(font, 9, 400, ty, Formats.fr(item.price(), NBSP));
                pen.right(font, 9, 465, ty, "TVA " + Formats.rateFr(item.rate()) + "%");
                pen.right(font, 9, 555, ty, money(item.total(), credit));
                ty -= 15;
            }

            float y2 = ty - 12;
            pen.line(360, y2 + 10, 555, y2 + 10);
            y2 = total(pen, bold, y2, "Montant hors taxes", money(e.amountExclTax(), credit));
            for (VatLine v : e.vatLines()) {
                y2 = total(pen, font, y2, "TVA " + Formats.rateFr(v.ratePercent()) + "%", money(v.amount(), credit));
            }
            y2 = total(pen, font, y2, "Total taxes", money(e.vatAmount(), credit));
            pen.line(360, y2 + 10, 555, y2 + 10);
            y2 = total(pen, bold, y2, "Total", money(e.amountInclTax(), credit));
            for (Payment p : c.document().payments()) {
                y2 = total(pen, font, y2, "Payé le " + dmy(p.date(), '/'), money(p.amount(), false));
            }
            if (!c.document().payments().isEmpty()) {
                y2 = total(pen, bold, y2, "Montant dû", money(e.amountDue(), credit));
            }

            pen.text(font, 8, 40, y2 - 20, "Veuillez utiliser la communication suivante pour votre paiement : "
                    + e.invoiceNumber());
            pen.line(40, 62, 555, 62);
            pen.center(font, 7, 297, 52, "Tél : " + s.phone() + " | " + s.email() + " | www.nuage-logiciel.fr");
            pen.center(font, 7, 297, 43, "RCS Paris " + s.sirenSpaced() + " – SIRET " + s.siret() + " – TVA "
                    + s.vat() + " – IBAN " + s.iban() + " – BIC " + s.bic());
        }
    }

    private static String money(String amount, boolean credit) {
        BigDecimal a = new BigDecimal(amount);
        return Formats.fr(credit ? a.negate() : a, NBSP) + NBSP + "€";
    }

    private static float total(Pen pen, PDFont font, float y, String label, String amount) {
        pen.text(font, 9, 360, y, label);
        pen.right(font, 9, 555, y, amount);
        return y - 15;
    }
}
