package fr.chorusdesk.service;

import java.util.Objects;
import java.util.Optional;

/**
 * What was sent, or was being sent, per {@link SubmissionKey}: the memory behind the duplicate
 * protection. An attempt is recorded as in flight before the request that creates the invoice
 * leaves, so that a crash or a lost answer is remembered; it becomes sent with the receipt, and is
 * forgotten when Chorus Pro refused it for sure. The history store will keep it on disk;
 * {@link InMemorySubmissionLedger} keeps it for the life of the process.
 */
public interface SubmissionLedger {

    /** Where an attempt stands. */
    enum State { IN_FLIGHT, SENT }

    /** One attempt; {@code receipt} is there when {@code state} is SENT. */
    record Entry(SubmissionKey key, State state, Optional<String> flowNumber, Optional<SubmissionReceipt> receipt) {
        public Entry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(flowNumber, "flowNumber");
            Objects.requireNonNull(receipt, "receipt");
        }
    }

    Optional<Entry> find(SubmissionKey key);

    /** The request that creates the invoice is about to leave (or left, for a flow with its number). */
    void inFlight(SubmissionKey key, Optional<String> flowNumber);

    void sent(SubmissionKey key, SubmissionReceipt receipt);

    /** Chorus Pro refused the attempt for sure: nothing of it exists there. */
    void forget(SubmissionKey key);

    /**
     * Whether this supplier already has another invoice under this number deposited in this year:
     * Chorus Pro keeps numbers unique per supplier and year of deposit, and refuses a second one.
     * The attempt {@code except} (this very file, number and recipient) does not count: sending it
     * again is the duplicate protection's business. A ledger that keeps no history knows nothing.
     */
    default boolean numberUsed(String invoiceNumber, int year, Optional<SubmissionKey> except) {
        return earlierDeposit(invoiceNumber, year, except).isPresent();
    }

    /** The other invoice {@link #numberUsed} finds, with what the ledger knows of it. */
    default Optional<EarlierDeposit> earlierDeposit(String invoiceNumber, int year, Optional<SubmissionKey> except) {
        return Optional.empty();
    }
}
