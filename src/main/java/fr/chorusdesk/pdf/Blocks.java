package fr.chorusdesk.pdf;

import java.util.List;

/**
 * Whose block of text a line belongs to, as a person sees it on an invoice: the lines aligned on
 * the same left edge, close together, under a heading (« Facturé à », « Destinataire », « Bill
 * to », « Émetteur »). The block at the very top of the page, or one with a phone number or an
 * e-mail address, is the supplier's letterhead.
 */
final class Blocks {

    private static final float ALIGN = 16f;
    private static final java.util.Set<String> LETTERHEAD = java.util.Set.of("tel", "telephone", "fax", "portable",
            "phone", "telefon", "iban", "bic", "rib", "swift", "capital", "au capital de", "capital social", "rcs",
            "siren", "ape", "naf", "code ape");

    private Blocks() {
    }

    static CandidateFinder.Party partyOf(PageLabels p, LabelHit hit) {
        if (hit.line().segments().stream().anyMatch(s -> isContact(p, s))) {
            return CandidateFinder.Party.SUPPLIER;
        }
        for (LabelHit h : p.hitsIn(hit.seg())) {
            // « Client : Commune de Valbourg, SIRET … » says whose SIRET it is in the same run
            if (h.startsSegment() && h.kind() == LabelKind.RECIPIENT_HEADING) {
                return CandidateFinder.Party.RECIPIENT;
            }
            if (h.startsSegment() && h.kind() == LabelKind.SUPPLIER_HEADING) {
                return CandidateFinder.Party.SUPPLIER;
            }
        }
        List<TextLine> lines = p.page.lines();
        float left = hit.seg().x0();
        boolean top = false;
        boolean contact = false;
        TextLine previous = hit.line();
        for (int i = hit.line().index() - 2; i >= 0; i--) {
            TextLine line = lines.get(i);
            TextSegment aligned = alignedSegment(line, left);
            if (aligned == null || previous.baseline() - line.baseline() > 2.6f * Math.max(line.size(), 8f)) {
                break;
            }
            for (LabelHit h : p.hitsIn(aligned)) {
                if (h.startsSegment() && h.tokens().size() <= h.match().to() + 1) {
                    if (h.kind() == LabelKind.RECIPIENT_HEADING) {
                        return CandidateFinder.Party.RECIPIENT;
                    }
                    if (h.kind() == LabelKind.SUPPLIER_HEADING) {
                        return CandidateFinder.Party.SUPPLIER;
                    }
                }
            }
            contact |= isContact(p, aligned);
            top |= line.index() == 1;
            previous = line;
        }
        previous = hit.line();
        for (int i = hit.line().index(); i < lines.size(); i++) {
            TextLine line = lines.get(i);
            TextSegment aligned = alignedSegment(line, left);
            if (aligned == null || line.baseline() - previous.baseline() > 2.6f * Math.max(line.size(), 8f)) {
                break;
            }
            contact |= isContact(p, aligned);
            previous = line;
        }
        return top || contact ? CandidateFinder.Party.SUPPLIER : CandidateFinder.Party.UNKNOWN;
    }

    private static TextSegment alignedSegment(TextLine line, float left) {
        for (TextSegment seg : line.segments()) {
            if (Math.abs(seg.x0() - left) <= ALIGN) {
                return seg;
            }
        }
        return null;
    }

    /**
     * Contact details or the company's registration: the supplier's letterhead shows them, the
     * customer's address does not. (A VAT number alone says nothing: invoices print the customer's.)
     */
    private static boolean isContact(PageLabels p, TextSegment seg) {
        return seg.text().contains("@") || p.hitsIn(seg).stream()
                .anyMatch(h -> h.kind() == LabelKind.LEGAL && LETTERHEAD.contains(h.words()));
    }
}
