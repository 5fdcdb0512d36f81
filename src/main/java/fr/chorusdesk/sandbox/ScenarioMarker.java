package fr.chorusdesk.sandbox;

import java.util.Locale;
import java.util.Optional;

/**
 * Markers that make an accepted invoice leave the happy path once it reaches
 * {@code MISE_A_DISPOSITION}: write the tag anywhere in the invoice comment (or, for a flow, in a
 * note of the Factur-X XML), or start the invoice number with the prefix. Documented in
 * docs/sandbox.md.
 */
public enum ScenarioMarker {
    SUSPEND("#SUSPENDUE", "SUSP-", InvoiceStatus.SUSPENDUE,
            "Pièce justificative manquante : joindre le bon de livraison signé (bac à sable)."),
    RECYCLE("#A_RECYCLER", "RECY-", InvoiceStatus.A_RECYCLER,
            "Service exécutant erroné : merci de corriger le destinataire (bac à sable)."),
    REJECT("#REJETEE", "REJ-", InvoiceStatus.REJETEE,
            "Facture rejetée : cadre de facturation erroné, émettre une nouvelle facture (bac à sable).");

    private final String tag;
    private final String numberPrefix;
    private final InvoiceStatus status;
    private final String comment;

    ScenarioMarker(String tag, String numberPrefix, InvoiceStatus status, String comment) {
        this.tag = tag;
        this.numberPrefix = numberPrefix;
        this.status = status;
        this.comment = comment;
    }

    public String tag() {
        return tag;
    }

    public String numberPrefix() {
        return numberPrefix;
    }

    public InvoiceStatus status() {
        return status;
    }

    /** The recipient's comment recorded with the status in the history. */
    public String comment() {
        return comment;
    }

    public static Optional<ScenarioMarker> find(String invoiceNumber, Optional<String> comment) {
        String upperComment = comment.orElse("").toUpperCase(Locale.ROOT);
        String upperNumber = invoiceNumber == null ? "" : invoiceNumber.toUpperCase(Locale.ROOT);
        for (ScenarioMarker marker : values()) {
            if (upperComment.contains(marker.tag) || upperNumber.startsWith(marker.numberPrefix)) {
                return Optional.of(marker);
            }
        }
        return Optional.empty();
    }
}
