package fr.chorusdesk.service;

import fr.chorusdesk.domain.SentInvoice;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The recipients the active profile invoiced lately, most recent first, each SIRET once: offered
 * before any search in the references step.
 */
@FunctionalInterface
public interface RecentRecipients {

    /** How many are offered: enough for a supplier's regular customers, few enough to read at a glance. */
    int DEFAULT_COUNT = 5;

    /** None: the wizard then offers the search only. */
    RecentRecipients NONE = List::of;

    /** Their SIRETs, most recent first. */
    List<String> sirets();

    /**
     * From the history: the invoices the active profile sent (attempts still in flight left out),
     * by the time they were recorded.
     */
    static RecentRecipients fromHistory(HistoryService history, int count) {
        Objects.requireNonNull(history);
        return of(() -> history.find(new HistoryFilter("", Set.of(),
                Optional.of(history.activeProfile()), Optional.empty(), Optional.empty())), count);
    }

    /** From any list of history entries (the profile already chosen). */
    static RecentRecipients of(Supplier<List<SentInvoice>> invoices, int count) {
        Objects.requireNonNull(invoices);
        return () -> {
            Set<String> sirets = new LinkedHashSet<>();
            invoices.get().stream()
                    .filter(i -> i.state() == SentInvoice.State.SENT)
                    .sorted(java.util.Comparator.comparing(SentInvoice::recordedAt, java.util.Comparator
                            .<Instant>reverseOrder()))
                    .map(SentInvoice::recipientSiret)
                    .filter(s -> !s.isBlank())
                    .forEach(s -> {
                        if (sirets.size() < count) {
                            sirets.add(s);
                        }
                    });
            return List.copyOf(sirets);
        };
    }
}
