package fr.chorusdesk.pdf.corpus;

import static fr.chorusdesk.pdf.corpus.Formats.fr;

import fr.chorusdesk.pdf.corpus.CorpusCase.Expected;
import fr.chorusdesk.pdf.corpus.CorpusCase.Item;
import fr.chorusdesk.pdf.corpus.CorpusCase.Payment;
import fr.chorusdesk.pdf.corpus.CorpusCase.VatLine;
import java.math.BigDecimal;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A freelancer's word-processor template in Times: « Lyon, le 3 février 2026 », the number in the
 * centred title, totals as whole sentences (« Total HT : 2 400,00 € »). Without VAT (franchise en
 * base), the page says « TVA non applicable, art. 293 B du CGI ».
 */
final class FrFreelance implements Layout {

    static final Supplier SUPPLIER = new Supplier("Camille Martin", List.of("Graphiste – Entrepreneur individuel",
            "27 montée de la Grande-Côte", "69001 Lyon"), "53201478400013", null, null,
            "FR76 1027 8073 0000 0212 3450 176", "CMCIFR2A", "06 45 78 12 30", "camille@martin-graphisme.fr");

    @Override
    public void draw(PDDocument doc, Fonts f, CorpusCase c) {
        Supplier s = SUPPLIER.or(c);
        Expected e = c.expected();
        try (Pen pen = new Pen(doc)) {
            pen.text(f.timesBold, 14, 50, 790, s.name());
            float y = 774;
            for (String line : s.address()) {
                pen.text(f.times, 11, 50, y, line);
                y -= 14;
            }
            pen.text(f.times, 11, 50, y, "SIRET : " + Formats.siretSpaced(s.siret()));
            pen.text(f.times, 11, 50, y - 14, "Tél : " + s.phone());
            pen.text(f.times, 11, 50, y - 28, s.email());

            pen.text(f.times, 11, 330, 700, c.document().place() + ", le " + Formats.frWords(e.invoiceDate()));
            pen.text(f.times, 11, 330, 672, "À l’attention de :");
            float cy = 658;
            pen.text(f.timesBold, 11, 330, cy, c.document().customer().name());
            for (String line : c.document().customer().address()) {
                cy -= 14;
                pen.text(f.times, 11, 330, cy, line);
            }
            if (e.recipientSiret() != null) {
                cy -= 14;
                pen.text(f.times, 11, 330, cy, "SIRET client : " + e.recipientSiret());
            }

            pen.center(f.timesBold, 15, 297, 580, "FACTURE N° " + e.invoiceNumber());
            pen.text(f.times, 11, 50, 555, "Objet : " + c.document().subject());
            if (e.engagementNumber() != null) {
                pen.text(f.times, 11, 50, 541, "Votre bon de commande n° " + e.engagementNumber());
            }

            float ty = 515;
            pen.text(f.timesBold, 11, 50, ty, "Désignation");
            pen.right(f.timesBold, 11, 360, ty, "Quantité");
            pen.right(f.timesBold, 11, 450, ty, "Prix unitaire");
            pen.right(f.timesBold, 11, 540, ty, "Total");
            ty -= 18;
            for (Item item : c.document().items()) {
                pen.text(f.times, 11, 50, ty, item.label());
                pen.right(f.times, 11, 360, ty, item.qty());
                pen.right(f.times, 11, 450, ty, fr(item.price(), ' ') + " €");
                pen.right(f.times, 11, 540, ty, fr(item.total(), ' ') + " €");
                ty -= 16;
            }

            float y2 = ty - 20;
            boolean franchise = new BigDecimal(e.vatAmount()).signum() == 0;
            pen.right(f.times, 11, 540, y2, "Total HT : " + fr(e.amountExclTax(), ' ') + " €");
            y2 -= 16;
            if (franchise) {
                pen.right(f.times, 11, 540, y2, "TVA non applicable, art. 293 B du CGI");
                y2 -= 16;
            } else {
                for (VatLine v : e.vatLines()) {
                    pen.right(f.times, 11, 540, y2, "TVA (" + Formats.rateFr(v.ratePercent()) + " %) : "
                            + fr(v.amount(), ' ') + " €");
                    y2 -= 16;
                }
                pen.right(f.timesBold, 11, 540, y2, "Total TTC : " + fr(e.amountInclTax(), ' ') + " €");
                y2 -= 16;
            }
            for (Payment p : c.document().payments()) {
                pen.right(f.times, 11, 540, y2, "Acompte de " + fr(p.amount(), ' ') + " € reçu le "
                        + Formats.dmy(p.date(), '/'));
                y2 -= 16;
            }
            if (!c.document().payments().isEmpty()) {
                pen.right(f.timesBold, 11, 540, y2, "Reste à payer : " + fr(e.amountDue(), ' ') + " €");
            } else if (franchise) {
                pen.right(f.timesBold, 11, 540, y2, "Montant à payer : " + fr(e.amountDue(), ' ') + " €");
            }

            pen.text(f.times, 10, 50, 130, "Règlement par virement à réception de facture.");
            pen.text(f.times, 10, 50, 117, "IBAN : " + s.iban() + " – BIC : " + s.bic());
            pen.text(f.times, 10, 50, 104, "En cas de retard de paiement, indemnité forfaitaire de 40 € pour frais "
                    + "de recouvrement (art. D. 441-5 du Code de commerce).");
        }
    }
}
