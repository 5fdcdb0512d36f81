package fr.chorusdesk.service;

import java.util.List;

/**
 * One page of structures found by name, postal code or town.
 *
 * @param page  1-based
 * @param pages at least 1, even when nothing was found
 * @param total matches over every page
 */
public record RecipientSearchResult(RecipientQuery query, List<RecipientCandidate> candidates, int page, int pages,
                                    int total) {

    public RecipientSearchResult {
        candidates = List.copyOf(candidates);
        pages = Math.max(1, pages);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }
}
