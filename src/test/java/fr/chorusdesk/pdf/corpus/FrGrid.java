package fr.chorusdesk.pdf.corpus;

import static fr.chorusdesk.pdf.corpus.Formats.fr;

import fr.chorusdesk.pdf.corpus.CorpusCase.Expected;
import fr.chorusdesk.pdf.corpus.CorpusCase.Item;
import fr.chorusdesk.pdf.corpus.CorpusCase.VatLine;
import java.math.BigDecimal;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A building trade's invoice in Times with ruled grids: the facts as a header row of column titles
 * with the values in the row below (« N° Facture », « Date », « N° Client », « Commande n° »,
 * « Échéance »), a « Récapitulatif TVA » table, a totals grid with « Total H.T. », « Total T.V.A. »,
 * « Total T.T.C. ».
 */
final class FrGrid implements Layout {

    static final Supplier SUPPLIER = new Supplier("MENUISERIES GIRONDINES", List.of("Zone artisanale du Haut-Vigneau",
            "33170 Gradignan"), "83377412800015", "FR80833774128", "SAS au capital de 37 000 €",
            "FR76 1330 6000 4523 4567 8901 277", "AGRIFRPP833", "05 56 00 11 22", "devis@menuiseries-girondines.fr");

    private static final float[] HEAD_X = {40, 143, 246, 349, 452};

    @Override
    public void draw(PDDocument doc, Fonts f, CorpusCase c) {
        Supplier s = SUPPLIER.or(c);
        Expected e = c.expected();
        try (Pen pen = new Pen(doc)) {
            pen.text(f.timesBold, 13, 40, 790, s.name());
            float y = 775;
            for (String line : s.address()) {
                pen.text(f.times, 10, 40, y, line);
                y -= 12;
            }
            pen.text(f.times, 10, 40, y, "Tél. " + s.phone() + " — Fax 05 56 00 11 23");
            pen.text(f.timesBold, 20, 40, 700, "FACTURE");

            pen.box(330, 665, 225, 95);
            pen.text(f.timesBold, 9, 336, 748, "Adresse de facturation");
            float cy = 733;
            pen.text(f.times, 10, 336, cy, c.document().customer().name());
            for (String line : c.document().customer().address()) {
                cy -= 12;
                pen.text(f.times, 10, 336, cy, line);
            }
            if (e.recipientSiret() != null) {
                cy -= 12;
                pen.text(f.times, 10, 336, cy, "SIRET : " + Formats.siretSpaced(e.recipientSiret()));
            }

            String[] heads = {"N° Facture", "Date", "N° Client", "Commande n°", "Échéance"};
            String[] values = {e.invoiceNumber(), Formats.dmy(e.invoiceDate(), '/'), c.document().customerNumber(),
                    e.engagementNumber() == null ? "—" : e.engagementNumber(),
                    Formats.dmy(c.document().dueDate(), '/')};
            for (int i = 0; i < heads.length; i++) {
                pen.box(HEAD_X[i], 622, 103, 16);
                pen.box(HEAD_X[i], 606, 103, 16);
                pen.center(f.timesBold, 9, HEAD_X[i] + 51.5f, 627, heads[i]);
                pen.center(f.times, 10, HEAD_X[i] + 51.5f, 611, values[i]);
            }
            if (e.contractNumber() != null) {
                pen.text(f.times, 10, 40, 588, "Marché public n° " + e.contractNumber());
            }

            float ty = 565;
            pen.box(40, ty - 5, 515, 16);
            pen.text(f.timesBold, 9, 45, ty, "Désignation");
            pen.right(f.timesBold, 9, 360, ty, "Quantité");
            pen.right(f.timesBold, 9, 420, ty, "Unité");
            pen.right(f.timesBold, 9, 485, ty, "P.U. H.T.");
            pen.right(f.timesBold, 9, 550, ty, "Total H.T.");
            ty -= 16;
            for (Item item : c.document().items()) {
                pen.text(f.times, 10, 45, ty, item.label());
                pen.right(f.times, 10, 360, ty, item.qty());
                pen.right(f.times, 10, 420, ty, item.unit() == null ? "u" : item.unit());
                pen.right(f.times, 10, 485, ty, fr(item.price(), ' '));
                pen.right(f.times, 10, 550, ty, fr(item.total(), ' '));
                ty -= 14;
            }
            pen.box(40, ty + 5, 515, 565 - 11 - ty - 5);

            float vy = ty - 25;
            pen.text(f.timesBold, 10, 40, vy + 16, "Récapitulatif TVA");
            pen.box(40, vy - 4, 240, 14);
            pen.text(f.timesBold, 9, 45, vy, "Taux");
            pen.right(f.timesBold, 9, 180, vy, "Base H.T.");
            pen.right(f.timesBold, 9, 275, vy, "Montant TVA");
            for (VatLine v : e.vatLines()) {
                vy -= 14;
                pen.text(f.times, 10, 45, vy, Formats.rateFr2(v.ratePercent()) + " %");
                pen.right(f.times, 10, 180, vy, fr(v.base(), ' '));
                pen.right(f.times, 10, 275, vy, fr(v.amount(), ' '));
            }

            float gy = ty - 25;
            gy = cell(pen, f, false, gy, "Total H.T.", e.amountExclTax());
            gy = cell(pen, f, false, gy, "Total T.V.A.", e.vatAmount());
            gy = cell(pen, f, false, gy, "Total T.T.C.", e.amountInclTax());
            cell(pen, f, true, gy - 6, "Net à payer", e.amountDue());

            pen.center(f.times, 8, 297, 55, s.name() + " — " + s.legal() + " — RCS Bordeaux B " + s.sirenSpaced()
                    + " — APE 4332A — N° TVA intracommunautaire : " + s.vat().substring(0, 4) + " "
                    + s.sirenSpaced());
            pen.center(f.times, 8, 297, 45, "Règlement par virement : IBAN " + s.iban() + " — BIC " + s.bic()
                    + " — Escompte pour paiement anticipé : néant");
        }
    }

    private static float cell(Pen pen, Fonts f, boolean bold, float y, String label, String amount) {
        pen.box(360, y - 5, 100, 16);
        pen.box(460, y - 5, 95, 16);
        pen.text(bold ? f.timesBold : f.times, 10, 365, y, label);
        pen.right(bold ? f.timesBold : f.times, 10, 550, y, fr(new BigDecimal(amount), ' ') + " €");
        return y - 16;
    }
}
