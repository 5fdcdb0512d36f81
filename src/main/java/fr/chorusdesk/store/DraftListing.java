package fr.chorusdesk.store;

import java.util.List;

/** Every draft that could be read, and the files set aside because they could not. */
public record DraftListing(List<StoredDraft> drafts, List<SetAsideFile> setAside) {

    public DraftListing {
        drafts = List.copyOf(drafts);
        setAside = List.copyOf(setAside);
    }
}
