package fr.chorusdesk.service;

import fr.chorusdesk.domain.SupportingDocument;
import java.util.List;
import java.util.Optional;

/**
 * What adding a file to an invoice gave: the document to attach, or why it cannot be, in the
 * user's language.
 *
 * @param document the document, when it can be attached
 * @param refusals why it cannot be (empty when {@code document} is present)
 * @param notices  what is worth saying about an accepted file (e.g. the name it will be sent under)
 */
public record DocumentAddition(String fileName, Optional<SupportingDocument> document, List<String> refusals,
                               List<String> notices) {

    public DocumentAddition {
        refusals = List.copyOf(refusals);
        notices = List.copyOf(notices);
    }

    public boolean accepted() {
        return document.isPresent();
    }
}
