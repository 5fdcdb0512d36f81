package fr.chorusdesk.chorus;

import java.util.List;

/**
 * One page of a search for public structures by name and town.
 *
 * @param page  1-based page number
 * @param pages number of pages (at least 1)
 * @param total number of matches over all pages
 */
public record RecipientSearchPage(List<RecipientMatch> matches, int page, int pages, int total) {

    public RecipientSearchPage {
        matches = List.copyOf(matches);
    }

    public boolean hasNext() {
        return page < pages;
    }
}
