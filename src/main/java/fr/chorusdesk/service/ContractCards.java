package fr.chorusdesk.service;

import fr.chorusdesk.domain.ContractCard;
import fr.chorusdesk.domain.DraftField;
import fr.chorusdesk.domain.FieldSource;
import fr.chorusdesk.domain.InvoiceDraft;
import fr.chorusdesk.domain.Siret;
import fr.chorusdesk.store.ContractCardStore;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The contract cards of each profile (« fiches d’identité du marché »): per recipient, and per
 * contract number when there is one, the service code and engagement number of the last invoice
 * sent to it, offered when that recipient or contract comes back. The file is read at every call,
 * so that the window and the {@code submit} command, which may both write it, never work from a
 * stale copy. Blocking (disk); thread-safe.
 */
public final class ContractCards {

    private final ContractCardStore store;
    private final Clock clock;
    private final List<String> setAside = new CopyOnWriteArrayList<>();

    public ContractCards(ContractCardStore store, Clock clock) {
        this.store = Objects.requireNonNull(store);
        this.clock = Objects.requireNonNull(clock);
    }

    /** The cards of whichever profile is active, for the wizard (which follows the active profile). */
    public OfProfile ofProfile(java.util.function.Supplier<String> profile) {
        return new OfProfile(this, profile);
    }

    /** {@link ContractCards} bound to the active profile. */
    public static final class OfProfile {

        private final ContractCards cards;
        private final java.util.function.Supplier<String> profile;

        private OfProfile(ContractCards cards, java.util.function.Supplier<String> profile) {
            this.cards = cards;
            this.profile = profile;
        }

        /** See {@link ContractCards#find}. Blocking (disk). */
        public Optional<ContractCard> find(String recipientSiret, Optional<String> contract) throws IOException {
            return cards.find(profile.get(), recipientSiret, contract);
        }
    }

    /** Whether applying the card would change the draft's contract number, service code or engagement number. */
    public static boolean wouldChange(ContractCard card, InvoiceDraft draft) {
        return differs(card.serviceCode(), draft.serviceCode())
                || differs(card.engagementNumber(), draft.engagementNumber())
                || differs(card.contractNumber(), draft.contractNumber());
    }

    /** The profile's cards, by recipient then contract. */
    public synchronized List<ContractCard> list(String profile) throws IOException {
        return read(profile).stream()
                .sorted(Comparator.comparing(ContractCard::recipientSiret)
                        .thenComparing(c -> c.contractNumber().orElse("")))
                .toList();
    }

    /**
     * The card for this recipient and contract: the contract's own card; else the recipient's; else,
     * when no contract is given, the recipient's most recent contract card (which then also offers its
     * contract number).
     */
    public synchronized Optional<ContractCard> find(String profile, String recipientSiret, Optional<String> contract)
            throws IOException {
        Optional<String> siret = Siret.parse(recipientSiret).map(Siret::value);
        if (siret.isEmpty()) {
            return Optional.empty();
        }
        List<ContractCard> cards = read(profile).stream()
                .filter(c -> c.recipientSiret().equals(siret.get()) && c.hasReferences()).toList();
        String wanted = contract.map(String::trim).filter(s -> !s.isEmpty()).map(s -> s.toUpperCase(Locale.ROOT))
                .orElse("");
        Optional<ContractCard> exact = cards.stream().filter(c -> c.key().contract().equals(wanted)).findFirst();
        if (exact.isPresent() || !wanted.isEmpty()) {
            return exact.or(() -> cards.stream().filter(c -> c.contractNumber().isEmpty()).findFirst());
        }
        return cards.stream().max(Comparator.comparing(ContractCard::updatedAt));
    }

    /**
     * The card to offer for a draft: one that would fill or change its contract number, service
     * code or engagement number; empty when the draft already says what the card says.
     */
    public Optional<ContractCard> offerFor(String profile, InvoiceDraft draft) throws IOException {
        if (draft.recipientSiret().isEmpty()) {
            return Optional.empty();
        }
        return find(profile, draft.recipientSiret().get(), draft.contractNumber())
                .filter(card -> wouldChange(card, draft));
    }

