package fr.chorusdesk.service;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link SubmissionLedger} for one process (the demo profile and tests); thread-safe. */
public final class InMemorySubmissionLedger implements SubmissionLedger {

    private final Map<SubmissionKey, Entry> entries = new ConcurrentHashMap<>();

    @Override
    public Optional<Entry> find(SubmissionKey key) {
        return Optional.ofNullable(entries.get(key));
    }

    @Override
    public void inFlight(SubmissionKey key, Optional<String> flowNumber) {
        entries.put(key, new Entry(key, State.IN_FLIGHT, flowNumber, Optional.empty()));
    }

    @Override
    public void sent(SubmissionKey key, SubmissionReceipt receipt) {
        entries.put(key, new Entry(key, State.SENT, receipt.flowNumber(), Optional.of(receipt)));
    }

    @Override
    public void forget(SubmissionKey key) {
        entries.remove(key);
    }
}
