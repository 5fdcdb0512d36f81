package fr.chorusdesk.sandbox;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A deposited flow and the verdict its processing will give once {@code processedAt} is reached.
 */
record StoredFlow(String number, String fileName, String syntax, Instant depositedAt, Instant processedAt,
        List<FlowError> errors, List<TechnicalError> technicalErrors, Optional<Long> invoiceId) {

    /** One {@code listeErreurDP} entry. */
    record FlowError(String identifiantDestinataire, String identifiantFournisseur, String numeroDP,
            String libelleErreurDP) {
    }

    /** One {@code listeErreurTechnique} entry. */
    record TechnicalError(String codeErreur, String libelleErreur, String natureErreur) {
    }

    StoredFlow {
        errors = List.copyOf(errors);
        technicalErrors = List.copyOf(technicalErrors);
    }

    boolean rejected() {
        return !errors.isEmpty() || !technicalErrors.isEmpty();
    }

    /** {@code etatCourantDepotFlux} at {@code now}. */
    String state(Instant now) {
        if (now.isBefore(processedAt)) {
            return "IN_EN_COURS_TRAITEMENT_CPP";
        }
        return rejected() ? "IN_REJETE" : "IN_INTEGRE";
    }
}
