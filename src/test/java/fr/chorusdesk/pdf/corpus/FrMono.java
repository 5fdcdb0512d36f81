package fr.chorusdesk.pdf.corpus;

import fr.chorusdesk.pdf.corpus.CorpusCase.Expected;
import fr.chorusdesk.pdf.corpus.CorpusCase.Item;
import fr.chorusdesk.pdf.corpus.CorpusCase.Payment;
import fr.chorusdesk.pdf.corpus.CorpusCase.VatLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * An old trade program printing to PDF in Courier: every line one string padded with spaces,
 * capitals without accents (« NET A PAYER », « T.V.A. 20,0% »), amounts with no thousands
 * separator, the customer's SIRET without spaces, each reference on its own « LABEL : value » line.
 */
final class FrMono implements Layout {

    static final Supplier SUPPLIER = new Supplier("ETS BERNARD ET FILS", List.of("12 RUE DES ARTISANS",
            "21200 BEAUNE"), "42961850700017", "FR43429618507", "SARL AU CAPITAL DE 8000 EUR",
            "FR76 1027 8025 0000 0123 4567 890", "CMCIFR2A", "0380123456", "ETS.BERNARD@ORANGE.FR");

    @Override
    public void draw(PDDocument doc, Fonts f, CorpusCase c) {
        Supplier s = SUPPLIER.or(c);
        Expected e = c.expected();
        List<String> lines = new ArrayList<>();
        lines.add(pad(s.name(), 48) + "FACTURE");
        for (String a : s.address()) {
            lines.add(a);
        }
        lines.add("TEL " + s.phone());
        lines.add("");
        lines.add(pad("", 48) + "FACTURE No  : " + e.invoiceNumber());
        lines.add(pad("", 48) + "DATE        : " + Formats.dmy(e.invoiceDate(), '/'));
        lines.add(pad("", 48) + "CLIENT No   : " + c.document().customerNumber());
        lines.add("");
        lines.add(pad("", 48) + up(c.document().customer().name()));
        for (String a : c.document().customer().address()) {
            lines.add(pad("", 48) + up(a));
        }
        lines.add("");
        if (e.recipientSiret() != null) {
            lines.add("SIRET CLIENT  : " + e.recipientSiret());
        }
        if (e.engagementNumber() != null) {
            lines.add("N. ENGAGEMENT : " + e.engagementNumber());
        }
        if (e.serviceCode() != null) {
            lines.add("CODE SERVICE  : " + e.serviceCode());
        }
        if (e.contractNumber() != null) {
            lines.add("MARCHE No     : " + e.contractNumber());
        }
        lines.add("");
        lines.add(String.format("%-6s %-34s %7s %10s %11s %5s", "REF", "DESIGNATION", "QTE", "PU HT", "MONTANT HT",
                "TVA"));
        lines.add("-".repeat(78));
        int ref = 11;
        for (Item item : c.document().items()) {
            lines.add(String.format("%-6s %-34s %7s %10s %11s %5s", "R" + ref++, up(item.label()), item.qty(),
                    Formats.bare(item.price()), Formats.bare(item.total()), Formats.rateFr(item.rate())));
        }
        lines.add("-".repeat(78));
        lines.add("");
        lines.add(totals("TOTAL H.T.", e.amountExclTax()));
        for (VatLine v : e.vatLines()) {
            lines.add(totals("T.V.A. " + Formats.rateFr2(v.ratePercent()).replace(",00", ",0") + "%", v.amount()));
        }
        lines.add(totals("TOTAL T.T.C.", e.amountInclTax()));
        for (Payment p : c.document().payments()) {
            lines.add(totals("ACOMPTE DU " + Formats.dmy(p.date(), '/'), p.amount()));
        }
        lines.add(totals("NET A PAYER EUR", e.amountDue()));
        lines.add("");
        lines.add("ECHEANCE : " + Formats.dmy(c.document().dueDate(), '/') + "   REGLEMENT : CHEQUE OU VIREMENT");

        try (Pen pen = new Pen(doc)) {
            float y = 800;
            for (String line : lines) {
                pen.text(f.courier, 8.5f, 30, y, line);
                y -= 11;
            }
            pen.text(f.courier, 7, 30, 50, s.legal() + " - SIRET " + s.siret() + " - RCS DIJON - TVA " + s.vat()
                    + " - TEL " + s.phone());
            pen.text(f.courier, 7, 30, 42, "IBAN " + s.iban() + " - BIC " + s.bic());
        }
    }

    private static String totals(String label, String amount) {
        return pad("", 44) + String.format("%-18s %12s", label, Formats.bare(amount));
    }

    private static String pad(String s, int width) {
        return String.format("%-" + width + "s", s);
    }

    private static String up(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('’', '\'').toUpperCase(Locale.ROOT);
    }
}
