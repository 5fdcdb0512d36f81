package fr.chorusdesk.sandbox;

import fr.chorusdesk.sandbox.StoredInvoice.PlannedStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The accelerated status clock. An accepted invoice is {@code DEPOSEE} at deposit, then moves one
 * planned status per step. Corrections (completer, recycler) freeze what has happened so far and
 * start a new plan, so the history stays exact whatever the step length.
 */
final class Lifecycle {

    private static final List<InvoiceStatus> ROUTING =
            List.of(InvoiceStatus.EN_COURS_ACHEMINEMENT, InvoiceStatus.MISE_A_DISPOSITION);
    private static final List<InvoiceStatus> PROCESSING =
            List.of(InvoiceStatus.SERVICE_FAIT, InvoiceStatus.MANDATEE, InvoiceStatus.MISE_EN_PAIEMENT);
    /** With the public treasury as accountant (Hélios), the accounting steps come before payment. */
    private static final List<InvoiceStatus> PROCESSING_BY_TREASURY = List.of(InvoiceStatus.SERVICE_FAIT,
            InvoiceStatus.MANDATEE, InvoiceStatus.MISE_A_DISPOSITION_COMPTABLE, InvoiceStatus.COMPTABILISEE,
            InvoiceStatus.MISE_EN_PAIEMENT);

    private final Duration step;

    Lifecycle(Duration step) {
        this.step = step;
    }

    /**
     * The plan of a freshly deposited invoice (also of a recycled one).
     *
     * @param byTreasury whether the recipient's accounts are kept by the public treasury
     */
    List<PlannedStatus> planAfterDeposit(Optional<ScenarioMarker> marker, boolean byTreasury) {
        List<PlannedStatus> plan = new ArrayList<>();
        ROUTING.forEach(s -> plan.add(new PlannedStatus(s, Optional.empty())));
        if (marker.isPresent()) {
            plan.add(new PlannedStatus(marker.get().status(), Optional.of(marker.get().comment())));
        } else {
            processing(byTreasury).forEach(s -> plan.add(new PlannedStatus(s, Optional.empty())));
        }
        return plan;
    }

    private static List<InvoiceStatus> processing(boolean byTreasury) {
        return byTreasury ? PROCESSING_BY_TREASURY : PROCESSING;
    }

    /** After completer: the recipient gets it back, then processes it normally. */
    List<PlannedStatus> planAfterCompletion(boolean byTreasury) {
        List<PlannedStatus> plan = new ArrayList<>();
        plan.add(new PlannedStatus(InvoiceStatus.MISE_A_DISPOSITION, Optional.empty()));
        processing(byTreasury).forEach(s -> plan.add(new PlannedStatus(s, Optional.empty())));
        return plan;
    }

    /** Recorded events plus the planned ones already reached at {@code now}, oldest first. */
    List<HistoryEntry> history(StoredInvoice invoice, Instant now) {
        List<HistoryEntry> history = new ArrayList<>(invoice.recorded());
        Instant at = invoice.planStart();
        for (PlannedStatus planned : invoice.plan()) {
            at = at.plus(planned.delay().orElse(step));
            if (at.isAfter(now)) {
                break;
            }
            history.add(new HistoryEntry(planned.status(), at, planned.comment()));
        }
        return history;
    }

    HistoryEntry current(StoredInvoice invoice, Instant now) {
        List<HistoryEntry> history = history(invoice, now);
        return history.get(history.size() - 1);
    }

    /** Freezes the reached part of the plan, appends {@code event} and starts {@code newPlan} at {@code now}. */
    StoredInvoice correct(StoredInvoice invoice, Instant now, Optional<HistoryEntry> event, List<PlannedStatus> newPlan) {
        List<HistoryEntry> recorded = history(invoice, now);
        event.ifPresent(recorded::add);
        return invoice.withTimeline(recorded, now, newPlan);
    }
}
