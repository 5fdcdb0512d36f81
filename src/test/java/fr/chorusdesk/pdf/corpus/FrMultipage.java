package fr.chorusdesk.pdf.corpus;

import static fr.chorusdesk.pdf.corpus.Formats.fr;

import fr.chorusdesk.pdf.corpus.CorpusCase.Expected;
import fr.chorusdesk.pdf.corpus.CorpusCase.Item;
import fr.chorusdesk.pdf.corpus.CorpusCase.VatLine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A maintenance company's long invoice: each item followed by the dated interventions it covers,
 * so it runs over several pages; a running « À reporter » at the foot of each page and « Report »
 * at the head of the next; the totals only on the last page. {@code variant} is the number of
 * intervention lines under each item.
 */
final class FrMultipage implements Layout {

    static final Supplier SUPPLIER = new Supplier("SOCOTEC MAINTENANCE SERVICES", List.of("Parc d’activités du Moulin",
            "2 allée des Tilleuls", "59650 Villeneuve-d’Ascq"), "90255178700010", "FR89902551787",
            "SAS au capital de 250 000 €", "FR76 3007 6020 2112 3456 7800 045", "NORDFRPP", "03 20 00 00 00",
            "facturation@sms-maintenance.fr");

    private static final float TOP_FIRST = 610;
    private static final float TOP_NEXT = 735;
    private static final float BOTTOM = 140;
    private static final float STEP = 12;

    /** One printed row: an item with its amount, or a detail line without. */
    private record Row(String text, Item item) {
    }

    @Override
    public void draw(PDDocument doc, Fonts f, CorpusCase c) {
        Supplier s = SUPPLIER.or(c);
        Expected e = c.expected();
        int details = c.document().variant() == null ? 0 : Integer.parseInt(c.document().variant());
        List<Row> rows = new ArrayList<>();
        LocalDate day = LocalDate.parse(e.invoiceDate()).minusDays(3);
        int site = 1;
        for (Item item : c.document().items()) {
            rows.add(new Row(item.label(), item));
            for (int i = 0; i < details; i++) {
                rows.add(new Row("    Intervention du " + Formats.dmy(day.toString(), '/') + " – site n° " + site++
                        + " – contrôle et relevé", null));
                day = day.minusDays(1);
            }
        }
        List<List<Row>> pages = new ArrayList<>();
        List<Row> current = new ArrayList<>();
        float y = TOP_FIRST;
        for (Row row : rows) {
            if (y < BOTTOM) {
                pages.add(current);
                current = new ArrayList<>();
                y = TOP_NEXT;
            }
            current.add(row);
            y -= STEP;
        }
        pages.add(current);
        boolean totalsFit = y - 130 > 60;
        if (!totalsFit) {
            pages.add(new ArrayList<>());
        }

        BigDecimal carried = BigDecimal.ZERO;
        for (int p = 0; p < pages.size(); p++) {
            boolean first = p == 0;
            boolean last = p == pages.size() - 1;
            try (Pen pen = new Pen(doc)) {
                pen.text(f.helveticaBold, 12, 40, 800, s.name());
                pen.right(f.helveticaBold, 11, 555, 800, "Facture n° " + e.invoiceNumber());
                pen.right(f.helvetica, 9, 555, 786, "Page " + (p + 1) + "/" + pages.size());
                float ty;
                if (first) {
                    float hy = 786;
                    for (String line : s.address()) {
                        pen.text(f.helvetica, 9, 40, hy, line);
                        hy -= 11;
                    }
                    pen.text(f.helvetica, 9, 40, hy, "Tél. " + s.phone());
                    pen.text(f.helvetica, 10, 330, 760, "Date : " + Formats.dmy(e.invoiceDate(), '/'));
                    pen.text(f.helvetica, 9, 330, 736, "Client :");
                    float cy = 722;
                    pen.text(f.helveticaBold, 9, 330, cy, c.document().customer().name());
                    for (String line : c.document().customer().address()) {
                        cy -= 11;
                        pen.text(f.helvetica, 9, 330, cy, line);
                    }
                    float ry = 680;
                    if (e.recipientSiret() != null) {
                        pen.text(f.helvetica, 9, 40, ry, "SIRET destinataire : " + e.recipientSiret());
                        ry -= 12;
                    }
                    if (e.engagementNumber() != null) {
                        pen.text(f.helvetica, 9, 40, ry, "N° EJ : " + e.engagementNumber());
                        ry -= 12;
                    }
                    if (e.serviceCode() != null) {
                        pen.text(f.helvetica, 9, 40, ry, "Code service : " + e.serviceCode());
                        ry -= 12;
                    }
                    if (e.contractNumber() != null) {
                        pen.text(f.helvetica, 9, 40, ry, "Marché n° " + e.contractNumber());
                    }
                    ty = TOP_FIRST + 20;
                } else {
                    ty = TOP_NEXT + 20;
                    pen.text(f.helvetica, 9, 360, ty + 22, "Report");
                    pen.right(f.helvetica, 9, 550, ty + 22, fr(carried, ' ') + " €");
                }
                pen.fill(40, ty - 4, 515, 14, 0.88f);
                pen.text(f.helveticaBold, 8, 45, ty, "Désignation");
                pen.right(f.helveticaBold, 8, 380, ty, "Quantité");
                pen.right(f.helveticaBold, 8, 460, ty, "Prix unitaire HT");
                pen.right(f.helveticaBold, 8, 550, ty, "Montant HT");
                float ry = ty - 20;
                for (Row row : pages.get(p)) {
                    if (row.item() == null) {
                        pen.text(f.helvetica, 8, 45, ry, row.text());
                    } else {
                        pen.text(f.helveticaBold, 8, 45, ry, row.text());
                        pen.right(f.helvetica, 8, 380, ry, row.item().qty());
                        pen.right(f.helvetica, 8, 460, ry, fr(row.item().price(), ' '));
                        pen.right(f.helvetica, 8, 550, ry, fr(row.item().total(), ' '));
                        carried = carried.add(row.item().totalAmount());
                    }
                    ry -= STEP;
                }
                if (!last) {
                    pen.line(360, 112, 555, 112);
                    pen.text(f.helvetica, 9, 360, 100, "À reporter");
                    pen.right(f.helvetica, 9, 550, 100, fr(carried, ' ') + " €");
                } else {
                    float y2 = ry - 16;
                    pen.box(355, y2 - 78, 200, 92);
                    y2 = total(pen, f, false, y2, "Total HT", e.amountExclTax());
                    for (VatLine v : e.vatLines()) {
                        y2 = total(pen, f, false, y2, "TVA à " + Formats.rateFr(v.ratePercent()) + " %", v.amount());
                    }
                    y2 = total(pen, f, true, y2, "Total TTC", e.amountInclTax());
                    total(pen, f, true, y2 - 4, "Net à payer (EUR)", e.amountDue());
                    pen.text(f.helvetica, 8, 40, 110, "Conditions : paiement à 45 jours fin de mois.");
                }
                pen.center(f.helvetica, 7, 297, 45, s.name() + " – " + s.legal() + " – RCS Lille Métropole "
                        + s.sirenSpaced() + " – SIRET " + Formats.siretSpaced(s.siret()) + " – TVA " + s.vat());
            }
        }
    }

    private static float total(Pen pen, Fonts f, boolean bold, float y, String label, String amount) {
        pen.text(bold ? f.helveticaBold : f.helvetica, 9, 362, y, label);
        pen.right(bold ? f.helveticaBold : f.helvetica, 9, 550, y, fr(amount, ' ') + " €");
        return y - 14;
    }
}
