package fr.chorusdesk.app;

import fr.chorusdesk.service.BatchJournal;
import fr.chorusdesk.service.ContractCards;
import fr.chorusdesk.store.BatchStore;
import fr.chorusdesk.store.ContractCardStore;
import fr.chorusdesk.ui.batch.BatchSupport;
import java.time.Clock;

/**
 * The batches and contract cards of a data directory, made only when first used (after the first
 * frame for the window), so that nothing of them loads before it.
 */
final class BatchWiring {

    private final AppPaths paths;
    private ContractCards cards;

    BatchWiring(AppPaths paths) {
        this.paths = paths;
    }

    /** The contract cards of {@code <data>/contracts/}, one instance: every writer of the process goes through it. */
    synchronized ContractCards contractCards() {
        if (cards == null) {
            cards = new ContractCards(new ContractCardStore(paths.contractsDirectory(), Clock.systemUTC()),
                    Clock.systemUTC());
        }
        return cards;
    }

    BatchJournal journal() {
        return new BatchJournal(new BatchStore(paths.batchesDirectory(), Clock.systemUTC()), Clock.systemUTC());
    }

    BatchSupport support() {
        return new BatchSupport(journal(), contractCards());
    }
}
