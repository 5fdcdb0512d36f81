package fr.chorusdesk.pdf.corpus;

import static fr.chorusdesk.pdf.corpus.Formats.fr;

import fr.chorusdesk.pdf.corpus.CorpusCase.Expected;
import fr.chorusdesk.pdf.corpus.CorpusCase.Item;
import fr.chorusdesk.pdf.corpus.CorpusCase.VatLine;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A supplier of public bodies: the facts as « Libellé : valeur » strings, a framed block of the
 * references Chorus Pro asks for (recipient SIRET, service code, engagement, contract), several VAT
 * rates each on its own line before « Total TVA ».
 */
final class FrPublic implements Layout {

    static final Supplier SUPPLIER = new Supplier("OUEST FOURNITURES", List.of("ZA de la Chantrerie",
            "8 rue du Pâtis", "44300 Nantes"), "44120369200013", "FR13441203692", "SAS au capital de 50 000 €",
            "FR76 1551 9390 4200 0212 3456 789", "CMCIFR2A", "02 40 12 34 56", "commandes@ouest-fournitures.fr");

    @Override
    public void draw(PDDocument doc, Fonts f, CorpusCase c) {
        Supplier s = SUPPLIER.or(c);
        Expected e = c.expected();
        try (Pen pen = new Pen(doc)) {
            pen.text(f.helveticaBold, 12, 40, 790, s.name());
            float y = 776;
            for (String line : s.address()) {
                pen.text(f.helvetica, 9, 40, y, line);
                y -= 11;
            }
            pen.text(f.helvetica, 9, 40, y, "Tél. " + s.phone() + " – " + s.email());

            pen.text(f.helveticaBold, 18, 330, 788, "FACTURE");
            pen.text(f.helvetica, 10, 330, 766, "Numéro de facture : " + e.invoiceNumber());
            pen.text(f.helvetica, 10, 330, 752, "Date de facture : " + Formats.dmy(e.invoiceDate(), '/'));
            if (c.document().deliveryDate() != null) {
                pen.text(f.helvetica, 10, 330, 738, "Date de livraison : " + Formats.dmy(c.document().deliveryDate(), '/'));
            }
            pen.text(f.helveticaBold, 10, 330, 712, "Client");
            float cy = 698;
            pen.text(f.helvetica, 10, 330, cy, c.document().customer().name());
            for (String line : c.document().customer().address()) {
                cy -= 12;
                pen.text(f.helvetica, 10, 330, cy, line);
            }

            pen.box(40, 600, 515, 72);
            pen.text(f.helveticaBold, 9, 46, 658, "Références à reporter sur Chorus Pro");
            if (e.recipientSiret() != null) {
                pen.text(f.helvetica, 9, 46, 640, "SIRET du destinataire : " + Formats.siretSpaced(e.recipientSiret()));
            }
            if (e.serviceCode() != null) {
                pen.text(f.helvetica, 9, 46, 624, "Code service : " + e.serviceCode());
            }
            if (e.engagementNumber() != null) {
                pen.text(f.helvetica, 9, 300, 640, "N° d’engagement juridique : " + e.engagementNumber());
            }
            if (e.contractNumber() != null) {
                pen.text(f.helvetica, 9, 300, 624, "Marché n° " + e.contractNumber());
            }

            float ty = 575;
            pen.fill(40, ty - 4, 515, 15, 0.88f);
            pen.text(f.helveticaBold, 8, 45, ty, "Réf.");
            pen.text(f.helveticaBold, 8, 95, ty, "Désignation");
            pen.right(f.helveticaBold, 8, 350, ty, "Qté");
            pen.right(f.helveticaBold, 8, 410, ty, "PU HT");
            pen.right(f.helveticaBold, 8, 455, ty, "TVA %");
            pen.right(f.helveticaBold, 8, 550, ty, "Total HT");
            ty -= 16;
            int ref = 1;
            for (Item item : c.document().items()) {
                pen.text(f.helvetica, 8, 45, ty, String.format("A%03d", 100 + 7 * ref++));
                pen.text(f.helvetica, 8, 95, ty, item.label());
                pen.right(f.helvetica, 8, 350, ty, item.qty());
                pen.right(f.helvetica, 8, 410, ty, fr(item.price(), ' '));
                pen.right(f.helvetica, 8, 455, ty, Formats.rateFr(item.rate()));
                pen.right(f.helvetica, 8, 550, ty, fr(item.total(), ' '));
                ty -= 13;
            }
            pen.line(40, ty + 6, 555, ty + 6);

            float y2 = ty - 14;
            y2 = total(pen, f, false, y2, "Total HT", e.amountExclTax());
            for (VatLine v : e.vatLines()) {
                y2 = total(pen, f, false, y2, "TVA " + Formats.rateFr(v.ratePercent()) + " %", v.amount());
            }
            y2 = total(pen, f, false, y2, "Total TVA", e.vatAmount());
            y2 = total(pen, f, true, y2, "Total TTC", e.amountInclTax());
            total(pen, f, true, y2 - 6, "Net à payer", e.amountDue());

            pen.text(f.helvetica, 8, 40, 70, s.name() + ", " + s.legal() + " – SIRET " + s.siret() + " – RCS Nantes "
                    + s.sirenSpaced() + " – TVA intracom. " + s.vat());
            pen.text(f.helvetica, 8, 40, 60, "Règlement par mandat administratif à 30 jours – IBAN " + s.iban());
        }
    }

    private static float total(Pen pen, Fonts f, boolean bold, float y, String label, String amount) {
        pen.text(bold ? f.helveticaBold : f.helvetica, 9, 370, y, label);
        pen.right(bold ? f.helveticaBold : f.helvetica, 9, 550, y, fr(amount, ' ') + " €");
        return y - 13;
    }
}
