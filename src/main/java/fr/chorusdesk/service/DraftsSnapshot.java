package fr.chorusdesk.service;

import java.util.List;

/**
 * The drafts list, newest change first, and a French message for each file that could not be read
 * and was set aside (the other drafts still load).
 */
public record DraftsSnapshot(List<DraftSummary> drafts, List<String> setAsideMessages) {

    public DraftsSnapshot {
        drafts = List.copyOf(drafts);
        setAsideMessages = List.copyOf(setAsideMessages);
    }
}
