package fr.chorusdesk.pdf.corpus;

import static fr.chorusdesk.pdf.corpus.Formats.en;

import fr.chorusdesk.pdf.corpus.CorpusCase.Expected;
import fr.chorusdesk.pdf.corpus.CorpusCase.Item;
import fr.chorusdesk.pdf.corpus.CorpusCase.Payment;
import fr.chorusdesk.pdf.corpus.CorpusCase.VatLine;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A small-business accounting package's English invoice: « INVOICE », a right-hand block of
 * « Invoice # », « Date », « Terms », « Due Date », « P.O. Number », « Bill To », upper-case totals
 * with « BALANCE DUE », amounts as EUR 1,234.56.
 */
final class EnClassic implements Layout {

    static final Supplier SUPPLIER = new Supplier("Harbour Data Ltd", List.of("Unit 4, 18 Wharf Road",
            "London N1 7GR", "United Kingdom"), "75510248000018", "GB 123 4567 89", "Company No. 08123456",
            "GB29 NWBK 6016 1331 9268 19", "NWBKGB2L", "+44 20 7946 0958", "accounts@harbourdata.co.uk");

    @Override
    public void draw(PDDocument doc, Fonts f, CorpusCase c) {
        Supplier s = SUPPLIER.or(c);
        Expected e = c.expected();
        try (Pen pen = new Pen(doc)) {
            pen.text(f.helveticaBold, 14, 40, 790, s.name());
            float y = 775;
            for (String line : s.address()) {
                pen.text(f.helvetica, 9, 40, y, line);
                y -= 11;
            }
            pen.text(f.helvetica, 9, 40, y, "Phone " + s.phone());
            pen.text(f.helvetica, 9, 40, y - 11, "VAT Reg. No. " + s.vat());
            pen.right(f.helveticaBold, 24, 555, 785, "INVOICE");

            float iy = 750;
            iy = info(pen, f, iy, "Invoice #", e.invoiceNumber());
            iy = info(pen, f, iy, "Date", Formats.enShort(e.invoiceDate()));
            iy = info(pen, f, iy, "Terms", "Net 30");
            iy = info(pen, f, iy, "Due Date", Formats.enShort(c.document().dueDate()));
            if (e.engagementNumber() != null) {
                info(pen, f, iy, "P.O. Number", e.engagementNumber());
            }

            pen.text(f.helveticaBold, 10, 40, 680, "Bill To");
            float cy = 666;
            pen.text(f.helvetica, 9, 40, cy, c.document().customer().name());
            for (String line : c.document().customer().address()) {
                cy -= 11;
                pen.text(f.helvetica, 9, 40, cy, line);
            }
            if (e.recipientSiret() != null) {
                cy -= 11;
                pen.text(f.helvetica, 9, 40, cy, "SIRET: " + e.recipientSiret());
            }
            if (e.serviceCode() != null) {
                cy -= 11;
                pen.text(f.helvetica, 9, 40, cy, "Service code: " + e.serviceCode());
            }

            float ty = 575;
            pen.fill(40, ty - 5, 515, 17, 0.2f);
            pen.text(f.helveticaBold, 9, 45, ty, "DESCRIPTION");
            pen.right(f.helveticaBold, 9, 370, ty, "QTY");
            pen.right(f.helveticaBold, 9, 460, ty, "RATE");
            pen.right(f.helveticaBold, 9, 550, ty, "AMOUNT");
            ty -= 20;
            for (Item item : c.document().items()) {
                pen.text(f.helvetica, 9, 45, ty, item.label());
                pen.right(f.helvetica, 9, 370, ty, item.qty());
                pen.right(f.helvetica, 9, 460, ty, en(item.price()));
                pen.right(f.helvetica, 9, 550, ty, en(item.total()));
                ty -= 15;
            }
            pen.line(40, ty + 8, 555, ty + 8);

            float y2 = ty - 14;
            y2 = total(pen, f, false, y2, "SUBTOTAL", "EUR " + en(e.amountExclTax()));
            for (VatLine v : e.vatLines()) {
                y2 = total(pen, f, false, y2, "VAT (" + Formats.rateEn(v.ratePercent()) + "%)", "EUR " + en(v.amount()));
            }
            y2 = total(pen, f, true, y2, "TOTAL", "EUR " + en(e.amountInclTax()));
            for (Payment p : c.document().payments()) {
                y2 = total(pen, f, false, y2, "Payment received " + Formats.enShort(p.date()), "EUR -" + en(p.amount()));
            }
            total(pen, f, true, y2 - 4, "BALANCE DUE", "EUR " + en(e.amountDue()));

            pen.text(f.helvetica, 8, 40, 80, "Thank you for your business. Please pay by bank transfer to IBAN "
                    + s.iban() + " (BIC " + s.bic() + ").");
            pen.text(f.helvetica, 8, 40, 69, s.name() + " – Registered in England and Wales, " + s.legal()
                    + " – Registered office: " + s.address().get(0) + ", " + s.address().get(1));
        }
    }

    private static float info(Pen pen, Fonts f, float y, String label, String value) {
        pen.text(f.helveticaBold, 9, 380, y, label);
        pen.right(f.helvetica, 9, 555, y, value);
        return y - 13;
    }

    private static float total(Pen pen, Fonts f, boolean bold, float y, String label, String amount) {
        pen.text(bold ? f.helveticaBold : f.helvetica, 9, 380, y, label);
        pen.right(bold ? f.helveticaBold : f.helvetica, 9, 550, y, amount);
        return y - 14;
    }
}