    /** The draft with what the card holds; with {@code onlyEmpty}, a field already filled is kept. */
    public static InvoiceDraft apply(ContractCard card, InvoiceDraft draft, boolean onlyEmpty) {
        InvoiceDraft d = draft;
        if (card.contractNumber().isPresent() && (d.contractNumber().isEmpty() || !onlyEmpty)) {
            d = d.withContractNumber(card.contractNumber().get())
                    .withOrigin(DraftField.CONTRACT_NUMBER, FieldSource.TYPED);
        }
        if (card.serviceCode().isPresent() && (d.serviceCode().isEmpty() || !onlyEmpty)) {
            d = d.withServiceCode(card.serviceCode().get())
                    .withOrigin(DraftField.SERVICE_CODE, FieldSource.TYPED);
        }
        if (card.engagementNumber().isPresent() && (d.engagementNumber().isEmpty() || !onlyEmpty)) {
            d = d.withEngagementNumber(card.engagementNumber().get())
                    .withOrigin(DraftField.ENGAGEMENT_NUMBER, FieldSource.TYPED);
        }
        return d;
    }

    /**
     * Remembers what an invoice sent carried: its contract's card when it has a contract number,
     * the recipient's card otherwise. An invoice with neither service code nor engagement number
     * teaches nothing.
     */
    public synchronized void remember(String profile, InvoiceDraft sent, Optional<String> recipientName)
            throws IOException {
        Optional<String> siret = sent.validRecipientSiret().map(Siret::value);
        if (siret.isEmpty() || sent.serviceCode().isEmpty() && sent.engagementNumber().isEmpty()) {
            return;
        }
        ContractCard card = new ContractCard(siret.get(), sent.contractNumber(), sent.serviceCode(),
                sent.engagementNumber(), recipientName, clock.instant());
        List<ContractCard> cards = new ArrayList<>(read(profile));
        Optional<ContractCard> known = cards.stream().filter(c -> c.key().equals(card.key())).findFirst();
        if (known.isPresent() && known.get().serviceCode().equals(card.serviceCode())
                && known.get().engagementNumber().equals(card.engagementNumber())) {
            return;
        }
        cards.removeIf(c -> c.key().equals(card.key()));
        cards.add(recipientName.isPresent() ? card : new ContractCard(card.recipientSiret(), card.contractNumber(),
                card.serviceCode(), card.engagementNumber(), known.flatMap(ContractCard::recipientName),
                card.updatedAt()));
        store.write(profile, cards);
    }

    /**
     * Writes a card the user edited, in place of {@code replaced} (its key before the edit).
     *
     * @throws IllegalArgumentException when the SIRET is not a valid one
     */
    public synchronized ContractCard save(String profile, Optional<ContractCard.Key> replaced, ContractCard edited)
            throws IOException {
        Siret siret = Siret.parse(edited.recipientSiret())
                .orElseThrow(() -> new IllegalArgumentException("invalid SIRET " + edited.recipientSiret()));
        ContractCard card = new ContractCard(siret.value(), edited.contractNumber(), edited.serviceCode(),
                edited.engagementNumber(), edited.recipientName(), clock.instant());
        List<ContractCard> cards = new ArrayList<>(read(profile));
        replaced.ifPresent(key -> cards.removeIf(c -> c.key().equals(key)));
        cards.removeIf(c -> c.key().equals(card.key()));
        cards.add(card);
        store.write(profile, cards);
        return card;
    }

    public synchronized void delete(String profile, ContractCard.Key key) throws IOException {
        List<ContractCard> cards = new ArrayList<>(read(profile));
        if (cards.removeIf(c -> c.key().equals(key))) {
            store.write(profile, cards);
        }
    }

    /** French sentences for card files found damaged and set aside since the last call. */
    public List<String> takeSetAsideMessages(Locale locale) {
        List<String> messages = new ArrayList<>();
        for (String file : setAside) {
            messages.add(ServiceMessages.format(locale, "contracts.setAside", file));
        }
        setAside.clear();
        return messages;
    }

    private List<ContractCard> read(String profile) throws IOException {
        ContractCardStore.Cards read = store.read(profile);
        read.setAside().ifPresent(f -> setAside.add(f.keptAs()));
        return read.cards();
    }

    private static boolean differs(Optional<String> offered, Optional<String> current) {
        return offered.isPresent() && !offered.get().equalsIgnoreCase(current.orElse(""));
    }
}
