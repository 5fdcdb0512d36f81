package fr.chorusdesk.ui.batch;

import fr.chorusdesk.service.BatchJournal;
import fr.chorusdesk.service.ContractCards;
import java.util.Objects;

/** What the app gives the batch tab and the « Marchés » window: the batches kept and the contract cards. */
public record BatchSupport(BatchJournal journal, ContractCards cards) {

    public BatchSupport {
        Objects.requireNonNull(journal, "journal");
        Objects.requireNonNull(cards, "cards");
    }
}
