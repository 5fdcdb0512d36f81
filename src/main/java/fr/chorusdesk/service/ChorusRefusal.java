package fr.chorusdesk.service;

import fr.chorusdesk.chorus.ChorusBusinessException;
import fr.chorusdesk.domain.DraftField;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The field to correct after Chorus Pro refused an invoice, read from the words of its refusal.
 * Chorus Pro's error codes are per operation and their full tables are not public
 * (docs/chorus-pro-reference.md, "Error-code tables"), so no code is relied on: the label the
 * platform writes names the field ("le code service exécutant…", "le numéro de facture…"). The
 * wording of the labels other than 20110's is not published either: when no field is named, the
 * row shows the label alone. UNCONFIRMED: the platform's exact wordings.
 */
public final class ChorusRefusal {

    /** Most specific first: a label about a service also names its recipient. */
    private static final List<Map.Entry<String, DraftField>> WORDS = List.of(
            Map.entry("engagement", DraftField.ENGAGEMENT_NUMBER),
            Map.entry("bon de commande", DraftField.ENGAGEMENT_NUMBER),
            Map.entry("service executant", DraftField.SERVICE_CODE),
            Map.entry("code service", DraftField.SERVICE_CODE),
            Map.entry("numero de facture", DraftField.INVOICE_NUMBER),
            Map.entry("date de facture", DraftField.INVOICE_DATE),
            Map.entry("cadre de facturation", DraftField.BILLING_FRAME),
            Map.entry("montant", DraftField.AMOUNT_INCL_TAX),
            Map.entry("piece jointe", DraftField.PDF),
            Map.entry("destinataire", DraftField.RECIPIENT_SIRET));

    private ChorusRefusal() {
    }

    /** The field a refusal is about, when its cause is Chorus Pro's label and that label names one. */
    public static Optional<DraftField> fieldOf(SubmissionException refusal) {
        Throwable cause = refusal.getCause();
        if (cause instanceof ChorusBusinessException business) {
            return fieldNamedIn(business.libelle());
        }
        return refusal.issues().stream().map(i -> i.field()).findFirst();
    }

    /** The first field whose words appear in the label (accents and case ignored). */
    public static Optional<DraftField> fieldNamedIn(String label) {
        String plain = Normalizer.normalize(label == null ? "" : label, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace('’', '\'').toLowerCase(Locale.ROOT);
        return WORDS.stream().filter(w -> plain.contains(w.getKey())).map(Map.Entry::getValue).findFirst();
    }
}
