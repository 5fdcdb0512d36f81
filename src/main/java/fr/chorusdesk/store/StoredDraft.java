package fr.chorusdesk.store;

import fr.chorusdesk.domain.InvoiceDraft;
import java.util.Objects;

/** A draft as kept on disk: the invoice being prepared and the profile it belongs to. */
public record StoredDraft(String profile, InvoiceDraft draft) {

    public StoredDraft {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(draft, "draft");
    }
}
