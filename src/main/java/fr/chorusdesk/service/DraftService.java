package fr.chorusdesk.service;

import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.store.DraftListing;
import fr.chorusdesk.store.DraftStore;
import fr.chorusdesk.store.StoredDraft;
import java.io.IOException;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Local drafts: nothing typed is lost. A draft is saved in the active profile (the autosaver calls
 * {@link #save}); the list shows every profile's drafts. Drafts are never sent from here: a sent
 * invoice leaves the drafts through {@link #delete} once the history has it. Blocking (disk); call
 * it off the UI thread.
 */
public final class DraftService {

    private static final Logger LOG = LoggerFactory.getLogger(DraftService.class);

    private final DraftStore store;
    private final Supplier<String> activeProfile;
    private final Clock clock;
    private final Locale locale;

    public DraftService(DraftStore store, Supplier<String> activeProfile, Clock clock, Locale locale) {
        this.store = Objects.requireNonNull(store);
        this.activeProfile = Objects.requireNonNull(activeProfile);
        this.clock = Objects.requireNonNull(clock);
        this.locale = Objects.requireNonNull(locale);
    }

    /** Every draft, the most recently changed first; unreadable files set aside with a message. */
    public DraftsSnapshot list() throws IOException {
        DraftListing listing = store.list();
        List<DraftSummary> drafts = listing.drafts().stream()
                .map(DraftService::summary)
                .sorted(Comparator.comparing(DraftSummary::updatedAt).reversed().thenComparing(DraftSummary::id))
                .toList();
        List<String> messages = listing.setAside().stream()
                .peek(f -> LOG.warn("Draft file {} unreadable, kept as {}: {}", f.original(), f.keptAs(), f.reason()))
                .map(f -> ServiceMessages.format(locale, "drafts.setAside", f.original(), f.keptAs()))
                .toList();
        return new DraftsSnapshot(drafts, messages);
    }

    /** The draft with every field, its PDF pointing to the copy kept with the drafts. */
    public Optional<InvoiceDraft> open(String id) throws IOException {
        return store.find(id).map(StoredDraft::draft);
    }

    /** Saves the draft (in its own profile if it has one already, else the active one); returns it as saved. */
    public InvoiceDraft save(InvoiceDraft draft) throws IOException {
        String profile = store.find(draft.id()).map(StoredDraft::profile).orElseGet(activeProfile);
        return store.save(profile, draft.withUpdatedAt(clock.instant()));
    }

    /** Saves the draft in the given profile (a batch's rows belong to the batch's profile, whichever is active). */
    public InvoiceDraft saveIn(String profile, InvoiceDraft draft) throws IOException {
        return store.save(profile, draft.withUpdatedAt(clock.instant()));
    }

    /** A copy of the draft under a new id, in the same profile: the same invoice prepared twice. */
    public Optional<InvoiceDraft> duplicate(String id) throws IOException {
        Optional<StoredDraft> original = store.find(id);
        if (original.isEmpty()) {
            return Optional.empty();
        }
        InvoiceDraft copy = withNewId(original.get().draft());
        return Optional.of(store.save(original.get().profile(), copy));
    }

    /** Saves a draft built elsewhere (a new one pre-filled from a rejected invoice) in the active profile. */
    public InvoiceDraft create(InvoiceDraft draft) throws IOException {
        return store.save(activeProfile.get(), draft);
    }

    public void delete(String id) throws IOException {
        store.delete(id);
    }

    /** The wizard starts editing this draft: if the app stops without {@link #endEditing}, it is offered back. */
    public void beginEditing(String id) throws IOException {
        String profile = store.find(id).map(StoredDraft::profile).orElseGet(activeProfile);
        store.markOpen(profile, id);
    }

    /** The wizard closed the draft cleanly. */
    public void endEditing(String id) throws IOException {
        store.clearOpen(id);
    }

    /** Drafts left open when the app last stopped (crash, kill): to offer back at start. */
    public List<DraftSummary> interrupted() throws IOException {
        List<DraftSummary> found = new java.util.ArrayList<>();
        for (String id : store.leftOpen()) {
            store.find(id).map(DraftService::summary).ifPresent(found::add);
        }
        return found;
    }

    private InvoiceDraft withNewId(InvoiceDraft d) {
        // a copy without the supporting documents, as before; every other field, VAT and payment included, stays
        return d.withNewIdentity(UUID.randomUUID().toString(), clock.instant()).withDocuments(List.of());
    }

    private static DraftSummary summary(StoredDraft stored) {
        InvoiceDraft d = stored.draft();
        return new DraftSummary(d.id(), stored.profile(), d.invoiceNumber(), d.recipientSiret(), d.amountInclTax(),
                d.updatedAt(), d.stepReached());
    }
}
