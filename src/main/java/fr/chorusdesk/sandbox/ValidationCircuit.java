package fr.chorusdesk.sandbox;

import fr.chorusdesk.sandbox.StoredInvoice.PlannedStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The validation circuit of a subcontractor's invoice (frame A9): the main contractor (the
 * validator named in {@code cadreDeFacturation}) must validate or refuse it before it goes to the
 * public buyer, and has 15 days, after which the validation is tacit (the Chorus Pro community
 * page on sous-traitance and cotraitance; Code de la commande publique, art. R2393-34-1).
 *
 * <p>In the sandbox the validator answers after one lifecycle step: it validates
 * ({@code A_VALIDER_1} → {@code VALIDEE_1}, then the usual routing), refuses when the invoice
 * number starts with {@code REFV-} or the comment holds {@code #REFUSEE_1} ({@code REFUSEE_1},
 * nothing after), or stays silent when the number starts with {@code TACI-} or the comment holds
 * {@code #TACITE}: 15 days after {@code A_VALIDER_1} the invoice reaches the tacit status, then the
 * usual routing. Which status a tacit validation ends in is not public: it is the constructor's
 * choice ({@link WireChoices#TACIT_VALIDATION_STATUS} in the running sandbox).
 *
 * <p>A co-contractor's invoice (A12) has no such circuit: the community page speaks only of the
 * mandataire's « prise de connaissance », which changes no status; it follows the A1 lifecycle.
 */
final class ValidationCircuit {

    static final String SUBCONTRACTOR_FRAME = "A9_FACTURE_SOUSTRAITANT";
    /** The main contractor's time to answer before its validation is tacit. */
    static final Duration TACIT_DELAY = Duration.ofDays(15);
    static final String REFUSED_COMMENT =
            "Facture refusée par le titulaire : montant non conforme à l'acte spécial de sous-traitance (bac à sable).";
    static final String TACIT_COMMENT =
            "Validation tacite : le titulaire n'a pas répondu dans les 15 jours (bac à sable).";

    /** What the validator does in the sandbox. */
    enum Answer { VALIDATES, REFUSES, SILENT }

    private final InvoiceStatus tacitStatus;

    ValidationCircuit(InvoiceStatus tacitStatus) {
        if (tacitStatus != InvoiceStatus.VALIDEE_1 && tacitStatus != InvoiceStatus.ABSENCE_VALIDATION_1_HORS_DELAI) {
            throw new IllegalArgumentException("a tacit validation ends in VALIDEE_1 or ABSENCE_VALIDATION_1_HORS_DELAI");
        }
        this.tacitStatus = tacitStatus;
    }

    static Answer answer(String number, Optional<String> comment) {
        String n = number == null ? "" : number.toUpperCase(Locale.ROOT);
        String c = comment.orElse("").toUpperCase(Locale.ROOT);
        if (n.startsWith("REFV-") || c.contains("#REFUSEE_1")) {
            return Answer.REFUSES;
        }
        if (n.startsWith("TACI-") || c.contains("#TACITE")) {
            return Answer.SILENT;
        }
        return Answer.VALIDATES;
    }

    /**
     * The plan after deposit: for an A9 invoice, the validation first and then {@code afterValidation}
     * (nothing after a refusal); for any other frame, {@code afterValidation} as it is.
     */
    List<PlannedStatus> plan(String frame, String number, Optional<String> comment,
            List<PlannedStatus> afterValidation) {
        if (!SUBCONTRACTOR_FRAME.equals(frame)) {
            return afterValidation;
        }
        List<PlannedStatus> plan = new ArrayList<>();
        plan.add(new PlannedStatus(InvoiceStatus.A_VALIDER_1, Optional.empty()));
        switch (answer(number, comment)) {
            case REFUSES -> {
                plan.add(new PlannedStatus(InvoiceStatus.REFUSEE_1, Optional.of(REFUSED_COMMENT)));
                return plan;
            }
            case SILENT -> plan.add(new PlannedStatus(tacitStatus, Optional.of(TACIT_COMMENT),
                    Optional.of(TACIT_DELAY)));
            case VALIDATES -> plan.add(new PlannedStatus(InvoiceStatus.VALIDEE_1, Optional.empty()));
        }
        plan.addAll(afterValidation);
        return plan;
    }
}
