package fr.chorusdesk.pdf.corpus;

import static fr.chorusdesk.pdf.corpus.Formats.NBSP;
import static fr.chorusdesk.pdf.corpus.Formats.dmy;

import fr.chorusdesk.pdf.corpus.CorpusCase.Expected;
import fr.chorusdesk.pdf.corpus.CorpusCase.Item;
import fr.chorusdesk.pdf.corpus.CorpusCase.Payment;
import fr.chorusdesk.pdf.corpus.CorpusCase.VatLine;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * An online invoicing service's invoice, in an embedded TrueType font: the facts in a row of boxes,
 * each label small and grey above its value; « Émetteur » and « Destinataire » side by side;
 * amounts with no-break spaces (narrow ones in the variant « narrow ») as thousands separators.
 */
final class FrBoxes implements Layout {

    static final Supplier SUPPLIER = new Supplier("Studio Lumen", List.of("3 place Grenette", "38000 Grenoble"),
            "79845612500011", "FR44798456125", "SAS au capital de 10 000 €", "FR76 1820 6000 4012 3456 7890 112",
            "AGRIFRPP882", "06 12 34 56 78", "bonjour@studio-lumen.fr");

    @Override
    public void draw(PDDocument doc, Fonts f, CorpusCase c) {
        Supplier s = SUPPLIER.or(c);
        Expected e = c.expected();
        PDFont font = f.liberation();
        char sep = "narrow".equals(c.document().variant()) && hasGlyph(font, Formats.NARROW_NBSP)
                ? Formats.NARROW_NBSP : NBSP;
        try (Pen pen = new Pen(doc)) {
            pen.text(font, 18, 40, 790, s.name());
            pen.right(font, 26, 555, 785, "Facture");

            String[][] boxes = {{"Numéro de facture", e.invoiceNumber()},
                    {"Date d’émission", dmy(e.invoiceDate(), '/')},
                    {"Date d’échéance", c.document().dueDate() == null ? "À réception" : dmy(c.document().dueDate(), '/')},
                    {"Montant dû", money(new BigDecimal(e.amountDue()), sep)}};
            for (int i = 0; i < boxes.length; i++) {
                float x = 40 + i * 130;
                pen.box(x, 700, 122, 42);
                pen.grey(font, 8, x + 6, 729, boxes[i][0]);
                pen.text(font, 11, x + 6, 709, boxes[i][1]);
            }

            pen.grey(font, 9, 40, 670, "Émetteur");
            float y = 655;
            for (String line : concat(List.of(s.name()), s.address(), List.of("SIRET " + Formats.siretSpaced(s.siret()),
                    "N° TVA " + s.vat(), s.phone(), s.email()))) {
                pen.text(font, 9, 40, y, line);
                y -= 12;
            }
            pen.grey(font, 9, 320, 670, "Destinataire");
            y = 655;
            List<String> dest = new java.util.ArrayList<>();
            dest.add(c.document().customer().name());
            dest.addAll(c.document().customer().address());
            if (e.recipientSiret() != null) {
                dest.add("SIRET : " + Formats.siretSpaced(e.recipientSiret()));
            }
            if (e.engagementNumber() != null) {
                dest.add("Bon de commande : " + e.engagementNumber());
            }
            if (e.serviceCode() != null) {
                dest.add("Code service : " + e.serviceCode());
            }
            for (String line : dest) {
                pen.text(font, 9, 320, y, line);
                y -= 12;
            }

            float ty = 545;
            pen.text(font, 9, 40, ty, "Description");
            pen.right(font, 9, 330, ty, "Quantité");
            pen.right(font, 9, 420, ty, "Prix unitaire HT");
            pen.right(font, 9, 470, ty, "TVA");
            pen.right(font, 9, 555, ty, "Total HT");
            pen.line(40, ty - 5, 555, ty - 5);
            ty -= 20;
            for (Item item : c.document().items()) {
                pen.text(font, 9, 40, ty, item.label());
                pen.right(font, 9, 330, ty, item.qty() + (item.unit() == null ? "" : " " + item.unit()));
                pen.right(font, 9, 420, ty, money(new BigDecimal(item.price()), sep));
                pen.right(font, 9, 470, ty, Formats.rateFr(item.rate()) + NBSP + "%");
                pen.right(font, 9, 555, ty, money(item.totalAmount(), sep));
                ty -= 16;
            }
            pen.line(40, ty + 8, 555, ty + 8);

            float y2 = ty - 14;
            y2 = row(pen, font, 11, y2, "Montant HT", money(new BigDecimal(e.amountExclTax()), sep));
            for (VatLine v : e.vatLines()) {
                y2 = row(pen, font, 11, y2, "TVA (" + Formats.rateFr(v.ratePercent()) + NBSP + "%)",
                        money(new BigDecimal(v.amount()), sep));
            }
            y2 = row(pen, font, 12, y2 - 2, "Montant TTC", money(new BigDecimal(e.amountInclTax()), sep));
            for (Payment p : c.document().payments()) {
                y2 = row(pen, font, 9, y2, "Acompte versé le " + dmy(p.date(), '/'),
                        money(Formats.neg(p.amount()), sep));
            }
            if (!c.document().payments().isEmpty()) {
                row(pen, font, 12, y2, "Solde à régler", money(new BigDecimal(e.amountDue()), sep));
            }

            pen.text(font, 8, 40, 95, "Conditions de paiement : 30 jours. Pas d’escompte pour paiement anticipé.");
            pen.text(font, 8, 40, 84, "Coordonnées bancaires – IBAN : " + s.iban() + " – BIC : " + s.bic());
            pen.text(font, 8, 40, 73, s.name() + " – " + s.legal() + " – RCS Grenoble " + s.sirenSpaced());
        }
    }

    private static float row(Pen pen, PDFont font, float size, float y, String label, String amount) {
        pen.text(font, size, 350, y, label);
        pen.right(font, size, 555, y, amount);
        return y - size - 6;
    }

    private static String money(BigDecimal amount, char sep) {
        return Formats.fr(amount, sep) + NBSP + "€";
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        List<String> all = new java.util.ArrayList<>();
        for (List<String> p : parts) {
            all.addAll(p);
        }
        return all;
    }

    private static boolean hasGlyph(PDFont font, char c) {
        try {
            return font instanceof PDType0Font t && t.hasGlyph(c);
        } catch (IOException e) {
            return false;
        }
    }
}
