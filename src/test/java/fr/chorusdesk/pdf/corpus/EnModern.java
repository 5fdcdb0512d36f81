package fr.chorusdesk.pdf.corpus;

import static fr.chorusdesk.pdf.corpus.Formats.en;

import fr.chorusdesk.pdf.corpus.CorpusCase.Expected;
import fr.chorusdesk.pdf.corpus.CorpusCase.Item;
import fr.chorusdesk.pdf.corpus.CorpusCase.Payment;
import fr.chorusdesk.pdf.corpus.CorpusCase.VatLine;
import java.math.BigDecimal;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * An online payments platform's English invoice in an embedded font: « Invoice number »,
 * « Invoice Date », « Date due » as grey labels with their values beside, a sentence « €1,234.56 due
 * April 3, 2026 », totals « Net total », « VAT (20% on €1,000.00) », « Total », « Amount due ».
 * A credit note says « Credit note » and shows negative amounts.
 */
final class EnModern implements Layout {

    static final Supplier SUPPLIER = new Supplier("Brightwave Analytics", List.of("2 Grand Canal Square",
            "Dublin 2, D02 A342", "Ireland"), "87230964600018", "IE 6388047V", "Registered in Ireland No. 612345",
            "IE29 AIBK 9311 5212 3456 78", "AIBKIE2D", "+353 1 555 0142", "billing@brightwave.io");

    @Override
    public void draw(PDDocument doc, Fonts f, CorpusCase c) {
        Supplier s = SUPPLIER.or(c);
        Expected e = c.expected();
        boolean credit = e.isCreditNote();
        PDFont font = f.liberation();
        try (Pen pen = new Pen(doc)) {
            pen.text(font, 24, 40, 780, credit ? "Credit note" : "Invoice");
            float iy = 748;
            iy = info(pen, font, iy, credit ? "Credit note number" : "Invoice number", e.invoiceNumber());
            iy = info(pen, font, iy, "Invoice Date", Formats.enLong(e.invoiceDate()));
            if (credit) {
                iy = info(pen, font, iy, "Original invoice", c.document().originalInvoice());
            } else {
                iy = info(pen, font, iy, "Date due", Formats.enLong(c.document().dueDate()));
            }
            if (e.engagementNumber() != null) {
                info(pen, font, iy, "Purchase order", e.engagementNumber());
            }

            pen.text(font, 10, 40, 680, s.name());
            float y = 667;
            for (String line : s.address()) {
                pen.text(font, 9, 40, y, line);
                y -= 12;
            }
            pen.text(font, 9, 40, y, s.email());
            pen.grey(font, 9, 300, 680, "Bill to");
            float cy = 667;
            pen.text(font, 9, 300, cy, c.document().customer().name());
            for (String line : c.document().customer().address()) {
                cy -= 12;
                pen.text(font, 9, 300, cy, line);
            }
            if (e.recipientSiret() != null) {
                cy -= 12;
                pen.text(font, 9, 300, cy, "SIRET " + e.recipientSiret());
            }

            if (!credit) {
                pen.text(font, 16, 40, 600, money(e.amountDue(), false) + " due "
                        + Formats.enLong(c.document().dueDate()));
            }

            float ty = 560;
            pen.grey(font, 9, 40, ty, "Description");
            pen.grey(font, 9, 360, ty, "Qty");
            pen.grey(font, 9, 430, ty, "Unit price");
            pen.grey(font, 9, 515, ty, "Amount");
            pen.line(40, ty - 6, 555, ty - 6);
            ty -= 22;
            for (Item item : c.document().items()) {
                pen.text(font, 9, 40, ty, item.label());
                pen.right(font, 9, 375, ty, item.qty());
                pen.right(font, 9, 480, ty, money(item.price(), false));
                pen.right(font, 9, 555, ty, money(item.total(), credit));
                ty -= 18;
            }
            pen.line(330, ty + 10, 555, ty + 10);
            float y2 = ty - 8;
            y2 = total(pen, font, y2, "Net total", money(e.amountExclTax(), credit));
            for (VatLine v : e.vatLines()) {
                y2 = total(pen, font, y2, "VAT (" + Formats.rateEn(v.ratePercent()) + "% on "
                        + money(v.base(), credit) + ")", money(v.amount(), credit));
            }
            y2 = total(pen, font, y2, "Total", money(e.amountInclTax(), credit));
            for (Payment p : c.document().payments()) {
                y2 = total(pen, font, y2, "Amount paid on " + Formats.enLong(p.date()), money(p.amount(), true));
            }
            total(pen, font, y2, credit ? "Amount credited" : "Amount due", money(e.amountDue(), credit));

            pen.text(font, 8, 40, 60, s.name() + " · " + s.legal() + " · VAT " + s.vat() + " · IBAN " + s.iban());
            pen.right(font, 8, 555, 45, "Page 1 of 1");
        }
    }

    private static String money(String amount, boolean negative) {
        BigDecimal a = new BigDecimal(amount);
        return (negative ? "-" : "") + "€" + en(a.abs().toPlainString());
    }

    private static float info(Pen pen, PDFont font, float y, String label, String value) {
        pen.grey(font, 9, 40, y, label);
        pen.text(font, 9, 140, y, value);
        return y - 14;
    }

    private static float total(Pen pen, PDFont font, float y, String label, String amount) {
        pen.text(font, 9, 330, y, label);
        pen.right(font, 9, 555, y, amount);
        return y - 16;
    }
}
