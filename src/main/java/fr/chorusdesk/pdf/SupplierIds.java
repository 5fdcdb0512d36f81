package fr.chorusdesk.pdf;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The supplier's own identifiers on a page, which say whose invoice it is whatever the customer:
 * the SIREN of its registration (capital, RCS), its VAT number where its legal mentions give it,
 * its IBAN, the SIRET of its letterhead. A customer's VAT number printed in its address is not
 * taken: several suppliers invoice the same customer.
 */
final class SupplierIds {

    private static final Pattern IBAN = Pattern.compile("\\b([A-Z]{2}\\d{2}(?:[ \\u00a0]?[A-Z0-9]{4}){2,7}(?:[ \\u00a0]?[A-Z0-9]{1,4})?)");
    private static final Pattern FRENCH_VAT = Pattern.compile("\\bFR[ \\u00a0]?[0-9A-Z]{2}[ \\u00a0]?\\d{3}[ \\u00a0]?\\d{3}[ \\u00a0]?\\d{3}\\b");
    private static final Pattern OTHER_VAT = Pattern.compile(
            "\\b(?:DE|GB|IE|BE|ES|IT|LU|NL|AT|PT|CH|CHE|PL|DK|SE|FI)[ \\u00a0]?[0-9][0-9A-Z \\u00a0.-]{6,14}[0-9A-Z]\\b");
    private static final Set<String> VAT_LABELS = Set.of("tva intracommunautaire", "n° tva intracommunautaire",
            "tva intracom", "n° tva intracom", "identifiant tva", "vat reg n°", "vat registration number", "vat n°",
            "ust-idnr", "ust-id");
    private static final Set<String> REGISTRATION = Set.of("capital", "au capital de", "capital social", "rcs",
            "siren", "ape", "naf", "code ape", "amtsgericht", "registergericht", "stammkapital");

    private SupplierIds() {
    }

    static List<String> of(List<PageLabels> pages) {
        Set<String> ids = new TreeSet<>();
        for (PageLabels p : pages) {
            for (LabelHit hit : p.hits) {
                String text = hit.seg().text();
                if (hit.kind() == LabelKind.LEGAL && REGISTRATION.contains(hit.words())) {
                    Values.sirens(text).forEach(s -> ids.add("SIREN " + s));
                    vat(text).ifPresent(v -> ids.add("VAT " + v));
                } else if (hit.kind() == LabelKind.LEGAL && VAT_LABELS.contains(hit.words())) {
                    vat(text.substring(hit.end())).ifPresent(v -> ids.add("VAT " + v));
                } else if (hit.kind() == LabelKind.LEGAL && hit.words().equals("iban")) {
                    Matcher m = IBAN.matcher(text.substring(hit.end()));
                    if (m.find()) {
                        ids.add("IBAN " + m.group(1).replaceAll("[ \\u00a0]", ""));
                    }
                } else if (hit.kind() == LabelKind.SIRET && Blocks.partyOf(p, hit) == CandidateFinder.Party.SUPPLIER) {
                    Values.sirets(text.substring(hit.end())).forEach(s -> ids.add("SIREN " + s.value().substring(0, 9)));
                }
            }
        }
        return List.copyOf(ids);
    }

    private static java.util.Optional<String> vat(String text) {
        for (Pattern pattern : List.of(FRENCH_VAT, OTHER_VAT)) {
            Matcher m = pattern.matcher(text);
            if (m.find()) {
                return java.util.Optional.of(m.group().replaceAll("[ \\u00a0.-]", ""));
            }
        }
        return java.util.Optional.empty();
    }
}
